/**
 * W2 (predictNext, N = 256, L = 10^5, batch 100: dense scan vs structured scan vs FFT), W3 (rollout with
 * teacherRatio 0.5, N in {64, 256, 1024}, L = 10^4: dense vs structured) and the cost-growth table (predictNext time
 * for L in {10^3 .. 10^6} x N in {16, 64, 256, 1024} per method, with fitted log-log exponents).
 *
 * A scan costs the same per step whatever L, so cases whose estimated time exceeds the budget are timed on a
 * prefix of Lrun < L samples and their full time extrapolated linearly (reported with `extrapolated: true`); growth
 * cells estimated above ~20 s are not run at all but extrapolated from the fitted model of the same method and N
 * (listed in `skipped`).
 */
import { prophecy } from '../src/construction/index.ts';
import type { DiscretePredictor } from '../src/construction/types.ts';
import { hippo } from '../src/hippo/index.ts';
import { predictNextBatch } from '../src/ssm/predictNext.ts';
import { loglogSlope } from '../src/metrics/loglogSlope.ts';
import { rollout } from '../src/ssm/rollout.ts';
import { loadAverage, median, sig } from './benchUtil.ts';

export type ScanMethod = 'scan-dense' | 'scan-structured' | 'fft-cold' | 'fft-warm';

function legtPredictor(N: number, L: number): DiscretePredictor {
  // dt = 1/L (theta = 1, the window spans the sequence) when the trapezoid allows it, else D dt / 2 = 0.25
  return prophecy(hippo('legt', N, { theta: 1 }), { dt: Math.min(1 / L, 0.5 / (N * N)) });
}

function sequences(B: number, L: number): Float64Array[] {
  return Array.from({ length: B }, (_, b) =>
    Float64Array.from(
      { length: L },
      (_, k) => Math.sin(0.37 * k * (b + 1) * 1e-3) + 0.3 * Math.cos(1e-2 * k),
    ),
  );
}

/** rough ns per sample, to size prefixes and skip cells (calibrated loosely; a 2x error only changes Lrun) */
function estimateNs(method: ScanMethod, N: number, L: number): number {
  if (method === 'scan-dense') return 1.0 * N * N + 30;
  if (method === 'scan-structured') return 7 * N + 30;
  const conv = (60 * Math.log2(Math.max(L, 2))) / 13;
  return method === 'fft-warm' ? conv + 10 : conv + 10 + 7 * N;
}

function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

/** One predictNext measurement: seconds for the whole batch (extrapolated when a prefix was timed). */
export interface ScanCase {
  readonly method: ScanMethod;
  readonly N: number;
  readonly L: number;
  readonly B: number;
  readonly Lrun: number;
  readonly seconds: number;
  readonly samplesPerSec: number;
  readonly extrapolated: boolean;
}

function measure(method: ScanMethod, N: number, L: number, B: number, budget: number, reps = 3): ScanCase {
  const p = legtPredictor(N, L);
  const est = (estimateNs(method, N, L) * B * L) / 1e9;
  let Lrun = L;
  const isScan = method.startsWith('scan');
  if (isScan && est > budget) Lrun = Math.max(200, Math.floor((L * budget) / est));
  const us = sequences(B, Lrun);
  const opts = isScan
    ? { mode: 'scan' as const, structured: method === 'scan-structured' }
    : { mode: 'fft' as const };
  const r = est > 2 ? 1 : reps;
  const ts: number[] = [];
  if (method === 'fft-cold') {
    for (let i = 0; i < r; i++) {
      const fresh = Object.freeze({ ...p });
      ts.push(timeOnce(() => predictNextBatch(fresh, us, opts)));
    }
  } else {
    predictNextBatch(p, sequences(Math.min(B, 2), Math.min(Lrun, 2000)), opts); // JIT warm-up (and kernel for fft-warm)
    if (method === 'fft-warm') predictNextBatch(p, us, opts); // the kernel and block spectra of this very plan
    for (let i = 0; i < r; i++) ts.push(timeOnce(() => predictNextBatch(p, us, opts)));
  }
  const sRun = median(ts);
  const seconds = (sRun * L) / Lrun;
  return {
    method,
    N,
    L,
    B,
    Lrun,
    seconds: sig(seconds),
    samplesPerSec: sig((B * L) / seconds),
    extrapolated: Lrun < L,
  };
}

/** W2: N = 256, L = 10^5, batch 100. */
export function runW2(log: (s: string) => void = () => {}) {
  const cases = (['scan-dense', 'scan-structured', 'fft-cold', 'fft-warm'] as const).map((m) => {
    const c = measure(m, 256, 100_000, 100, 8);
    log(
      `W2 ${m.padEnd(16)} ${c.samplesPerSec.toExponential(2)} samples/s (${c.seconds} s${c.extrapolated ? `, from Lrun = ${c.Lrun}` : ''})`,
    );
    return c;
  });
  const by = (m: ScanMethod) => cases.find((c) => c.method === m)!.seconds;
  return {
    cases,
    structuredOverDense: sig(by('scan-dense') / by('scan-structured')),
    fftWarmOverStructured: sig(by('scan-structured') / by('fft-warm')),
    load: loadAverage(),
  };
}

/** W3: rollout (teacherRatio 0.5), L = 10^4, dense vs structured. */
export function runW3(log: (s: string) => void = () => {}) {
  const L = 10_000;
  const rows = [64, 256, 1024].map((N) => {
    const p = legtPredictor(N, L);
    const [u] = sequences(1, L);
    const res: Record<string, number> = {};
    for (const structured of [false, true]) {
      const est = (estimateNs(structured ? 'scan-structured' : 'scan-dense', N, L) * L) / 1e9;
      const Lrun = est > 6 ? Math.max(500, Math.floor((L * 6) / est)) : L;
      const v = u.subarray(0, Lrun);
      rollout(p, v.subarray(0, 200), { teacherRatio: 0.5, structured });
      const ts: number[] = [];
      for (let i = 0; i < (est > 1 ? 1 : 3); i++)
        ts.push(timeOnce(() => rollout(p, v, { teacherRatio: 0.5, structured })));
      res[structured ? 'structured' : 'dense'] = (median(ts) * L) / Lrun;
      res[structured ? 'structuredLrun' : 'denseLrun'] = Lrun;
    }
    const row = {
      N,
      L,
      denseSeconds: sig(res.dense),
      denseLrun: res.denseLrun,
      structuredSeconds: sig(res.structured),
      structuredLrun: res.structuredLrun,
      speedup: sig(res.dense / res.structured),
    };
    log(
      `W3 N=${N}: dense ${row.denseSeconds} s (Lrun ${row.denseLrun}), structured ${row.structuredSeconds} s, speedup ${row.speedup}x`,
    );
    return row;
  });
  return { rows, load: loadAverage() };
}

/** The growth table: per method and N, time for each L; exponents in L (per N) and in N (per L). */
export function runGrowth(
  log: (s: string) => void = () => {},
  options: { B?: number; cellBudget?: number } = {},
) {
  const { B = 2, cellBudget = 20 } = options;
  const Ls = [1e3, 1e4, 1e5, 1e6];
  const Ns = [16, 64, 256, 1024];
  const methods: ScanMethod[] = ['scan-dense', 'scan-structured', 'fft-warm', 'fft-cold'];
  const cells: ScanCase[] = [];
  const skipped: { method: ScanMethod; N: number; L: number; estimatedSeconds: number }[] = [];
  for (const method of methods) {
    for (const N of Ns) {
      for (const L of Ls) {
        const est = (estimateNs(method, N, L) * B * L) / 1e9;
        if (est > cellBudget) {
          skipped.push({ method, N, L, estimatedSeconds: sig(est, 2) });
          continue;
        }
        // timed in full (no prefix): the growth table is about the measured cost of the whole call
        const c = measure(method, N, L, B, Infinity, L <= 1e4 ? 5 : 1);
        cells.push(c);
        log(
          `growth ${method.padEnd(16)} N=${String(N).padStart(4)} L=${String(L).padStart(7)}: ${c.seconds} s`,
        );
      }
    }
  }
  // fitted growth exponent of the time, 3 significant digits
  const fittedExponent = (xs: number[], ys: number[]) => sig(loglogSlope(xs, ys).slope, 3);
  const exponentsInL: { method: ScanMethod; N: number; exponent: number; points: number }[] = [];
  const exponentsInN: { method: ScanMethod; L: number; exponent: number; points: number }[] = [];
  for (const method of methods) {
    for (const N of Ns) {
      const c = cells.filter((x) => x.method === method && x.N === N && x.L >= 1e4);
      if (c.length >= 2)
        exponentsInL.push({
          method,
          N,
          exponent: fittedExponent(
            c.map((x) => x.L),
            c.map((x) => x.seconds),
          ),
          points: c.length,
        });
    }
    for (const L of Ls) {
      const c = cells.filter((x) => x.method === method && x.L === L && x.N >= 64);
      if (c.length >= 2)
        exponentsInN.push({
          method,
          L,
          exponent: fittedExponent(
            c.map((x) => x.N),
            c.map((x) => x.seconds),
          ),
          points: c.length,
        });
    }
  }
  // extrapolate skipped cells from the largest measured cell of the same method and N, with the fitted L exponent
  const extrapolated = skipped.map((s) => {
    const same = cells.filter((x) => x.method === s.method && x.N === s.N).sort((a, b) => b.L - a.L)[0];
    const eL = exponentsInL.find((e) => e.method === s.method && e.N === s.N)?.exponent ?? 1;
    return { ...s, extrapolatedSeconds: same ? sig(same.seconds * (s.L / same.L) ** eL, 3) : null };
  });
  return { B, cells, skipped: extrapolated, exponentsInL, exponentsInN, load: loadAverage() };
}
