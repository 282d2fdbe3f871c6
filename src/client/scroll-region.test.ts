import { describe, expect, it } from 'vitest';
import { SCROLL_REGION_MARK, syncScrollRegion, type ScrollRegionElement } from './scroll-region';

/** A stand-in for an element: its widths can be changed, as a resize would. */
function fakeElement(scrollWidth: number, clientWidth: number, attributes: Record<string, string> = {}) {
  const attrs = new Map(Object.entries(attributes));
  const el: ScrollRegionElement & { scrollWidth: number; clientWidth: number; attrs: Map<string, string> } = {
    scrollWidth,
    clientWidth,
    attrs,
    hasAttribute: (name) => attrs.has(name),
    setAttribute: (name, value) => void attrs.set(name, value),
    removeAttribute: (name) => void attrs.delete(name),
  };
  return el;
}

describe('syncScrollRegion', () => {
  it('makes an overflowing element a keyboard stop', () => {
    const el = fakeElement(900, 358);
    expect(syncScrollRegion(el)).toBe(true);
    expect(el.attrs.get('tabindex')).toBe('0');
    expect(el.attrs.has('role')).toBe(false);
  });

  it('counts 1 px of overflow, as axe does', () => {
    const el = fakeElement(704, 703);
    expect(syncScrollRegion(el)).toBe(true);
    expect(el.attrs.get('tabindex')).toBe('0');
  });

  it('leaves an element that fits alone', () => {
    const el = fakeElement(703, 703);
    expect(syncScrollRegion(el)).toBe(false);
    expect([...el.attrs.keys()]).toEqual([]);
  });

  it('names the region when given a label, and takes everything back once it fits', () => {
    const el = fakeElement(900, 358);
    syncScrollRegion(el, 'Alignment methods');
    expect(el.attrs.get('role')).toBe('group');
    expect(el.attrs.get('aria-label')).toBe('Alignment methods');
    el.clientWidth = 1000; // the window grew
    expect(syncScrollRegion(el, 'Alignment methods')).toBe(false);
    expect([...el.attrs.keys()]).toEqual([]);
  });

  it('never removes or replaces a tabindex it did not set', () => {
    const fits = fakeElement(300, 358, { tabindex: '-1' });
    syncScrollRegion(fits);
    expect(fits.attrs.get('tabindex')).toBe('-1');
    const overflows = fakeElement(900, 358, { tabindex: '-1' });
    syncScrollRegion(overflows);
    expect(overflows.attrs.get('tabindex')).toBe('-1');
    expect(overflows.attrs.has(SCROLL_REGION_MARK)).toBe(false);
  });
});
