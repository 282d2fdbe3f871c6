/**
 * The kit's result parts render the markup the widgets and their browser tests rely on: an
 * accessible, focusable scroll box around the table, rows set apart by tone, label/value pairs
 * with their test ids, a labelled group of preset buttons saying which one is pressed, and an
 * alert only when there is a message.
 */
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ResultTable, { ResultRow } from './ResultTable';
import ResultGrid, { ResultItem } from './ResultGrid';
import Presets, { PresetButton, PresetRow } from './Presets';
import ErrorAlert from './ErrorAlert';

/** The attributes of every `<tag …>` in server-rendered markup, in document order. */
function tags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}
const html = (el: ReturnType<typeof h>) => renderToStaticMarkup(el);

describe('ResultTable', () => {
  const rows = [h('tbody', { key: 'b' }, h(ResultRow, { tone: 'warning' }, h('td', null, '1')))];

  it('names the focusable scroll box by its caption', () => {
    const out = html(h(ResultTable, { caption: '表', testId: 't', children: rows }));
    const [region] = tags(out, 'div');
    expect(region.role).toBe('region');
    expect(region.tabindex).toBe('0');
    expect(tags(out, 'table')[0]['data-testid']).toBe('t');
    const [caption] = tags(out, 'caption');
    expect(caption.id).toBeTruthy();
    expect(region['aria-labelledby']).toBe(caption.id);
    expect(out).toMatch(/<table[^>]*><caption[^>]*>表<\/caption><tbody>/);
  });

  it('takes a label or the id of a heading instead of a caption', () => {
    const labelled = html(h(ResultTable, { label: 'Samples', children: rows }));
    expect(tags(labelled, 'div')[0]['aria-label']).toBe('Samples');
    expect(tags(labelled, 'caption')).toEqual([]);
    expect(tags(html(h(ResultTable, { labelledBy: 'h1', children: rows })), 'div')[0]['aria-labelledby']).toBe('h1');
  });

  it('puts the column headings in a head row, in order, each a column header, before the body', () => {
    const out = html(h(ResultTable, { label: 'x', columns: ['#', h('b', null, 'p')], children: rows }));
    expect(tags(out, 'th').map((th) => th.scope)).toEqual(['col', 'col']);
    expect(out).toMatch(/<thead><tr><th scope="col">#<\/th><th scope="col"><b>p<\/b><\/th><\/tr><\/thead><tbody>/);
    expect(html(h(ResultTable, { label: 'x', children: rows }))).not.toContain('<thead');
  });

  it('adds a class of its own to the scroll box', () => {
    const plain = tags(html(h(ResultTable, { label: 'x', children: rows })), 'div')[0].class.split(' ');
    const extra = tags(html(h(ResultTable, { label: 'x', className: 'tall', children: rows })), 'div')[0].class.split(
      ' ',
    );
    expect(extra).toEqual([...plain, 'tall']);
  });

  it('greys out stale numbers and sets rows apart by tone, keeping their attributes', () => {
    const stale = tags(html(h(ResultTable, { label: 'x', stale: true, children: rows })), 'div')[0];
    const fresh = tags(html(h(ResultTable, { label: 'x', children: rows })), 'div')[0];
    expect(stale.class).not.toBe(fresh.class);
    const row = (tone?: 'selected' | 'warning' | 'muted') =>
      tags(html(h('table', null, h('tbody', null, h(ResultRow, { ...{ 'data-testid': 'r' }, tone })))), 'tr')[0];
    expect(row('selected')['data-testid']).toBe('r');
    expect(row().class).toBeUndefined();
    expect(new Set([row('selected').class, row('warning').class, row('muted').class]).size).toBe(3);
  });
});

describe('ResultGrid', () => {
  it('pairs each label with its value and test id', () => {
    const out = html(
      h(ResultGrid, {
        live: true,
        minItemWidth: '11rem',
        children: h(ResultItem, { label: 'h', testId: 'h', children: '1.3' }),
      }),
    );
    const [dl] = tags(out, 'dl');
    expect(dl['aria-live']).toBe('polite');
    expect(dl.style).toContain('11rem');
    expect(out).toMatch(/<dl[^>]*><div><dt>h<\/dt><dd data-testid="h">1\.3<\/dd><\/div><\/dl>/);
  });

  it('is not live unless asked', () => {
    expect(tags(html(h(ResultGrid, { children: null })), 'dl')[0]['aria-live']).toBeUndefined();
  });
});

describe('Presets', () => {
  it('is a group named by its title whose buttons say whether they are pressed', () => {
    const out = html(
      h(Presets, {
        title: '常用温度：',
        children: [
          h(PresetButton, { key: 2, pressed: true, onClick: () => {}, children: 'T = 2' }),
          h(PresetButton, { key: 5, pressed: false, onClick: () => {}, children: 'T = 5' }),
        ],
      }),
    );
    const [group, title] = [tags(out, 'div')[0], tags(out, 'span')[0]];
    expect(group.role).toBe('group');
    expect(group['aria-labelledby']).toBe(title.id);
    expect(out).toContain(`id="${title.id}"`);
    expect(out).toMatch(/<span [^>]*>常用温度：<\/span>/);
    expect(tags(out, 'button').map((b) => [b.type, b['aria-pressed']])).toEqual([
      ['button', 'true'],
      ['button', 'false'],
    ]);
    expect(out).toMatch(/>T = 2<\/button><button[^>]*>T = 5<\/button><\/div>$/);
  });

  it('stacks labelled rows', () => {
    const out = html(h(Presets, { title: 't', stacked: true, children: h(PresetRow, { label: '小', children: 'x' }) }));
    expect(out).toMatch(/<span class="[^"]*"><span class="[^"]*">小<\/span>x<\/span><\/div>$/);
  });
});

describe('ErrorAlert', () => {
  it('shows a message as an alert and nothing without one', () => {
    const out = html(h(ErrorAlert, { error: '无法计算：x' }));
    expect(tags(out, 'p')[0].role).toBe('alert');
    expect(out).toContain('>无法计算：x</p>');
    expect(html(h(ErrorAlert, { error: null }))).toBe('');
  });
});
