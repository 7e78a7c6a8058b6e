import type { DecidingFact } from '../../utils/panel/decide';
import { SeverityIcon } from './SeverityIcon';

const LEVEL_WORD: Record<DecidingFact['level'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  'could-not-check': 'Could not check',
  ok: 'OK',
};

/**
 * The summary line at the top of a reading, like a merge box: the one or two facts that decide what
 * the biller does next, worst first, each linking to the item that says more.
 */
export function Summary({ facts }: { facts: DecidingFact[] }) {
  if (facts.length === 0) return null;
  const worst = facts[0]!.level;
  return (
    <section class={`summary level-${worst}`} aria-label="Summary" data-testid="summary">
      <ul class="plain">
        {facts.map((f) => (
          <li key={f.text} class={`fact level-${f.level}`} data-level={f.level}>
            <SeverityIcon severity={f.level} />
            <span class="visually-hidden">{LEVEL_WORD[f.level]}: </span>
            {f.target ? <a href={`#${f.target}`}>{f.text}</a> : <span>{f.text}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
