import { formatDate } from '../notes/format';
import { portalLabel } from '../panel/labels';
import type { ProofRecord } from './model';

/**
 * A kept proof as a plain-text document: what is shown when it is opened on the worklist and what
 * "Export" saves (a .txt file to attach to an appeal). Text only: nothing in it can run anywhere.
 */
const money = (n: number | null) => (n === null ? null : `$${n.toFixed(2)}`);
const us = (iso: string | null) => (iso ? formatDate(iso) : null);

export function proofText(proof: ProofRecord): string {
  const kept = new Date(proof.keptAt);
  const time = Number.isNaN(kept.getTime())
    ? proof.keptAt
    : kept.toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'long' });
  const dos = [us(proof.dosFrom), us(proof.dosTo)].filter(Boolean);
  const head: [string, string | null][] = [
    ['Kept on', `${time} (${proof.keptAt})`],
    ['Portal', portalLabel(proof.portal)],
    ['Page address', proof.address],
    ['Claim number', proof.claimNumber],
    ['Payer', proof.payer],
    ['Dates of service', dos.length === 2 && dos[0] !== dos[1] ? `${dos[0]} – ${dos[1]}` : (dos[0] ?? null)],
    ['Received / accepted', us(proof.receivedDate)],
    [
      'Status on the page',
      proof.status || proof.statusCategory
        ? `${proof.status ?? ''}${proof.statusCategory ? ` (277 category ${proof.statusCategory})` : ''}`.trim()
        : null,
    ],
    ['Billed', money(proof.billed)],
  ];
  const lines = proof.lines.map((l) =>
    [
      `  ${l.line}.`,
      [l.code, ...l.modifiers].filter(Boolean).join('-') || '(no code)',
      us(l.dosFrom),
      money(l.charge),
    ]
      .filter(Boolean)
      .join('  '),
  );
  return [
    'ClaimLens — proof of timely filing',
    'A dated record of what the payer portal showed, kept on this computer by ClaimLens.',
    '',
    ...head.map(([k, v]) => `${k}: ${v ?? 'not shown on the page'}`),
    ...(lines.length ? ['Service lines:', ...lines] : []),
    ...(proof.pageTextNote ? ['', `Note: ${proof.pageTextNote}`] : []),
    '',
    '——— What the page showed ———',
    '',
    proof.pageText || '(the page text was not kept)',
    '',
  ].join('\n');
}

export function proofFileName(proof: ProofRecord): string {
  return `claimlens-proof-${proof.claimKey}-${proof.keptOn}.txt`;
}
