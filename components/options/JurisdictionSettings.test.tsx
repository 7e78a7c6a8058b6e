// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type Jurisdiction, NO_JURISDICTION } from '../../utils/rules/jurisdiction';
import { JurisdictionSettings } from './JurisdictionSettings';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const CONTRACTORS = [
  { number: '15202', name: 'CGS Administrators, LLC', states: ['OH'], dme: false },
  { number: '02202', name: 'Noridian Healthcare Solutions, LLC', states: ['WA'], dme: false },
];

function mount(jurisdiction: Jurisdiction = NO_JURISDICTION, contractors = CONTRACTORS) {
  const onChange = vi.fn();
  act(() =>
    render(
      <JurisdictionSettings jurisdiction={jurisdiction} contractors={contractors} onChange={onChange} />,
      root,
    ),
  );
  return onChange;
}
const $ = <T extends Element>(sel: string) => root.querySelector(sel) as T;
function type(value: string) {
  const input = $<HTMLInputElement>('[data-testid=jurisdiction-states]');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

test('not set: says the check cannot run until it is', () => {
  mount();
  expect($('[data-testid=jurisdiction-status]').textContent).toMatch(/Not set yet: .*could not check/);
});

test('states typed in any case and separator are saved as abbreviations; the portal preset goes', () => {
  const onChange = mount({ ...NO_JURISDICTION, presetFrom: 'cgs' });
  expect($('[data-testid=jurisdiction-status]').textContent).toMatch(
    /CGS \(preset from its portal\).*CGS portal/,
  );
  type('oh; wa');
  expect(onChange).toHaveBeenCalledWith({ states: ['OH', 'WA'], contractors: [], presetFrom: null });
});

test('a word that is not a state is refused with a message, nothing saved', () => {
  const onChange = mount();
  type('Ohio 43215');
  expect(onChange).not.toHaveBeenCalled();
  expect($('[role=alert]').textContent).toMatch(/Not a state abbreviation: OHIO, 43215/);
});

test('a contractor of the imported articles can be picked', () => {
  const onChange = mount();
  const select = $<HTMLSelectElement>('[data-testid=jurisdiction-contractor]');
  expect([...select.options].map((o) => o.textContent)).toEqual([
    'Any contractor serving the states above',
    'CGS Administrators, LLC — 15202 (OH)',
    'Noridian Healthcare Solutions, LLC — 02202 (WA)',
  ]);
  act(() => {
    select.value = '02202';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(onChange).toHaveBeenCalledWith({ states: [], contractors: ['02202'], presetFrom: null });
});

test('without imported articles the contractor list is off and says why', () => {
  mount(NO_JURISDICTION, null as never);
  expect($<HTMLSelectElement>('[data-testid=jurisdiction-contractor]').disabled).toBe(true);
  expect(root.textContent).toMatch(/Import the MCD coverage articles/);
});
