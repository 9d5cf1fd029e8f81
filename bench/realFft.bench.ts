/**
 * The library's own FFT (src/ssm/realFft.ts) against fft.js, in ns per n log2 n (not part of `npm run bench`):
 *
 *   npx tsx bench/realFft.bench.ts
 *
 * Complex transforms of size n (fft.js: powers of two only) and real-input forward transforms of size n (ours via
 * one complex transform of size n/2; fft.js realTransform, half spectrum), and one causal convolution of length
 * L = 10^4 as the FFT path runs it (ours at n = fastRealFftSize(2L - 1) = 20480). Medians of 7 timed batches.
 */
import FFT from 'fft.js';
import {
  causalConvolveInto,
  complexFftPingPong,
  complexFftPlan,
  convolutionSpectrum,
  fastRealFftSize,
  realFft,
  realFftPlan,
} from '../src/ssm/realFft.ts';
import { loadAverage, median } from './benchUtil.ts';

function nsPer(fn: () => void, work: number): number {
  const reps = Math.max(20, Math.round(2e7 / work));
  for (let i = 0; i < reps; i++) fn();
  const ts: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    ts.push(((performance.now() - t0) * 1e6) / reps);
  }
  return median(ts) / work;
}

const rnd = (n: number) => Float64Array.from({ length: n }, (_, i) => Math.sin(1.7 * i + 0.3));
console.log(`load ${loadAverage()}`);
for (const n of [2 ** 14, 2 ** 15, 20_000, 20_480]) {
  const w = n * Math.log2(n);
  const x = rnd(2 * n);
  const pc = complexFftPlan(n);
  const a = new Float64Array(2 * n);
  const b = new Float64Array(2 * n);
  const oursC = nsPer(() => {
    a.set(x);
    complexFftPingPong(pc, a, b);
  }, w);
  const xr = rnd(n);
  const pr = realFftPlan(n);
  const oursR = nsPer(() => realFft(pr, xr), w);
  let line = `n=${n}: ours complex ${oursC.toFixed(3)}, real ${oursR.toFixed(3)} ns/(n log2 n)`;
  if ((n & (n - 1)) === 0) {
    const f = new FFT(n);
    const out = new Float64Array(2 * n);
    const theirsC = nsPer(() => f.transform(out, x), w);
    const theirsR = nsPer(() => f.realTransform(out, xr), w);
    line += `; fft.js complex ${theirsC.toFixed(3)}, real ${theirsR.toFixed(3)}`;
  }
  console.log(line);
}
const L = 10_000;
const n = fastRealFftSize(2 * L - 1);
const plan = realFftPlan(n);
const C = convolutionSpectrum(plan, rnd(L));
const u = rnd(L);
const out = new Float64Array(L);
const work = n * Math.log2(n);
const us = (nsPer(() => causalConvolveInto(plan, C, u, L, out, 0, 0.5), work) * work) / 1e3;
console.log(`causal convolution L=${L} (n=${n}): ${us.toFixed(1)} us per sequence`);
