import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber, parseNumberList } from './parseNumber';

describe('parseNumber', () => {
  it.each([
    ['0.5', 0.5],
    ['.5', 0.5],
    ['-3', -3],
    ['1e-4', 1e-4],
    ['  2  ', 2],
    ['1,000', 1000],
    ['１２', 12],
    ['－1.5', -1.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-', 'notANumber'],
    ['abc', 'notANumber'],
    ['1.2.3', 'notANumber'],
    ['0x10', 'notANumber'],
    ['Infinity', 'notANumber'],
    ['NaN', 'notANumber'],
    ['<img src=x onerror=alert(1)>', 'notANumber'],
    ['1e309', 'notFinite'],
    ['-1e309', 'notFinite'],
  ])('rejects %j as %s', (text, problem) => {
    expect(parseNumber(text)).toEqual({ ok: false, problem });
  });

  it('checks integer, minimum and maximum constraints', () => {
    expect(parseNumber('2.5', { integer: true })).toEqual({ ok: false, problem: 'notInteger' });
    expect(parseNumber('-1', { min: 0 })).toEqual({ ok: false, problem: 'belowMin' });
    expect(parseNumber('11', { max: 10 })).toEqual({ ok: false, problem: 'aboveMax' });
    expect(parseNumber('10', { min: 0, max: 10, integer: true })).toEqual({ ok: true, value: 10 });
  });

  it('reads back any finite number it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = parseNumber(String(x));
        expect(r.ok && r.value === x).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and never returns a non-finite value, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseNumber(s);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseNumberList', () => {
  it('splits on commas, Chinese commas, semicolons and spaces', () => {
    expect(parseNumberList('1, 2，3; 4 5')).toEqual({ ok: true, values: [1, 2, 3, 4, 5] });
  });

  it('names the first bad item', () => {
    expect(parseNumberList('1, x, 3')).toEqual({ ok: false, problem: 'notANumber', index: 1 });
  });

  it('rejects an empty list or one shorter than required', () => {
    expect(parseNumberList(' , ')).toEqual({ ok: false, problem: 'empty', index: 0 });
    expect(parseNumberList('1', { minLength: 2 })).toEqual({ ok: false, problem: 'empty', index: 0 });
  });
});
