/**
 * Client module: display formulas (CSS `.katex-display { overflow-x: auto }`) and
 * Markdown tables (Infima: `display: block; overflow: auto`) scroll sideways when they
 * are wider than the column, as on a phone. A scrolling region must be reachable by
 * keyboard, so those that actually overflow get `tabindex="0"` (arrow keys then
 * scroll them); those that fit get none, so they add no tab stops. Re-checked after
 * each navigation, when the web fonts have loaded (KaTeX's fonts change a formula's
 * width) and when the window is resized (a phone rotated, say).
 */
import type { ClientModule } from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

const MARK = 'data-scrollable';
const SCROLLERS = '.katex-display, .theme-doc-markdown table';

export function markScrollableRegions(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>(SCROLLERS).forEach((el) => {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    if (overflows && !el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '0');
      el.setAttribute(MARK, '');
    } else if (!overflows && el.hasAttribute(MARK)) {
      el.removeAttribute('tabindex');
      el.removeAttribute(MARK);
    }
  });
}

let timer: number | undefined;
function markSoon(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => markScrollableRegions(), 100);
}
if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener('resize', markSoon);
  // Fonts load when text first needs them, often after the first check.
  document.fonts?.addEventListener('loadingdone', markSoon);
}

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    // After the new page has painted (layout is needed to measure).
    window.requestAnimationFrame(() => markScrollableRegions());
  },
};
export default clientModule;
