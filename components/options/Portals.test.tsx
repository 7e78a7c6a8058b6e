// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PORTAL_HOSTS } from '../../utils/portals/hosts';
import { checkHostToAdd, Portals, type PortalsProps } from './Portals';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const BUILT_IN = PORTAL_HOSTS.map(({ host, label, confirmed }) => ({ host, label, confirmed }));

function mount(over: Partial<PortalsProps> = {}) {
  const props: PortalsProps = {
    builtIn: BUILT_IN,
    userHosts: ['portal.acmehealth.com'],
    onRemove: vi.fn(),
    onAdd: vi.fn(),
    addError: null,
    ...over,
  };
  act(() => render(<Portals {...props} />, root));
  return props;
}
const input = () => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === 'Add a portal host');
  return root.querySelector(`[id="${label?.htmlFor}"]`) as HTMLInputElement;
};
function add(text: string) {
  act(() => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => (root.querySelector('form') as HTMLFormElement).requestSubmit());
}

test('lists every supported host and marks the unconfirmed ones best knowledge', () => {
  mount();
  expect(root.querySelector('h2#portals')).not.toBeNull();
  const rows = root.querySelectorAll('.portals-table tbody tr');
  expect(rows.length).toBe(PORTAL_HOSTS.length);
  expect(root.querySelector('[data-host="apps.availity.com"]')?.textContent).toContain('confirmed');
  expect(root.querySelector('[data-host="www.novitasphere.com"]')?.textContent).toContain('best knowledge');
});

test('user hosts can be removed', () => {
  const props = mount();
  const remove = [...root.querySelectorAll('.user-hosts button')][0] as HTMLButtonElement;
  expect(remove.textContent).toBe('Remove portal.acmehealth.com');
  act(() => remove.click());
  expect(props.onRemove).toHaveBeenCalledWith('portal.acmehealth.com');
});

test('a valid host is added (case and a pasted https address are accepted) and the box clears', () => {
  const props = mount();
  add('  HTTPS://Claims.Example.org/login?x=1 ');
  expect(props.onAdd).toHaveBeenCalledWith('claims.example.org');
  expect(input().value).toBe('');
  expect(root.querySelector('[role="alert"]')).toBeNull();
});

test('a refused entry says why and is not added', () => {
  const props = mount();
  add('*.example.org');
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('wildcards');
  expect(input().getAttribute('aria-invalid')).toBe('true');
  add('http://portal.example.org');
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('https');
  add('localhost');
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('is not a host name');
  add('apps.availity.com');
  expect(root.querySelector('[role="alert"]')?.textContent).toBe('apps.availity.com is already supported.');
  add('portal.acmehealth.com');
  expect(root.querySelector('[role="alert"]')?.textContent).toBe(
    'portal.acmehealth.com is already in your list.',
  );
  expect(props.onAdd).not.toHaveBeenCalled();
});

test('checkHostToAdd', () => {
  expect(checkHostToAdd('', [], [])).toMatchObject({ ok: false });
  expect(checkHostToAdd('portal.example.org/path', [], [])).toEqual({ ok: true, host: 'portal.example.org' });
  expect(checkHostToAdd('https://portal.example.org:8443/', [], [])).toMatchObject({ ok: false });
  expect(checkHostToAdd('portal example.org', [], [])).toMatchObject({ ok: false });
});

test('the caller’s error is shown as an alert', () => {
  mount({ addError: 'Permission to read portal.example.org was not given.' });
  expect(root.querySelector('[role="alert"]')?.textContent).toBe(
    'Permission to read portal.example.org was not given.',
  );
});

test('no serious accessibility problems', async () => {
  mount();
  add('bad host');
  document.documentElement.lang = 'en';
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
