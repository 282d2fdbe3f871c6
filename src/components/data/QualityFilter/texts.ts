/**
 * Translated names of the sample pages and the quality rules (static translate() calls, so
 * `docusaurus write-translations` finds every id).
 */
import { translate } from '@docusaurus/Translate';
import type { SampleId } from './samples';

export function sampleNames(): Record<SampleId, string> {
  return {
    prose: translate({ id: 'qualityFilter.sample.prose', message: '英文说明文' }),
    boilerplate: translate({ id: 'qualityFilter.sample.boilerplate', message: '导航栏样板' }),
    spam: translate({ id: 'qualityFilter.sample.spam', message: '垃圾广告' }),
    code: translate({ id: 'qualityFilter.sample.code', message: '代码片段' }),
    teaser: translate({ id: 'qualityFilter.sample.teaser', message: '标题党列表' }),
    chinese: translate({ id: 'qualityFilter.sample.chinese', message: '中文说明文' }),
  };
}

export function ruleNames(): Record<string, string> {
  return {
    'gopher-word-count': translate({ id: 'qualityFilter.rule.wordCount', message: '词数' }),
    'gopher-mean-word-length': translate({ id: 'qualityFilter.rule.meanWordLength', message: '平均词长（字符）' }),
    'gopher-hash-ratio': translate({ id: 'qualityFilter.rule.hashRatio', message: '“#” 符号数 / 词数' }),
    'gopher-ellipsis-ratio': translate({ id: 'qualityFilter.rule.ellipsisRatio', message: '省略号数 / 词数' }),
    'gopher-bullet-lines': translate({ id: 'qualityFilter.rule.bulletLines', message: '以项目符号开头的行占比' }),
    'gopher-ellipsis-lines': translate({ id: 'qualityFilter.rule.ellipsisLines', message: '以省略号结尾的行占比' }),
    'gopher-alpha-words': translate({ id: 'qualityFilter.rule.alphaWords', message: '含字母的词占比' }),
    'gopher-stop-words': translate({ id: 'qualityFilter.rule.stopWords', message: '出现的英文停用词个数' }),
    'gopher-duplicate-lines': translate({ id: 'qualityFilter.rule.duplicateLines', message: '重复行占比' }),
    'gopher-duplicate-line-chars': translate({
      id: 'qualityFilter.rule.duplicateLineChars',
      message: '重复行的字符占比',
    }),
    'c4-sentences': translate({ id: 'qualityFilter.rule.sentences', message: '句子数' }),
    'c4-lorem-ipsum': translate({ id: 'qualityFilter.rule.loremIpsum', message: '“lorem ipsum” 出现次数' }),
    'c4-curly-brace': translate({ id: 'qualityFilter.rule.curlyBrace', message: '花括号 “{” 个数' }),
    'custom-c4-lines': translate({ id: 'qualityFilter.rule.c4Lines', message: 'C4 行规则保留的行占比' }),
    'custom-letters': translate({ id: 'qualityFilter.rule.letters', message: '字母或汉字占可见字符比例' }),
  };
}

export function sourceNames(): Record<'gopher' | 'c4' | 'custom', string> {
  return {
    gopher: 'Gopher',
    c4: 'C4',
    custom: translate({ id: 'qualityFilter.source.custom', message: '本站' }),
  };
}
