import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../scripts/reading-corpus/score';
import { readPage } from '../read';
import { lettered, letteredIn } from './diagnoses';

describe('diagnoses with the letters the page gives them', () => {
  it.each([
    ['M17.11, E11.9', 'A:M1711 B:E119'],
    ['1) M17.11 2) E11.9', 'A:M1711 B:E119'],
    ['A: M17.11  C: E11.9', 'A:M1711 C:E119'],
    ['B. E11.9', 'B:E119'],
    ['3) I10 Z79.4', 'C:I10 D:Z794'],
    ['Other: Pain in knee', ''],
  ])('%s → %s', (text, expected) => {
    expect(
      letteredIn(text)
        .map((d) => `${d.letter}:${d.code}`)
        .join(' '),
    ).toBe(expected);
  });

  it('never more than twelve, never a letter twice', () => {
    const many = Array.from({ length: 20 }, () => 'M17.11').join(' ');
    expect(letteredIn(many)).toHaveLength(12);
    expect(
      lettered([
        ['A', 'M17.11'],
        ['A', 'E11.9'],
        ['2', 'I10'],
      ]).map((d) => d.letter),
    ).toEqual(['A', 'B']);
  });

  it('a page listing A and C: a pointer to C finds it, a pointer to B is still an error', async () => {
    const url = 'https://claims.unknown-payer.example/claim/detail';
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(`<h1>Claim Detail</h1>
<p>Claim Number: 7000000999</p><p>Status: Denied</p><p>Diagnoses: A: M17.11  C: E11.9</p>
<table><tr><th>DOS</th><th>Procedure</th><th>Dx Pointer</th><th>Charge</th></tr>
<tr><td>08/01/2024</td><td>99213</td><td>C</td><td>$100.00</td></tr>
<tr><td>08/01/2024</td><td>20610</td><td>B</td><td>$200.00</td></tr></table>`);
    const reading = readPage(window.document as unknown as Document, url);
    await window.happyDOM.close();
    expect(reading.claims[0]?.diagnoses).toEqual([
      { letter: 'A', code: 'M1711' },
      { letter: 'C', code: 'E119' },
    ]);
    // Line 2 points to B, not among the diagnoses the page shows: that one is a real error.
    const pointer = (await findingsOf(reading)).filter(
      (f) => f.rule === 'dx-pointer' && f.severity === 'error',
    );
    expect(pointer.map((f) => f.lines)).toEqual([[2]]);
  });

  it.each([
    [
      'M54.50, M62.81',
      [
        { letter: 'A', code: 'M5450' },
        { letter: 'B', code: 'M6281' },
      ],
      false,
      0,
    ],
    ['low back pain', [], true, 0],
    // Nothing typed yet is read as nothing: pointer B then points at no diagnosis, before submission.
    ['', [], false, 1],
  ])('a form with one diagnosis field holding "%s"', async (value, diagnoses, unread, pointerErrors) => {
    const url = 'https://claims.unknown-payer.example/claim/new';
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    window.document.write(`<h1>Professional Claim</h1>
<label for="payer">Payer</label><input id="payer" value="Medicare Part B">
<label for="dx">Diagnosis Codes</label><input id="dx" value="${value}">
<table><tr><td><label for="p1">Procedure Code</label><input id="p1" value="97110"></td>
<td><label for="d1">Service Date From</label><input id="d1" value="09/15/2026"></td>
<td><label for="x1">Diagnosis Pointer</label><input id="x1" value="B"></td></tr></table>`);
    const reading = readPage(window.document as unknown as Document, url);
    await window.happyDOM.close();
    const claim = reading.claims[0];
    expect(claim?.diagnoses).toEqual(diagnoses);
    // Text that holds no code is not "no diagnoses": the pointer is then could-not-check, not an error.
    expect(claim?.unread?.includes('diagnoses') ?? false).toBe(unread);
    const errors = (await findingsOf(reading)).filter(
      (f) => f.rule === 'dx-pointer' && f.severity === 'error',
    );
    expect(errors).toHaveLength(pointerErrors);
  });
});
