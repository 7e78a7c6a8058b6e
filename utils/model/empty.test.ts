import { describe, expect, it } from 'vitest';
import { Eligibility } from './eligibility';
import { emptyClaim, emptyEligibility, emptyLine, emptySnapshot } from './empty';
import { Claim, PageSnapshot, ServiceLine } from './snapshot';

describe('empty shapes', () => {
  it('emptyClaim, emptyLine, emptySnapshot and emptyEligibility have every schema field', () => {
    expect(Claim.strict().parse(emptyClaim())).toBeTruthy();
    expect(ServiceLine.strict().parse(emptyLine(1))).toBeTruthy();
    expect(Eligibility.strict().parse(emptyEligibility())).toBeTruthy();
    expect(
      PageSnapshot.parse(emptySnapshot('https://apps.availity.com/x', 'availity', 'claim-detail', 'a')),
    ).toBeTruthy();
  });

  it('the domain model files a content script uses never import zod', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['empty.ts', 'portal-id.ts', 'claim-key.ts']) {
      const text = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
      // Type-only imports are erased from the build; a value import would bring zod along.
      expect(text, file).not.toMatch(
        /^import (?!type )[^;]*from '(zod|\.\/(snapshot|codes|eligibility|finding))'/m,
      );
    }
  });
});
