import type { Finding } from '../../utils/model/finding';
import type { Claim, PageSnapshot } from '../../utils/model/snapshot';
import { checkSnapshot } from '../../utils/rules/engine';
import { RuleSettings } from '../../utils/rules/settings';
import { fixtureTables } from '../../utils/rules/testing/fixture-tables';
import { createMemoryStore } from '../../utils/rules/testing/memory-store';
import { primarySnapshot, type TabState } from '../../utils/tabstate';
import { SEED } from './model';
import type { CorpusPage } from './render';

/**
 * How a reading compares with the expected reading of a corpus page.
 * - Fields: every value a biller can see on the page, flattened to paths ("claim[0].line[1].code").
 *   Accuracy = paths where the reading equals the expectation / every path either of them has, so a
 *   value read where the page shows none counts against it as much as one missed.
 * - Findings from misreading: findings the checks give on the reading that they do not give on the
 *   expected reading (same rule data, settings and date). "Could not check" is honest, never counted.
 */
type Fields = Map<string, string>;

const money = (v: number | null) => (v === null ? null : v.toFixed(2));
const join = (xs: readonly string[]) => xs.join(' ');

function put(out: Fields, key: string, v: string | number | null | undefined) {
  if (v === null || v === undefined || v === '') return;
  out.set(key, typeof v === 'number' ? v.toFixed(2) : String(v));
}

function claimFields(out: Fields, p: string, c: Claim) {
  put(out, `${p}.claimNumber`, c.claimNumber);
  const st = c.status;
  if (st && (st.category || st.code || st.text))
    put(out, `${p}.status`, `${st.category ?? ''}|${st.code ?? ''}|${(st.text ?? '').toLowerCase()}`);
  put(out, `${p}.payer`, c.payer);
  put(out, `${p}.receivedDate`, c.receivedDate);
  put(out, `${p}.finalizedDate`, c.finalizedDate);
  put(out, `${p}.checkNumber`, c.checkNumber);
  put(out, `${p}.checkDate`, c.checkDate);
  put(out, `${p}.serviceDates`, c.serviceDates ? `${c.serviceDates.from}..${c.serviceDates.to}` : null);
  put(out, `${p}.billed`, money(c.billed));
  put(out, `${p}.allowed`, money(c.allowed));
  put(out, `${p}.paid`, money(c.paid));
  put(out, `${p}.patientResponsibility`, money(c.patientResponsibility));
  put(out, `${p}.priorAuthorization`, c.priorAuthorization);
  put(out, `${p}.diagnoses`, join(c.diagnoses.map((d) => `${d.letter}:${d.code}`)));
  put(out, `${p}.unread`, join([...c.unread].sort()));
  put(out, `${p}.adjustments`, join(c.adjustments.map((a) => `${a.group}-${a.reason}`).sort()));
  c.serviceLines.forEach((l, j) => {
    const q = `${p}.line[${j}]`;
    put(out, `${q}.dosFrom`, l.dosFrom);
    put(out, `${q}.dosTo`, l.dosTo);
    put(out, `${q}.pos`, l.pos);
    put(out, `${q}.code`, l.code);
    put(out, `${q}.modifiers`, join(l.modifiers));
    put(out, `${q}.units`, l.units);
    put(out, `${q}.pointers`, join(l.diagnosisPointers));
    put(out, `${q}.charge`, money(l.charge));
    put(out, `${q}.allowed`, money(l.allowed));
    put(out, `${q}.paid`, money(l.paid));
    put(
      out,
      `${q}.adjustments`,
      join(
        l.adjustments
          .map((a) => `${a.group}-${a.reason}${a.amount === null ? '' : `:${a.amount.toFixed(2)}`}`)
          .sort(),
      ),
    );
    put(out, `${q}.remarks`, join([...l.remarks].sort()));
  });
}

export function fieldsOf(s: PageSnapshot, byNumber: boolean): Fields {
  const out: Fields = new Map();
  for (const [i, c] of s.claims.entries()) claimFields(out, `claim[${byNumber ? c.claimNumber : i}]`, c);
  const e = s.eligibility;
  if (e) {
    put(out, 'elig.coverage', e.coverage === 'unknown' ? null : e.coverage);
    for (const k of ['dateOfService', 'planBegin', 'planEnd', 'eligibilityBegin', 'eligibilityEnd'] as const)
      put(out, `elig.${k}`, e[k]);
    put(out, 'elig.partA', e.partA ? `${e.partA.from}..${e.partA.to}` : null);
    put(out, 'elig.partB', e.partB ? `${e.partB.from}..${e.partB.to}` : null);
    for (const k of ['medicareAdvantage', 'hospice', 'homeHealth', 'msp'] as const)
      put(out, `elig.${k}`, join(e[k].map((p) => `${p.from}..${p.to}`).sort()));
    put(out, 'elig.otherPayers', join(e.otherPayers.map((p) => `${p.name}@${p.from}..${p.to}`).sort()));
    put(out, 'elig.deductibleRemaining', join(e.deductible.map((d) => `${d.network}:${money(d.remaining)}`)));
    put(out, 'elig.copays', join(e.copays.map((c) => `${c.network}:${money(c.amount)}`)));
    put(out, 'elig.coinsurance', join(e.coinsurance.map((c) => `${c.network}:${c.percent}`)));
  }
  return out;
}

export interface PageScore {
  id: string;
  style: string;
  kind: string;
  correct: number;
  total: number;
  kindOk: boolean;
  misses: string[];
  findingsFromMisreading: string[];
}

const findingKey = (f: Finding) =>
  `${f.rule} ${f.severity} claim ${f.claimIndex} lines [${f.lines.join(',')}]`;

let store: ReturnType<typeof createMemoryStore> | null = null;
export async function findingsOf(s: PageSnapshot): Promise<Finding[]> {
  store ??= createMemoryStore(fixtureTables());
  return checkSnapshot(s, store, RuleSettings.parse({}), SEED.today);
}

export async function scorePage(page: CorpusPage, actual: PageSnapshot): Promise<PageScore> {
  const byNumber = page.expected.claims.length > 1;
  const e = fieldsOf(page.expected, byNumber);
  const a = fieldsOf(actual, byNumber);
  const keys = new Set([...e.keys(), ...a.keys()]);
  const misses: string[] = [];
  let correct = 0;
  for (const k of keys) {
    if (e.get(k) === a.get(k)) correct++;
    else misses.push(`${k}: expected ${e.get(k) ?? '(none)'}, read ${a.get(k) ?? '(none)'}`);
  }
  const expectedFindings = new Set((await findingsOf(page.expected)).map(findingKey));
  const misread = (await findingsOf(actual))
    .filter((f) => f.severity !== 'could-not-check' && !expectedFindings.has(findingKey(f)))
    .map((f) => `${findingKey(f)}: ${f.message}`);
  return {
    id: page.id,
    style: page.style,
    kind: page.kind,
    correct,
    total: keys.size,
    kindOk: actual.kind === page.expected.kind,
    misses,
    findingsFromMisreading: misread,
  };
}

/** The reading a tab shows for a page and its frames, read one document at a time (as the content script). */
export function tabReading(readings: PageSnapshot[]): PageSnapshot | null {
  const state: TabState = {
    tabId: 1,
    frames: Object.fromEntries(
      readings.map((s, i) => [String(i), { url: s.url, snapshot: s, receivedAt: '' }]),
    ),
    findings: [],
    problem: null,
    updatedAt: '',
  };
  return primarySnapshot(state);
}

export interface Summary {
  name: 'reading-corpus';
  pages: number;
  styles: number;
  field_accuracy: number;
  kind_accuracy: number;
  findings_from_misreading: number;
}

export function summarise(scores: PageScore[]): { rows: Record<string, unknown>[]; summary: Summary } {
  const groups = new Map<string, PageScore[]>();
  for (const s of scores)
    groups.set(`${s.style}|${s.kind}`, [...(groups.get(`${s.style}|${s.kind}`) ?? []), s]);
  const rows = [...groups.entries()].map(([k, xs]) => {
    const [style, kind] = k.split('|');
    return {
      style,
      kind,
      pages: xs.length,
      field_accuracy: ratio(xs),
      kind_accuracy: round(xs.filter((x) => x.kindOk).length / xs.length),
      findings_from_misreading: xs.reduce((n, x) => n + x.findingsFromMisreading.length, 0),
    };
  });
  return {
    rows,
    summary: {
      name: 'reading-corpus',
      pages: scores.length,
      styles: new Set(scores.map((s) => s.style)).size,
      field_accuracy: ratio(scores),
      kind_accuracy: round(scores.filter((s) => s.kindOk).length / Math.max(scores.length, 1)),
      findings_from_misreading: scores.reduce((n, s) => n + s.findingsFromMisreading.length, 0),
    },
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const ratio = (xs: PageScore[]) =>
  round(
    xs.reduce((n, x) => n + x.correct, 0) /
      Math.max(
        xs.reduce((n, x) => n + x.total, 0),
        1,
      ),
  );
