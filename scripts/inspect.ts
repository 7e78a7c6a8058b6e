import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import type { Finding } from '../utils/model/finding';
import type { PageSnapshot } from '../utils/model/snapshot';
import { readPage } from '../utils/portals/read';
import { checkWithData } from './lib/inspect-checks';

/**
 * inspect: run the content script's detection and extraction on a saved page, as if it were at URL.
 *
 *   npx tsx scripts/inspect.ts PAGE.html --url URL [--data DIR] [--json]
 *
 * The page is loaded in happy-dom with its scripts off (a saved page is already painted) and its
 * iframes not loaded (save and inspect each frame on its own, as the extension reads each frame).
 */
export const USAGE = `usage: inspect PAGE.html --url URL [--data DIR] [--json]
  PAGE.html   a saved portal page (for an iframe app, save the frame itself)
  --url URL   the https address the page was saved from (picks the portal adapter)
  --data DIR  rule data directory for the checks (CMS files as imported)
  --json      print one JSON object instead of a summary`;

/**
 * The extension's checks on the page: bundled code lists plus the CMS files under --data, in an
 * in-memory IndexedDB (see lib/inspect-checks.ts). Injectable, so tests can replace it.
 */
export async function findingsFor(snapshot: PageSnapshot, dataDir?: string): Promise<Finding[]> {
  return checkWithData(snapshot, dataDir, (line) => process.stderr.write(`${line}\n`));
}

export interface InspectDeps {
  findingsFor: typeof findingsFor;
  readFile: (file: string) => string;
}

type Result = { code: 0 | 1; out: string };

function parse(
  argv: string[],
): { file?: string; url?: string; data?: string; json: boolean; help: boolean } | string {
  const args: { file?: string; url?: string; data?: string; json: boolean; help: boolean } = {
    json: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--url' || a === '--data') {
      const v = argv[++i];
      if (!v) return `${a} needs a value`;
      if (a === '--url') args.url = v;
      else args.data = v;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.file) return `one page at a time (got ${args.file} and ${a})`;
    else args.file = a;
  }
  return args;
}

/** The JSON shape the README documents: the snapshot's claims trimmed to what a reviewer compares. */
function summaryJson(s: PageSnapshot, findings: Finding[]) {
  return {
    portal: s.portal,
    kind: s.kind,
    claims: s.claims.map((c) => ({
      claimNumber: c.claimNumber,
      status: c.status,
      diagnoses: c.diagnoses,
      serviceLines: c.serviceLines.map((l) => ({
        line: l.line,
        dosFrom: l.dosFrom,
        dosTo: l.dosTo,
        pos: l.pos,
        code: l.code,
        modifiers: l.modifiers,
        units: l.units,
        diagnosisPointers: l.diagnosisPointers,
        charge: l.charge,
        paid: l.paid,
        adjustments: l.adjustments,
        remarks: l.remarks,
      })),
    })),
    eligibility: s.eligibility,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      lines: f.lines,
      message: f.message,
      action: f.action,
      source: f.source,
      ...(f.reason ? { reason: f.reason } : {}),
    })),
    read: { ok: s.ok, ...s.read },
  };
}

const money = (v: number | null) => (v === null ? '–' : `$${v.toFixed(2)}`);

function summaryText(s: PageSnapshot, findings: Finding[]): string {
  const out = [
    `${s.portal} · ${s.kind} · read by ${s.read.adapter}${s.ok ? '' : ' (adapter could not read the page)'}`,
  ];
  if (s.patient)
    out.push(
      `patient ${s.patient.initials ?? '?'}, age ${s.patient.age ?? '?'}, sex ${s.patient.sex ?? '?'}`,
    );
  for (const c of s.claims) {
    const st = c.status?.text ?? c.status?.category ?? '';
    out.push(
      `claim ${c.claimNumber ?? '(no number)'}${st ? ` — ${st}` : ''}  billed ${money(c.billed)} paid ${money(c.paid)}`,
    );
    if (c.diagnoses.length)
      out.push(`  diagnoses ${c.diagnoses.map((d) => `${d.letter}:${d.code}`).join(' ')}`);
    for (const l of c.serviceLines) {
      const adj = [
        ...l.adjustments.map((a) => `${a.group ? `${a.group}-` : ''}${a.reason}`),
        ...l.remarks,
      ].join(' ');
      out.push(
        `  ${String(l.line).padStart(2)} ${l.dosFrom ?? '          '} pos ${l.pos ?? '--'} ${l.code ?? '?????'} ${l.modifiers.join(' ').padEnd(11)} x${l.units ?? '?'} ptr ${l.diagnosisPointers.join('') || '-'} ${money(l.charge)}${adj ? `  ${adj}` : ''}`,
      );
    }
  }
  const e = s.eligibility;
  if (e) {
    out.push(
      `eligibility: ${e.coverage}${e.planBegin ? `, plan ${e.planBegin} – ${e.planEnd ?? 'open'}` : ''}`,
    );
    for (const d of e.deductible)
      out.push(`  deductible (${d.network}) remaining ${money(d.remaining)} of ${money(d.total)}`);
    for (const d of e.outOfPocket)
      out.push(`  out of pocket (${d.network}) remaining ${money(d.remaining)} of ${money(d.total)}`);
    for (const [name, list] of [
      ['Medicare Advantage', e.medicareAdvantage],
      ['MSP', e.msp],
      ['hospice', e.hospice],
    ] as const)
      for (const p of list) out.push(`  ${name}: ${p.name ?? ''} ${p.from ?? '?'} – ${p.to ?? 'open'}`);
  }
  out.push(`findings: ${findings.length}`);
  for (const f of findings) {
    const lines = f.lines.length ? ` lines ${f.lines.join(',')}` : '';
    out.push(`  ${f.severity.padEnd(15)} ${f.rule}${lines}: ${f.message}${f.reason ? ` (${f.reason})` : ''}`);
  }
  for (const p of s.read.problems) out.push(`problem: ${p}`);
  for (const f of s.read.fallbacks) out.push(`fallback: ${f}`);
  for (const u of s.read.unsure) out.push(`unsure: ${u}`);
  return out.join('\n');
}

export async function inspect(argv: string[], deps: Partial<InspectDeps> = {}): Promise<Result> {
  const fail = (msg: string): Result => ({ code: 1, out: `inspect: ${msg}` });
  const args = parse(argv);
  if (typeof args === 'string') return fail(`${args}\n${USAGE}`);
  if (args.help) return { code: 0, out: USAGE };
  if (!args.file) return fail(`no page given\n${USAGE}`);
  if (!args.url) return fail('--url is required (the https address the page was saved from)');
  let url: URL;
  try {
    url = new URL(args.url);
  } catch {
    return fail(`not a URL: ${args.url}`);
  }
  if (url.protocol !== 'https:') return fail(`the URL must be https (got ${url.protocol})`);
  if (args.data) {
    try {
      if (!statSync(args.data).isDirectory()) return fail(`--data is not a directory: ${args.data}`);
    } catch {
      return fail(`--data directory not found: ${args.data}`);
    }
  }
  let html: string;
  try {
    html = (deps.readFile ?? ((f: string) => readFileSync(f, 'utf8')))(args.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`cannot read ${args.file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  const window = new Window({
    url: url.href,
    settings: {
      disableIframePageLoading: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  try {
    window.document.write(html);
    const snapshot = readPage(window.document as unknown as Document, url.href);
    const findings = await (deps.findingsFor ?? findingsFor)(snapshot, args.data);
    return {
      code: 0,
      out: args.json
        ? JSON.stringify(summaryJson(snapshot, findings), null, 2)
        : summaryText(snapshot, findings),
    };
  } finally {
    await window.happyDOM.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  inspect(process.argv.slice(2))
    .then(({ code, out }) => {
      (code ? process.stderr : process.stdout).write(`${out}\n`);
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(`inspect: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
