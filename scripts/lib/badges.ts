import type { CDPSession, Page } from 'playwright-core';

/**
 * The inline badges ClaimLens draws on a claim-entry form, as assistive technology sees them. The
 * badges live in a closed shadow root, so neither page scripts nor Playwright's locators can reach
 * them; the browser's accessibility tree (Chrome DevTools Protocol) can, as a screen reader does.
 */
export interface Badge {
  line: number;
  severity: 'error' | 'warning' | 'info';
  /** The accessible name: "ClaimLens, line 5: Error. 36415: 3 units…". */
  label: string;
  /** Where it is drawn, in the page's viewport (frames included): for a click as the biller makes it. */
  box: { x: number; y: number; width: number; height: number } | null;
}

const LABEL = /^ClaimLens, line (\d+): (Error|Warning|Note)\. /;
const SEVERITY = { Error: 'error', Warning: 'warning', Note: 'info' } as const;

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
  backendDOMNodeId?: number;
}
interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

const frameIds = (tree: FrameTree): string[] => [
  tree.frame.id,
  ...(tree.childFrames ?? []).flatMap(frameIds),
];

/** Every accessible node of `role` whose name starts "ClaimLens, line " in the page and its same-process frames. */
async function claimLensNodes(cdp: CDPSession, role: string): Promise<{ name: string; box: Badge['box'] }[]> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const found: { name: string; box: Badge['box'] }[] = [];
  for (const frameId of frameIds(frameTree)) {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId }).catch(() => ({
      nodes: [],
    }))) as { nodes: AxNode[] };
    for (const node of nodes) {
      const name = node.name?.value ?? '';
      if (node.ignored || node.role?.value !== role || !name.startsWith('ClaimLens, line ')) continue;
      found.push({ name, box: await boxOf(cdp, node.backendDOMNodeId) });
    }
  }
  return found;
}

/** The border box of a node in the main frame's viewport (what a mouse click aims at), or null. */
async function boxOf(cdp: CDPSession, backendNodeId: number | undefined): Promise<Badge['box']> {
  if (backendNodeId === undefined) return null;
  const model = (await cdp.send('DOM.getBoxModel', { backendNodeId }).catch(() => null)) as {
    model?: { border: number[]; width: number; height: number };
  } | null;
  const b = model?.model;
  if (!b) return null;
  return { x: b.border[0] ?? 0, y: b.border[1] ?? 0, width: b.width, height: b.height };
}

/** Every ClaimLens badge in the page and its same-process frames, in document order. */
export async function badgesOn(page: Page): Promise<Badge[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const badges: Badge[] = [];
    for (const { name, box } of await claimLensNodes(cdp, 'button')) {
      const m = LABEL.exec(name);
      if (m)
        badges.push({
          line: Number(m[1]),
          severity: SEVERITY[m[2] as keyof typeof SEVERITY],
          label: name,
          box,
        });
    }
    return badges;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The names of ClaimLens popovers open on the page ("ClaimLens, line 5: Error"), as assistive technology sees them. */
export async function badgeDialogsOn(page: Page): Promise<string[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    return (await claimLensNodes(cdp, 'dialog')).map((d) => d.name);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Clicks a badge with the mouse, as the biller does (page scripts cannot reach it; the mouse can). */
export async function clickBadge(page: Page, badge: Badge): Promise<void> {
  if (!badge.box) throw new Error(`badge "${badge.label}" has no box on screen`);
  await page.mouse.click(badge.box.x + badge.box.width / 2, badge.box.y + badge.box.height / 2);
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

/**
 * What the badges' shadow root holds, as DevTools sees it (pierce reaches closed roots): its mode,
 * the tags of its elements and its texts. For tests that check page text stayed text.
 */
export async function badgeRootContents(
  page: Page,
): Promise<{ mode: string; tags: string[]; texts: string[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: { mode: string; tags: string[]; texts: string[] }[] = [];
    const walkRoot = (n: DomNode, into: { tags: string[]; texts: string[] }) => {
      for (const c of n.children ?? []) {
        if (c.nodeType === 1) into.tags.push(c.localName ?? c.nodeName.toLowerCase());
        if (c.nodeType === 3 && c.nodeValue) into.texts.push(c.nodeValue);
        walkRoot(c, into);
      }
    };
    const visit = (n: DomNode) => {
      if (n.localName === 'claimlens-flags') {
        for (const shadow of n.shadowRoots ?? []) {
          const entry = { mode: shadow.shadowRootType ?? '', tags: [] as string[], texts: [] as string[] };
          walkRoot(shadow, entry);
          found.push(entry);
        }
      }
      for (const c of n.children ?? []) visit(c);
      if (n.contentDocument) visit(n.contentDocument);
    };
    visit(root);
    return found;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
