import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container in the happy-dom document and flushes effects. */
export function mount(vnode: ComponentChild): HTMLElement {
  document.body.innerHTML = '';
  const container = document.createElement('div');
  document.body.appendChild(container);
  act(() => {
    render(vnode, container);
  });
  return container;
}

export function click(el: Element | null | undefined): void {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  act(() => {
    el.click();
  });
}

export function texts(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (e) => (e.textContent ?? '').trim());
}

export function attrs(root: ParentNode, selector: string, name: string): string[] {
  return Array.from(root.querySelectorAll(selector), (e) => e.getAttribute(name) ?? '');
}

/** Types into a text field or textarea the way a user does: value, then an input event. */
export function input(el: Element | null | undefined, value: string): void {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error('no field');
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
