import { useId } from 'preact/hooks';
import { formatPayerNames } from '../../utils/rules/payer-names';
import type { PayerPack } from '../../utils/rules/payer-pack';
import { UnconvertedPattern } from './checks/common';
import { packSummary } from './payer-pack-file';

export interface PackImportResult {
  ok: boolean;
  text: string;
  problems?: string[];
}

export interface PayerPacksProps {
  packs: PayerPack[];
  /** A chosen .json file; the caller reads it (readPackFile), saves, and sets importResult. */
  onImport(file: File): void;
  importResult: PackImportResult | null;
  onExport(pack: PayerPack): void;
  onExportAll(): void;
  onRemove(index: number): void;
}

/** The options page's "Payer rule packs": import shared JSON packs, see what they hold, export or remove. */
export function PayerPacks({
  packs,
  onImport,
  importResult,
  onExport,
  onExportAll,
  onRemove,
}: PayerPacksProps) {
  const id = useId();
  return (
    <section aria-labelledby="payer-rules" class="payer-packs">
      <h2 id="payer-rules">Payer rule packs</h2>
      <p class="muted">
        A pack is a JSON file with one payer’s own rules: required modifiers, codes that need prior
        authorization, its filing limit, and checks switched off or at another level for that payer. A pack
        with the same name as one already here replaces it.
      </p>
      <p>
        <label for={`${id}-file`}>Import a pack (.json)</label>{' '}
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          data-testid="pack-file"
          aria-describedby={importResult ? `${id}-result` : undefined}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onImport(file);
            // The same file can be chosen again after fixing it.
            input.value = '';
          }}
        />
      </p>
      {importResult ? (
        <div
          id={`${id}-result`}
          class={importResult.ok ? 'notice import-result' : 'problems import-result'}
          role={importResult.ok ? 'status' : 'alert'}
          data-testid="pack-import-result"
        >
          <p>{importResult.text}</p>
          {importResult.problems && importResult.problems.length > 0 ? (
            <ul aria-label="Problems in the file">
              {importResult.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {packs.length === 0 ? (
        <p>No packs imported.</p>
      ) : (
        <table class="options-table packs-table">
          <thead>
            <tr>
              <th scope="col">Pack</th>
              <th scope="col">Version</th>
              <th scope="col">Payer name contains</th>
              <th scope="col">Rules</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {packs.map((pack, index) => (
              <tr key={pack.name} data-pack={pack.name}>
                <th scope="row">{pack.name}</th>
                <td>{pack.version}</td>
                <td>
                  <code>{formatPayerNames(pack.payer)}</code>
                  <UnconvertedPattern
                    pattern={pack.payer.unconvertedPattern}
                    fix="import the pack again with payer.nameContains"
                  />
                </td>
                <td>{packSummary(pack)}</td>
                <td class="row-buttons">
                  <button type="button" onClick={() => onExport(pack)}>
                    Export <span class="visually-hidden">{pack.name}</span>
                  </button>{' '}
                  <button type="button" onClick={() => onRemove(index)}>
                    Remove <span class="visually-hidden">{pack.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" disabled={packs.length === 0} onClick={onExportAll}>
          Export all packs
        </button>
      </p>
    </section>
  );
}
