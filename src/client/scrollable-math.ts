/**
 * Client module: a display formula wider than the column scrolls sideways (CSS
 * `.katex-display { overflow-x: auto }`). A scrolling region must be reachable by
 * keyboard, so formulas that actually overflow get `tabindex="0"` (arrow keys then
 * scroll them); formulas that fit get none, so they add no tab stops. Re-checked
 * after each navigation and when the window is resized (phone rotated, say).
 */
import type { ClientModule } from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

const MARK = 'data-scrollable-math';

export function markScrollableMath(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('.katex-display').forEach((el) => {
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
if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener('resize', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => markScrollableMath(), 200);
  });
}

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    // After the new page has painted (layout is needed to measure).
    window.requestAnimationFrame(() => markScrollableMath());
  },
};
export default clientModule;
