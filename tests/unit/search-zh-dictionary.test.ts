/**
 * plugins/search-zh-dictionary.ts: the glossary's Chinese terms become jieba words, in
 * jieba's user-dictionary format.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryZhWords, searchZhDictionary } from '../../plugins/search-zh-dictionary';

describe('Chinese search dictionary', () => {
  it('holds the glossary terms that jieba cuts up by itself', () => {
    const words = glossaryZhWords();
    for (const term of ['去重', '词元', '散度']) expect(words).toContain(term);
    // Longer terms would hide their parts from a search (低秩适配 for 低秩).
    expect(words.filter((w) => w.length !== 2)).toEqual([]);
  });

  it('keeps runs of exactly two Chinese characters, once each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(
      join(dir, '01-data.json'),
      JSON.stringify({ a: { zh: 'KL 散度' }, b: { zh: '去重' }, c: { zh: '重' }, d: { zh: 'Top-p 采样（核采样）' } }),
    );
    writeFileSync(join(dir, '02-more.json'), JSON.stringify({ e: { zh: '去重' } }));
    writeFileSync(join(dir, 'index.ts'), 'not a glossary file');
    expect(glossaryZhWords(dir)).toEqual(['去重', '散度', '采样']);
    expect(searchZhDictionary(dir).split('\n')).toEqual(['去重 100000', '散度 100000', '采样 100000']);
  });
});
