/**
 * One rule for every element that scrolls sideways when it is wider than the column
 * (display formulas, Mermaid diagrams): while it overflows, it is a keyboard stop, so
 * arrow keys can scroll it (axe: scrollable-region-focusable); when it fits again,
 * the stop goes away. Only what this function added is ever removed.
 */

/** Marks the attributes this function set, so it never removes an author's tabindex. */
export const SCROLL_REGION_MARK = 'data-scroll-region';

/** The part of an element the rule needs (an HTMLElement; a plain object in unit tests). */
export interface ScrollRegionElement {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/**
 * Makes `el` a focusable scroll region while it overflows and undoes that when it does
 * not. With a `label` (a diagram's title), the region is also a named group, so a
 * screen reader says what the focused box holds.
 */
export function syncScrollRegion(el: ScrollRegionElement, label?: string): boolean {
  // Strictly wider, as axe counts it: 1 px of overflow already scrolls.
  const overflows = el.scrollWidth > el.clientWidth;
  if (overflows) {
    if (el.hasAttribute('tabindex') && !el.hasAttribute(SCROLL_REGION_MARK)) return true;
    el.setAttribute('tabindex', '0');
    el.setAttribute(SCROLL_REGION_MARK, '');
    if (label) {
      el.setAttribute('role', 'group');
      el.setAttribute('aria-label', label);
    }
  } else if (el.hasAttribute(SCROLL_REGION_MARK)) {
    el.removeAttribute('tabindex');
    el.removeAttribute(SCROLL_REGION_MARK);
    if (label) {
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
    }
  }
  return overflows;
}
