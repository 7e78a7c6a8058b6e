import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { KDF_ITERATIONS } from '../privacy/backup';
import { noteContext } from './context';
import { PLACEHOLDERS } from './placeholders';
import { renderNote } from './render';
import { describeSample, sampleFindings, sampleSnapshot } from './sample';
import { defaultTemplates } from './templates';

/** docs/notes.md is the README's placeholder reference: it must say what the code does. */
const doc = readFileSync(path.join(import.meta.dirname, '../../docs/notes.md'), 'utf8');

test('every placeholder is in the reference table with its description', () => {
  for (const p of PLACEHOLDERS) expect(doc).toContain(`| \`{${p.name}}\` | ${p.description} |`);
});

test('every default template and its sample note are quoted exactly', () => {
  for (const [kind, template] of Object.entries(defaultTemplates)) {
    expect(doc, kind).toContain(`\n${template}\n`);
    const ctx = noteContext(sampleSnapshot(kind as never), sampleFindings(kind as never), {
      today: '2026-11-27',
      initials: 'JD',
      describeCode: describeSample,
    });
    expect(doc, kind).toContain(`\n${renderNote(template, ctx)}\n`);
  }
});

test('the key-derivation figure quoted is the one used', () => {
  expect(doc).toContain(`**${KDF_ITERATIONS.toLocaleString('en-US')} iterations**`);
});
