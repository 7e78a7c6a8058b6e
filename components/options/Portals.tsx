import { useId, useState } from 'preact/hooks';
import { UserHost } from '../../utils/portals/user-hosts';

export interface BuiltInPortalHost {
  host: string;
  label: string;
  /** false: best knowledge, not yet seen working on the real portal. */
  confirmed: boolean;
}

export interface PortalsProps {
  /** The supported portal hosts (PORTAL_HOSTS). */
  builtIn: BuiltInPortalHost[];
  userHosts: string[];
  onRemove(host: string): void;
  /** A host that passed UserHost and is not in either list; the caller asks for the permission and saves. */
  onAdd(host: string): void;
  /** Why the caller could not add the last host (e.g. the permission was refused), or null. */
  addError: string | null;
}

export type HostCheck = { ok: true; host: string } | { ok: false; reason: string };

/**
 * What the biller typed → a host to add, or why not. Accepts a pasted https address (its host is
 * taken) and any letter case; refuses http, wildcards, paths, and hosts already listed.
 */
export function checkHostToAdd(
  text: string,
  builtIn: readonly { host: string }[],
  userHosts: readonly string[],
): HostCheck {
  let host = text.trim().toLowerCase();
  if (host === '') return { ok: false, reason: 'Type a host name, like portal.example.org.' };
  if (host.includes('*')) return { ok: false, reason: 'One site at a time: wildcards (*) are not allowed.' };
  if (host.includes('://')) {
    let url: URL;
    try {
      url = new URL(host);
    } catch {
      return { ok: false, reason: 'This is not a web address ClaimLens can read.' };
    }
    if (url.protocol !== 'https:')
      return { ok: false, reason: 'Only secure (https) portal sites can be read.' };
    if (url.port) return { ok: false, reason: 'Addresses with a port number cannot be added.' };
    host = url.hostname;
  } else if (host.includes('/')) {
    host = host.slice(0, host.indexOf('/'));
  }
  host = host.replace(/\.$/, '');
  const parsed = UserHost.safeParse(host);
  if (!parsed.success)
    return {
      ok: false,
      reason: `“${host}” is not a host name: write it like portal.example.org (letters, digits, dots and dashes).`,
    };
  if (builtIn.some((b) => b.host === parsed.data))
    return { ok: false, reason: `${parsed.data} is already supported.` };
  if (userHosts.includes(parsed.data))
    return { ok: false, reason: `${parsed.data} is already in your list.` };
  return { ok: true, host: parsed.data };
}

/** The options page's "Portals": the supported hosts, and the ones the biller added. */
export function Portals({ builtIn, userHosts, onRemove, onAdd, addError }: PortalsProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const shown = problem ?? addError;

  return (
    <section aria-labelledby="portals" class="portals-settings">
      <h2 id="portals">Portals</h2>
      <h3 id={`${id}-built-in`}>Supported portals</h3>
      <p class="muted">
        Hosts marked “best knowledge” have not yet been checked on the live portal; ClaimLens still reads
        them, and falls back to its generic reader when a page looks different.
      </p>
      <table class="options-table portals-table" aria-labelledby={`${id}-built-in`}>
        <thead>
          <tr>
            <th scope="col">Host</th>
            <th scope="col">Portal</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {builtIn.map((b) => (
            <tr key={b.host} data-host={b.host}>
              <th scope="row">{b.host}</th>
              <td>{b.label}</td>
              <td>{b.confirmed ? 'confirmed' : <span class="best-knowledge">best knowledge</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 id={`${id}-own`}>Portals you added</h3>
      {userHosts.length === 0 ? (
        <p>None yet. Add a portal’s host below, or use “Read this site” in the side panel on the portal.</p>
      ) : (
        <ul class="plain user-hosts" aria-labelledby={`${id}-own`}>
          {userHosts.map((h) => (
            <li key={h} data-host={h}>
              <code>{h}</code>{' '}
              <button type="button" onClick={() => onRemove(h)}>
                Remove <span class="visually-hidden">{h}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-row"
        onSubmit={(e) => {
          e.preventDefault();
          const check = checkHostToAdd(text, builtIn, userHosts);
          if (!check.ok) {
            setProblem(check.reason);
            return;
          }
          setProblem(null);
          setText('');
          onAdd(check.host);
        }}
      >
        <label for={`${id}-host`}>Add a portal host</label>{' '}
        <input
          id={`${id}-host`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="portal.example.org"
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint${shown ? ` ${id}-problem` : ''}`}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (problem) setProblem(null);
          }}
        />{' '}
        <button type="submit">Add</button>
        <span id={`${id}-hint`} class="muted">
          {' '}
          One secure (https) site; ClaimLens asks for permission to read it.
        </span>
        {shown ? (
          <p id={`${id}-problem`} class="field-problem" role="alert">
            {shown}
          </p>
        ) : null}
      </form>
    </section>
  );
}
