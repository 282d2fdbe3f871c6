/**
 * AttentionViewer: the last row of weights is what causalAttention gives for the typed
 * query; masked cells are hatched; bad input shows a message beside the field.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { causalAttention } from '../../../src/lib';
import { formatNumber } from '../../../src/components/kit/format';
import { launch } from '../browser';
import { expectBadInputs, fieldMessage, typeInto, withWidget } from './widget-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const K = [
  [1, 0, 0, 0],
  [0, 1, 0, 1],
  [0, 1, 1, 0],
  [0, 0, 1, 0],
  [0, 1, 0, 1],
];
const Q = K.slice(0, 4).map((r) => r.map((x) => 2 * x));
const lastRow = (query: number[]) =>
  causalAttention([...Q, query], K, K)
    .weights[4].map((w) => formatNumber(w, 3))
    .join(', ');

describe('AttentionViewer', () => {
  it('shows the weights of the typed query, with the future masked', async () => {
    await withWidget(browser, '/docs/pretraining/architecture', 'AttentionViewer', async ({ page, widget }) => {
      const row = widget.getByTestId('last-row');
      expect(await row.innerText()).toBe(lastRow([0, 2, 0, 2]));
      expect(await row.innerText()).toBe('0.0513, 0.379, 0.139, 0.0513, 0.379');
      // 10 masked cells above the diagonal of a 5 × 5 map.
      expect(await widget.locator('rect[style*="guide-hatch"]').count()).toBe(10);
      await typeInto(page, widget.getByLabel(/查询向量 q/), '0, 6, 0, 6');
      await expect.poll(() => row.innerText()).toBe(lastRow([0, 6, 0, 6]));
    });
  });

  it('explains bad input beside the field and keeps the last good weights', async () => {
    await withWidget(browser, '/docs/pretraining/architecture', 'AttentionViewer', async ({ page, widget }) => {
      const field = widget.getByLabel(/查询向量 q/);
      await expectBadInputs(page, field, ['', '0, -', '1e309, 0, 0, 0', 'abc'], async () => {
        expect(await widget.getByTestId('last-row').innerText()).toBe(lastRow([0, 2, 0, 2]));
      });
      await typeInto(page, field, '1, 2, 3');
      await expect.poll(() => fieldMessage(field)).not.toBe('');
    });
  });

  it('speaks English on the English page', async () => {
    await withWidget(browser, '/en/docs/pretraining/architecture', 'AttentionViewer', async ({ widget }) => {
      expect(await widget.getByLabel('Query vector q of “mat” (4 numbers)').inputValue()).toBe('0, 2, 0, 2');
    });
  });
});
