// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type PayerPack, parsePayerPack } from '../../utils/rules/payer-pack';
import { type PackImportResult, PayerPacks, type PayerPacksProps } from './PayerPacks';

const example = (name: string): PayerPack => {
  const r = parsePayerPack(readFileSync(join(__dirname, '../../docs/payer-rules', name), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.problems.join('; ')}`);
  return r.pack;
};
const PACKS = [example('acme-therapy.json'), example('orthopedic-prior-auth.json')];

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(over: Partial<PayerPacksProps> = {}) {
  const props: PayerPacksProps = {
    packs: PACKS,
    onImport: vi.fn(),
    importResult: null,
    onExport: vi.fn(),
    onExportAll: vi.fn(),
    onRemove: vi.fn(),
    ...over,
  };
  act(() => render(<PayerPacks {...props} />, root));
  return props;
}
const button = (text: string) => {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b as HTMLButtonElement;
};

test('lists each pack with its name, version, payer names and rule counts', () => {
  mount();
  expect(root.querySelector('h2#payer-rules')).not.toBeNull();
  const rows = [...root.querySelectorAll('tbody tr')].map((r) =>
    [...r.children].slice(0, 4).map((c) => c.textContent),
  );
  expect(rows).toEqual([
    [
      'Acme Health therapy',
      '2026-03',
      'acme health',
      '1 required-modifier rule, 1 prior-auth rule, filing limit 180 days, 1 check changed',
    ],
    [
      'Regional ortho prior auth',
      '2026-01',
      'blue cross, bcbs, anthem',
      '0 required-modifier rules, 1 prior-auth rule, 2 checks changed',
    ],
  ]);
});

test('export, export all and remove call back with the pack or its index', () => {
  const props = mount();
  act(() => button('Export Regional ortho prior auth').click());
  expect(props.onExport).toHaveBeenCalledWith(PACKS[1]);
  act(() => button('Remove Acme Health therapy').click());
  expect(props.onRemove).toHaveBeenCalledWith(0);
  act(() => button('Export all packs').click());
  expect(props.onExportAll).toHaveBeenCalledTimes(1);
});

test('no packs: says so and export all is off', () => {
  mount({ packs: [] });
  expect(root.textContent).toContain('No packs imported.');
  expect(button('Export all packs').disabled).toBe(true);
});

test('choosing a file calls onImport with it', () => {
  const props = mount();
  const input = root.querySelector('[data-testid="pack-file"]') as HTMLInputElement;
  expect(input.accept).toContain('.json');
  const file = new File(['{}'], 'pack.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(props.onImport).toHaveBeenCalledWith(file);
});

test('a successful import is a status, a refused one an alert listing the problems', () => {
  mount({ importResult: { ok: true, text: 'Imported “Acme Health therapy”.' } });
  let result = root.querySelector('[data-testid="pack-import-result"]');
  expect(result?.getAttribute('role')).toBe('status');
  expect(result?.textContent).toBe('Imported “Acme Health therapy”.');
  const refused: PackImportResult = {
    ok: false,
    text: 'This is not a ClaimLens payer pack: 2 problems to fix.',
    problems: ['payer.namePattern: namePattern is not a valid regular expression', '<b>x</b>'],
  };
  mount({ importResult: refused });
  result = root.querySelector('[data-testid="pack-import-result"]');
  expect(result?.getAttribute('role')).toBe('alert');
  expect([...(result?.querySelectorAll('li') ?? [])].map((l) => l.textContent)).toEqual(refused.problems);
  expect(root.querySelector('b')).toBeNull();
});

test('no serious accessibility problems', async () => {
  mount({ importResult: { ok: false, text: 'Not a pack.', problems: ['schema: expected 1'] } });
  document.documentElement.lang = 'en';
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
