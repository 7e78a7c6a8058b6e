import type { ServiceLine } from '../utils/model/snapshot';

export function ServiceLines({ lines }: { lines: ServiceLine[] }) {
  if (lines.length === 0) return <p class="muted">No service lines on this page.</p>;
  return (
    <table class="lines">
      <caption class="visually-hidden">Service lines</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">DOS</th>
          <th scope="col">Code</th>
          <th scope="col">Modifiers</th>
          <th scope="col">Units</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.line} data-line={l.line}>
            <td>{l.line}</td>
            <td>{l.dosFrom ?? ''}</td>
            <td data-testid="line-code">{l.code ?? ''}</td>
            <td data-testid="line-modifiers">{l.modifiers.join(' ')}</td>
            <td>{l.units ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
