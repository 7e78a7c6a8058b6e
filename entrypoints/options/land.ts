import { useEffect } from 'preact/hooks';

/** Older links (ClaimLens before 0.2 opened "#settings") land on today's section. */
const OLD_NAMES: Record<string, string> = { settings: 'checks' };

/**
 * The page is drawn after it loads, so the browser's own jump to `#section` finds nothing: once
 * the section's heading exists, scroll it to the top and put keyboard focus on it. Also on a later
 * hash change (the side panel's Settings button in an options tab already open).
 */
export function useLandOnHash(): void {
  useEffect(() => {
    let observer: MutationObserver | null = null;
    const land = () => {
      observer?.disconnect();
      const raw = decodeURIComponent(location.hash.slice(1));
      const id = OLD_NAMES[raw] ?? raw;
      if (!/^[A-Za-z][\w-]*$/.test(id)) return;
      const go = (): boolean => {
        const target = document.getElementById(id);
        if (!target) return false;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.scrollIntoView({ block: 'start' });
        target.focus({ preventScroll: true });
        return true;
      };
      if (go()) return;
      observer = new MutationObserver(() => {
        if (go()) observer?.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
      // Give up quietly after a few seconds: a wrong link must not keep watching the page.
      setTimeout(() => observer?.disconnect(), 5000);
    };
    land();
    addEventListener('hashchange', land);
    return () => {
      observer?.disconnect();
      removeEventListener('hashchange', land);
    };
  }, []);
}
