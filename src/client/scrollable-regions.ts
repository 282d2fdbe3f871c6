/**
 * Client module: display formulas (CSS `.katex-display { overflow-x: auto }`) and
 * Markdown tables (Infima: `display: block; overflow: auto`) scroll sideways when they
 * are wider than the column, as on a phone. A scrolling region must be reachable by
 * keyboard (arrow keys then scroll it):
 * - Markdown tables always get `tabindex="0"`: whether one overflows depends on late
 *   layout (fonts, the language's longer words), and a check that ran too early left
 *   a wide English table unreachable; there are few tables, so few extra tab stops.
 * - Formulas are many, so only those that overflow get it (scroll-region.ts, the rule
 *   Mermaid diagrams use too), re-checked after each
 *   navigation (and again a little later), when web fonts have loaded (KaTeX's fonts
 *   change a formula's width) and when the window is resized (a phone rotated, say).
 */
import type { ClientModule } from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { syncScrollRegion } from './scroll-region';

const FORMULAS = '.katex-display';
// Direct children only: widgets' tables sit in their own focusable wrappers.
const TABLES = '.theme-doc-markdown > table';

export function markScrollableRegions(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>(TABLES).forEach((el) => {
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  });
  root.querySelectorAll<HTMLElement>(FORMULAS).forEach((el) => syncScrollRegion(el));
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
    // After the new page has painted (layout is needed to measure), and twice more
    // while late content (widgets, fonts) settles.
    window.requestAnimationFrame(() => markScrollableRegions());
    window.setTimeout(() => markScrollableRegions(), 1000);
    window.setTimeout(() => markScrollableRegions(), 3000);
  },
};
export default clientModule;
