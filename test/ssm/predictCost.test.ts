import { afterEach, describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { zeros } from '../../src/linalg/index.ts';
import { MemoryBudgetError, setMemoryBudget } from '../../src/limits/index.ts';
import { fftPredict, kernel, predictCost, predictNext, rollout, scan } from '../../src/ssm/index.ts';
import { fftCost, scanCost } from '../../src/ssm/predictCost.ts';
import { chooseMode as chooseModeInternal } from '../../src/ssm/predictNext.ts';
import { maxRelDiff } from '../helpers/numeric.ts';
import { SSM_SCAN_FFT_REL } from '../tolerances.ts';

afterEach(() => setMemoryBudget(null));

const sine = (L: number, amplitude: number) =>
  Float64Array.from({ length: L }, (_, k) => amplitude * (Math.sin(k / 40) + 0.5 * Math.cos(k / 7)));

describe('predictNext under a memory budget (hardening item 8)', () => {
  const p = prophecy(hippo('legt', 64, { theta: 1 }), { dt: 1e-5 });
  const L = 50_000;

  it("'auto' takes the scan when the FFT's buffers exceed the budget, with the same numbers", () => {
    const fft = fftCost(p, 1, L, false).bytes;
    const sc = scanCost(p, 1, L, 'auto').bytes;
    expect(fft).toBeGreaterThan(20 * sc); // the FFT holds ~72 n bytes, n ~ 2 L; the scan its outputs
    expect(chooseModeInternal(p, 1, L, 1)).toBe('fft');
    setMemoryBudget(Math.floor((fft + sc) / 2));
    expect(chooseModeInternal(p, 1, L, 1)).toBe('scan');
    const u = sine(L, 1);
    const auto = predictNext(p, u);
    setMemoryBudget(null);
    expect(maxRelDiff(auto, scan(p, [u])[0])).toBe(0); // the scan itself
  });

  it("an explicit 'fft' beyond the budget is refused before any work, naming the size and the alternative", () => {
    const sc = scanCost(p, 1, L, 'auto').bytes;
    setMemoryBudget(2 * sc);
    const message = (() => {
      try {
        predictNext(p, sine(L, 1), { mode: 'fft' });
        return '';
      } catch (error) {
        expect(error).toBeInstanceOf(MemoryBudgetError);
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(
      /^predictNext: 1 sequence of L = 50000 on the fft path \(mode 'scan' would need /,
    );
    expect(message).toMatch(/memory budget/);
  });
});

describe('the FFT path at extreme magnitudes (hardening item 13)', () => {
  const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-3 });
  for (const amplitude of [1e305, 1e-305]) {
    it(`|u| ~ ${amplitude}: finite and equal to the scan`, () => {
      const u = sine(1000, amplitude);
      const viaFft = fftPredict(p, [u])[0];
      const viaScan = scan(p, [u])[0];
      expect(viaFft.every(Number.isFinite)).toBe(true);
      // scaling by a power of two is exact, so the agreement is the usual scan-vs-FFT rounding
      expect(maxRelDiff(viaFft, viaScan)).toBeLessThan(SSM_SCAN_FFT_REL);
    });
  }

  it('ordinary magnitudes are untouched: bit-identical to an unscaled run of the same data scaled by 2^k', () => {
    const u = sine(1000, 1);
    const big = u.map((x) => x * 2 ** 900);
    const a = fftPredict(p, [u])[0];
    const b = fftPredict(p, [big])[0].map((x) => x / 2 ** 900);
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});

describe('cost estimates and progress (hardening item 11)', () => {
  it('a dense N = 4096 scan of 10^6 samples is estimated at hours', () => {
    // a hand-made dense discrete system of that size (predictCost needs the shapes; building LagT's Abar would
    // itself take minutes: an O(N^3) solve)
    const N = 4096;
    const Abar = zeros(N, N);
    for (let i = 0; i < N; i++) Abar.data[i * N + i] = 0.5;
    const p = { Abar, Bbar: new Float64Array(N).fill(1), Cbar: new Float64Array(N).fill(1e-3), Dbar: 1 };
    const c = predictCost(p, 1, 1_000_000, { mode: 'scan' });
    expect(c.mode).toBe('scan');
    expect(c.seconds).toBeGreaterThan(3600);
  }, 120_000);

  it("'auto' resolves the mode, and the estimate grows linearly in L for the scan", () => {
    const p = prophecy(hippo('lagt', 64), { dt: 1e-3 });
    const a = predictCost(p, 1, 10_000, { mode: 'scan' });
    const b = predictCost(p, 1, 20_000, { mode: 'scan' });
    expect(b.seconds / a.seconds).toBeCloseTo(2, 12);
    expect(['scan', 'fft']).toContain(predictCost(p, 1, 10_000).mode);
    expect(predictCost(p, 1, 10_000, { teacherRatio: 0.5 }).mode).toBe('scan');
  });

  it('onProgress reports increasing counts up to the total, for the scan and the FFT', () => {
    const p = prophecy(hippo('legt', 8, { theta: 1 }), { dt: 1e-5 });
    const L = 3 * 65536 + 5;
    for (const mode of ['scan', 'fft'] as const) {
      const seen: [number, number][] = [];
      predictNext(p, sine(L, 1), { mode, onProgress: (d, t) => seen.push([d, t]) });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every(([, t]) => t === L)).toBe(true);
      expect(seen.every(([d], i) => i === 0 || d > seen[i - 1][0])).toBe(true);
      if (mode === 'scan') expect(seen.map(([d]) => d)).toEqual([65536, 131072, 196608]);
      else expect(seen.at(-1)?.[0]).toBe(L);
    }
  });
});

describe('options of the ssm entry points (hardening item 16)', () => {
  const p = prophecy(hippo('legt', 4, { theta: 1 }), { dt: 1e-3 });
  const u = sine(10, 1);
  it('null, arrays and strings as options are TypeErrors naming options', () => {
    for (const bad of [null, [], 'fast'] as unknown[]) {
      expect(() => predictNext(p, u, bad as object)).toThrow(/^predictNext: options must be an object/);
      expect(() => scan(p, [u], bad as object)).toThrow(/^scan: options must be an object/);
      expect(() => kernel(p, 10, bad as object)).toThrow(/^kernel: options must be an object/);
      expect(() => rollout(p, u, bad as object)).toThrow(/^rollout: options must be an object/);
    }
  });
  it('a non-function onProgress is refused', () => {
    expect(() => predictNext(p, u, { onProgress: 3 as unknown as () => void })).toThrow(
      /options\.onProgress/,
    );
  });
});
