import type { Claim } from '../../model/snapshot';
import * as n from '../normalise';

/**
 * Diagnoses with the letter the page gives each one. The content script reads a diagnosis text in
 * order (../pairs.ts, kept small); the generic reader honours the letters and numbers a page writes,
 * so "A: M17.11  C: E11.9" (box B left empty) keeps E11.9 at C and a pointer to C still finds it.
 */
const LETTERS = 'ABCDEFGHIJKL';

/** The letter a diagnosis box, row or text names ("A", "3", "Dx 2" → its tag), else its place. */
const letterOf = (tag: string, i: number) =>
  LETTERS[/^\d{1,2}$/.test(tag) ? Number(tag) - 1 : /^[A-L]$/.test(tag) ? LETTERS.indexOf(tag) : i];

/** [tag, value] pairs (a box's label or row number, what it holds) → diagnoses, no letter twice. */
export function lettered(items: [string, string][]): Claim['diagnoses'] {
  const out: Claim['diagnoses'] = [];
  items.forEach(([tag, text], i) => {
    const code = n.diagnosisCode(text.split(' ')[0]);
    const letter = letterOf(tag.toUpperCase().replace(/[.):]$/, ''), i);
    if (code && letter && out.length < 12 && !out.some((d) => d.letter === letter))
      out.push({ letter, code });
  });
  return out;
}

// An ICD-10-CM code in running text, with the letter or number a page puts before it ("A. M17.11",
// "1) M17.11", "B: E11.9"). Linear: fixed-length pieces only; the text is cut at 1,000 characters.
const DX = /(?:\b([A-L]|1[0-2]|[1-9])\s?[.):]\s*)?\b([A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)\b/g;

/** Diagnosis codes in a text, each at the letter written before it, else at the next letter. */
export function letteredIn(text: string): Claim['diagnoses'] {
  const items: [string, string][] = [];
  let next = 0;
  for (const m of n.text(text).toUpperCase().slice(0, 1000).matchAll(DX)) {
    const at = m[1] ? letterOf(m[1], 0) : LETTERS[next];
    if (!at) continue; // a thirteenth code has no box
    next = LETTERS.indexOf(at) + 1;
    items.push([at, m[2] ?? '']);
  }
  return lettered(items);
}
