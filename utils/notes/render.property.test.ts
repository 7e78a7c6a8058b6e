import fc from 'fast-check';
import { expect, test } from 'vitest';
import { emptyContext, type NoteContext, PLACEHOLDERS } from './placeholders';
import { renderNote, validateTemplate } from './render';

const names = PLACEHOLDERS.map((p) => p.name);
const piece = fc.oneof(
  fc.constantFrom(...names.map((n) => `{${n}}`)),
  fc.constantFrom('[', ']', ', ', '. ', ': ', ' — ', '\n', '{oops}'),
  fc.string({ maxLength: 8 }),
);
const template = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
const context = fc
  .record(Object.fromEntries(names.map((n) => [n, fc.option(fc.string({ maxLength: 30 }), { nil: null })])))
  .map((values) => ({ ...emptyContext(), ...values }) as NoteContext);

test('any template with any values renders without throwing, and values never add lines', () => {
  fc.assert(
    fc.property(template, context, (t, c) => {
      const note = renderNote(t, c);
      expect(note.split('\n').length).toBeLessThanOrEqual(t.split('\n').length);
    }),
  );
});

test('a template the validator accepts never leaves a known placeholder unreplaced', () => {
  fc.assert(
    fc.property(template, (t) => {
      fc.pre(validateTemplate(t).ok);
      const c = Object.fromEntries(names.map((n) => [n, 'V'])) as NoteContext;
      const note = renderNote(t, c);
      for (const n of names) expect(note).not.toContain(`{${n}}`);
    }),
  );
});
