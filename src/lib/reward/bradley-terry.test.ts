import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFiniteOrBadInput, referenceCases, runReferenceCase } from '../alignment/test-utils';
import { bradleyTerryLoss, preferenceProbability, rewardGap } from './bradley-terry';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const reward = fc.double({ min: -50, max: 50, noNaN: true });

describe('bradleyTerryLoss', () => {
  it('is log 2 for tied rewards and log(1 + e^−1) for a gap of 1 (worked by hand)', () => {
    expect(bradleyTerryLoss([0.3], [0.3])).toBeCloseTo(Math.LN2, 15);
    expect(bradleyTerryLoss([1, 0.5], [0, -0.5])).toBeCloseTo(Math.log1p(Math.exp(-1)), 15);
    expect(bradleyTerryLoss([1], [0], [1])).toBeCloseTo(Math.LN2, 15); // the margin eats the gap
  });

  it.each(referenceCases('bradleyTerryLoss'))('matches reference case %s', (_, c) =>
    runReferenceCase(bradleyTerryLoss, c),
  );

  it('rejects mismatched lengths, a short margin and empty batches', () => {
    expect(() => bradleyTerryLoss([1, 2], [1])).toThrow(RangeError);
    expect(() => bradleyTerryLoss([1, 2], [0, 0], [0.5])).toThrow(
      'margin has length 1 but chosen has length 2; they must match',
    );
    expect(() => bradleyTerryLoss([], [])).toThrow('chosen must not be empty');
  });

  it('is unchanged by adding a constant to every reward, and is the mean of −log P(chosen ≻ rejected)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(reward, reward), { minLength: 1, maxLength: 8 }), reward, (rows, shift) => {
        const c = rows.map(([x]) => x);
        const r = rows.map(([, y]) => y);
        const loss = bradleyTerryLoss(c, r);
        expect(
          bradleyTerryLoss(
            c.map((x) => x + shift),
            r.map((x) => x + shift),
          ),
        ).toBeCloseTo(loss, 9);
        const viaP = rows.reduce((s, [x, y]) => s - Math.log(preferenceProbability(x, y)), 0) / rows.length;
        if (rows.every(([x, y]) => x - y > -30)) expect(loss).toBeCloseTo(viaP, 9);
        expect(loss).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives a finite loss or a RangeError', () => {
    const arr = fc.array(anyFinite, { maxLength: 3 });
    fc.assert(
      fc.property(arr, arr, fc.option(arr, { nil: undefined }), (c, r, m) =>
        expectFiniteOrBadInput(() => bradleyTerryLoss(c, r, m)),
      ),
      { numRuns: 200 },
    );
  });
});

describe('preferenceProbability', () => {
  it('is σ(1.2) ≈ 0.7685 for rewards 1.5 and 0.3 (worked by hand)', () => {
    expect(preferenceProbability(1.5, 0.3)).toBeCloseTo(1 / (1 + Math.exp(-1.2)), 15);
  });

  it.each(referenceCases('preferenceProbability'))('matches reference case %s', (_, c) =>
    runReferenceCase(preferenceProbability, c),
  );

  it('is complementary: P(a ≻ b) + P(b ≻ a) = 1', () => {
    fc.assert(
      fc.property(reward, reward, (a, b) => {
        expect(preferenceProbability(a, b) + preferenceProbability(b, a)).toBeCloseTo(1, 14);
      }),
      { numRuns: 200 },
    );
  });

  it('any finite input gives a probability in [0, 1] or a RangeError', () => {
    fc.assert(
      fc.property(anyFinite, anyFinite, (a, b) => expectFiniteOrBadInput(() => preferenceProbability(a, b))),
      { numRuns: 200 },
    );
  });
});

describe('rewardGap', () => {
  it('is r_c − r_r: 1.5 − 0.3 = 1.2, the gap σ turns into 0.7685 (worked by hand)', () => {
    expect(rewardGap(1.5, 0.3)).toBeCloseTo(1.2, 15);
    expect(rewardGap(-1, 0.3)).toBeCloseTo(-1.3, 15);
  });

  it('is what preferenceProbability passes through σ', () => {
    fc.assert(
      fc.property(reward, reward, (c, r) => {
        expect(preferenceProbability(c, r)).toBeCloseTo(1 / (1 + Math.exp(-rewardGap(c, r))), 12);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects NaN, Infinity and a gap that overflows, in plain words', () => {
    expect(() => rewardGap(Number.NaN, 0)).toThrow(RangeError);
    expect(() => rewardGap(0, Infinity)).toThrow(/rejected/);
    expect(() => rewardGap(1e308, -1e308)).toThrow(/chosen − rejected/);
  });
});
