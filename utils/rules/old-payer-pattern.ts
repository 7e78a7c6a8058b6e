/**
 * Reads a payer pattern written for an older ClaimLens (a regular expression) as the literal texts it
 * can match: `contains` (any of them) and `unless` (from a leading `^(?!.*(a|b))`). Only the subset
 * that names the same payers exactly is read (payer-names.ts says which); anything else throws, with
 * the reason as the message. Never runs the pattern.
 */
export function readOldPattern(src: string, maxNames: number): { contains: string[]; unless: string[] } {
  return new PatternReader(src, maxNames).read();
}

/** Each part of the pattern becomes the list of literal texts it can match. */
class PatternReader {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly maxNames: number,
  ) {}

  read(): { contains: string[]; unless: string[] } {
    let unless: string[] = [];
    let branches = 1;
    // "^(?!.*(a|b)).*x": from the start, the name contains neither a nor b, and contains x. Exact only
    // with the ".*" after it and one branch (a "|" at the top would leave the other branch unguarded).
    if (this.src.startsWith('^(?!', 0)) {
      this.at = 4;
      this.skipWild();
      unless = this.alternatives().texts;
      this.expect(')');
      if (!this.src.startsWith('.*', this.at)) throw new Error('“^” (starts with)');
      branches = 0;
    }
    const top = this.alternatives();
    if (branches === 0 && top.branches > 1) throw new Error('“|” beside a look-ahead');
    if (this.at < this.src.length) throw new Error(`unexpected “${this.peek()}”`);
    return { contains: top.texts, unless };
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.at + offset];
  }

  private expect(c: string): void {
    if (this.peek() !== c) throw new Error(`expected “${c}”`);
    this.at++;
  }

  /** `.*` where it only says "anything before/after": dropped. */
  private skipWild(): boolean {
    if (this.src.startsWith('.*', this.at)) {
      this.at += 2;
      return true;
    }
    return false;
  }

  private alternatives(): { texts: string[]; branches: number } {
    const texts = [...this.sequence()];
    let branches = 1;
    while (this.peek() === '|') {
      this.at++;
      branches++;
      texts.push(...this.sequence());
    }
    if (texts.length > this.maxNames) throw new Error(`more than ${this.maxNames} names`);
    return { texts, branches };
  }

  private sequence(): string[] {
    let texts = [''];
    let consumed = false;
    const atEdge = () => this.at >= this.src.length || this.peek() === '|' || this.peek() === ')';
    while (!atEdge()) {
      // "^.*", ".*$" and ".*" at either end say nothing more than "contains".
      if (this.peek() === '^' && !consumed && this.src.startsWith('.*', this.at + 1)) {
        this.at++;
        continue;
      }
      if (this.skipWild()) {
        if (this.peek() === '$') this.at++;
        if (consumed && !atEdge()) throw new Error('“.*” in the middle');
        continue;
      }
      consumed = true;
      let options = this.atom();
      const q = this.peek();
      if (q === '?') {
        this.at++;
        options = [...options, ''];
      } else if (q === '*' || q === '+' || q === '{') {
        const spaceOnly = options.length === 1 && options[0] === ' ';
        if (!spaceOnly || q === '{') throw new Error('repetition');
        this.at++;
        options = q === '*' ? [' ', ''] : [' '];
      }
      if (this.peek() === '?' && (q === '*' || q === '+' || q === '?')) this.at++; // lazy: same texts
      texts = texts.flatMap((t) => options.map((o) => t + o));
      if (texts.length > this.maxNames) throw new Error(`more than ${this.maxNames} names`);
    }
    return texts;
  }

  private atom(): string[] {
    const c = this.peek() as string;
    this.at++;
    if (c === '(') {
      if (this.peek() === '?') {
        if (this.peek(1) !== ':') throw new Error('a look-around');
        this.at += 2;
      }
      const inner = this.alternatives().texts;
      this.expect(')');
      return inner;
    }
    if (c === '\\') {
      const e = this.peek();
      this.at++;
      if (e === undefined) throw new Error('a trailing “\\”');
      if (e === 's') return [' '];
      if (e === 'b') throw new Error('“\\b” (a whole word)');
      if (/[A-Za-z0-9]/.test(e)) throw new Error(`“\\${e}”`);
      return [e];
    }
    if (c === '[') throw new Error('a character class');
    if (c === '^') throw new Error('“^” (starts with)');
    if (c === '$') throw new Error('“$” (ends with)');
    if (c === '.') throw new Error('“.” (any character)');
    if ('*+?{}'.includes(c)) throw new Error(`“${c}” with nothing before it`);
    return [c];
  }
}
