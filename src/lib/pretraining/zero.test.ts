import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelStateBreakdown, modelStateBytes } from './zero';
import { referenceCasesFor } from '../data/test-utils';

describe('modelStateBytes and modelStateBreakdown', () => {
  it('reproduces the ZeRO paper: Ψ = 7.5e9, N_d = 64 → 120, 31.4, 16.6, 1.9 GB', () => {
    const gb = [0, 1, 2, 3].map((s) => modelStateBytes({ params: 7.5e9, zeroStage: s as 0, dataParallel: 64 }) / 1e9);
    expect(gb.map((x) => Math.round(x * 10) / 10)).toEqual([120, 31.4, 16.6, 1.9]);
  });

  it('splits stage 1 into 15 GB weights, 15 GB gradients and 90/64 GB optimizer states', () => {
    expect(modelStateBreakdown({ params: 7.5e9, zeroStage: 1, dataParallel: 64 })).toEqual({
      params: 15e9,
      gradients: 15e9,
      optimizer: 90e9 / 64,
      total: 30e9 + 90e9 / 64,
    });
  });

  it('rejects an unknown stage, a fractional GPU count and non-positive params', () => {
    expect(() => modelStateBytes({ params: 1e9, zeroStage: 4 as 3, dataParallel: 8 })).toThrow(
      'zeroStage must be 0, 1, 2 or 3, got 4',
    );
    expect(() => modelStateBytes({ params: 1e9, zeroStage: 1, dataParallel: 1.5 })).toThrow(RangeError);
    expect(() => modelStateBytes({ params: 0, zeroStage: 1, dataParallel: 8 })).toThrow(RangeError);
  });

  it('parts add up to the total, every stage saves memory, and one GPU saves nothing', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 1024 }), (psi, nd) => {
        const b = [0, 1, 2, 3].map((s) => modelStateBreakdown({ params: psi, zeroStage: s as 0, dataParallel: nd }));
        b.forEach((x) => expect(x.total).toBeCloseTo(x.params + x.gradients + x.optimizer, 0));
        for (let s = 1; s < 4; s++) expect(b[s].total).toBeLessThanOrEqual(b[s - 1].total);
        if (nd === 1) b.forEach((x) => expect(x.total).toBe(16 * psi));
      }),
      { numRuns: 200 },
    );
  });
});

describe('reference cases (PyTorch / NumPy, tests/fixtures/math-core.json)', () => {
  referenceCasesFor('modelStateBytes', modelStateBytes);
});
