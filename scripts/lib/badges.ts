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
}

const LABEL = /^ClaimLens, line (\d+): (Error|Warning|Note)\. /;
const SEVERITY = { Error: 'error', Warning: 'warning', Note: 'info' } as const;

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}
interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

const frameIds = (tree: FrameTree): string[] => [
  tree.frame.id,
  ...(tree.childFrames ?? []).flatMap(frameIds),
];

/** Every ClaimLens badge in the page and its same-process frames, in document order. */
export async function badgesOn(page: Page): Promise<Badge[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const badges: Badge[] = [];
    for (const frameId of frameIds(frameTree)) {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId }).catch(() => ({
        nodes: [],
      }))) as { nodes: AxNode[] };
      for (const node of nodes) {
        const label = node.name?.value ?? '';
        const m = LABEL.exec(label);
        if (node.ignored || node.role?.value !== 'button' || !m) continue;
        badges.push({ line: Number(m[1]), severity: SEVERITY[m[2] as keyof typeof SEVERITY], label });
      }
    }
    return badges;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
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
