/**
 * Synthetic X12 835 files for the denial benchmarks (made-up payers, claims and amounts; no patient
 * data at all). Each payer gets its own transaction set; claims are denied on one line for a reason
 * drawn from a realistic mix, and dated over the last `days` days.
 */
const PAYERS = Array.from({ length: 20 }, (_, i) => `BENCH PAYER ${String.fromCharCode(65 + i)}`);
const CODES = Array.from({ length: 300 }, (_, i) => String(97000 + i));
const REASONS = [
  ['CO', '4'],
  ['CO', '97'],
  ['CO', '151'],
  ['CO', '16'],
  ['CO', '50'],
  ['CO', '29'],
  ['CO', '197'],
  ['OA', '18'],
  ['CO', '22'],
  ['CO', '27'],
];
const MODIFIERS = ['', 'GP', '59', 'XS', '25', 'GP:KX'];

const ymd = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '');

function isa(control: string): string {
  const s = `ISA*00*${' '.repeat(10)}*00*${' '.repeat(10)}*ZZ*${'BENCHCLEARING'.padEnd(15)}*ZZ*${'BENCHPRACTICE'.padEnd(15)}*261120*0800*^*00501*${control}*0*T*:~`;
  if (s.length !== 106) throw new Error('bad ISA');
  return s;
}

/** A deterministic pseudo-random sequence (same files every run). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

export function bench835Files(
  claims: number,
  files: number,
  today: Date,
  weeks = 52,
): { name: string; text: string }[] {
  const rnd = random(42);
  const out: { name: string; text: string }[] = [];
  const perFile = Math.ceil(claims / files);
  const perSet = Math.max(1, Math.ceil(perFile / (PAYERS.length * weeks)));
  let claimNo = 0;
  for (let f = 0; f < files; f++) {
    const control = String(f + 1).padStart(9, '0');
    const segments: string[] = [
      isa(control),
      `GS*HP*BENCH*BENCH*${ymd(today)}*0800*${f + 1}*X*005010X221A1~`,
    ];
    let sets = 0;
    let inFile = 0;
    // One transaction set per payer and week: the payment date (BPR16) dates its denials.
    for (let w = 0; w < weeks && inFile < perFile; w++) {
      const paid = new Date(today.getTime() - w * 7 * 86_400_000);
      for (let p = 0; p < PAYERS.length && inFile < perFile && claimNo < claims; p++) {
        sets++;
        const id = String(sets).padStart(4, '0');
        const body: string[] = [
          `ST*835*${id}`,
          `BPR*I*0*C*NON************${ymd(paid)}`,
          `N1*PR*${PAYERS[p]}`,
          'LX*1',
        ];
        for (let i = 0; i < perSet && inFile < perFile && claimNo < claims; i++, inFile++) {
          claimNo++;
          const dos = new Date(paid.getTime() - (10 + Math.floor(rnd() * 30)) * 86_400_000);
          const code = CODES[Math.floor(rnd() * rnd() * CODES.length)]!;
          const mods = MODIFIERS[Math.floor(rnd() * MODIFIERS.length)]!;
          const [group, reason] = REASONS[Math.floor(rnd() * REASONS.length)]!;
          body.push(
            `CLP*X*4*200*0*0*12*B${String(claimNo).padStart(9, '0')}*11*1`,
            `SVC*HC:${code}${mods ? `:${mods}` : ''}*120*0**1`,
            `DTM*472*${ymd(dos)}`,
            `CAS*${group}*${reason}*120`,
            'SVC*HC:99213*80*64**1',
            `DTM*472*${ymd(dos)}`,
            'CAS*CO*45*16',
          );
        }
        body.push(`SE*${body.length + 1}*${id}`);
        segments.push(...body.map((b) => `${b}~`));
      }
    }
    segments.push(`GE*${sets}*${f + 1}~`, `IEA*1*${control}~`);
    out.push({ name: `bench-${f + 1}.835`, text: segments.join('\n') });
  }
  return out;
}

/** The payers and codes the files use (the history benchmark keys a claim with them). */
export const BENCH_PAYERS = PAYERS;
export const BENCH_CODES = CODES;
