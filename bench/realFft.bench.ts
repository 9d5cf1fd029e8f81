/**
 * The library's own FFT (src/ssm/fft, JS; src/ssm/wasm, WebAssembly SIMD) against fft.js and against the naive
 * twins of src/ssm/reference, in ns per n log2 n (not part of `npm run bench`):
 *
 *   npx tsx bench/realFft.bench.ts
 *
 * Complex transforms of size n (fft.js: powers of two only), real-input forward transforms of size n (ours via one
 * complex transform of size n/2; fft.js realTransform, half spectrum), and one causal convolution of length
 * L = 10^4 as the FFT path runs it (n = fastRealFftSize(2L - 1) = 20480), JS and WebAssembly, with its speed-up
 * over the direct O(L^2) sum (directConvolution) and the largest difference from it. Medians of 7 timed batches.
 */
import FFT from 'fft.js';
import { complexFftPingPong } from '../src/ssm/fft/complexFft.ts';
import { causalConvolveInto, convolutionSpectrum } from '../src/ssm/fft/convolution.ts';
import { fastRealFftSize } from '../src/ssm/fft/fftSize.ts';
import { complexFftPlan, realFftPlan } from '../src/ssm/fft/plan.ts';
import { realFft } from '../src/ssm/fft/realFft.ts';
import { directConvolution } from '../src/ssm/reference/index.ts';
import { causalConvolveWasmInto, complexFftWasm } from '../src/ssm/wasm/index.ts';
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
  // the WebAssembly transform, copies in and out included
  const wasmC = nsPer(() => complexFftWasm(x, n), w);
  const xr = rnd(n);
  const pr = realFftPlan(n);
  const oursR = nsPer(() => realFft(pr, xr), w);
  let line = `n=${n}: ours complex ${oursC.toFixed(3)} (wasm ${wasmC.toFixed(3)}), real ${oursR.toFixed(3)} ns/(n log2 n)`;
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
const K = rnd(L);
const C = convolutionSpectrum(plan, K);
const u = rnd(L);
const out = new Float64Array(L);
const work = n * Math.log2(n);
const jsUs = (nsPer(() => causalConvolveInto(plan, C, u, L, out, 0, 0.5), work) * work) / 1e3;
const wasmUs = (nsPer(() => causalConvolveWasmInto(plan, C, u, L, out, 0, 0.5), work) * work) / 1e3;
const t0 = performance.now();
const ref = directConvolution(K, u, L, 0.5);
const directUs = (performance.now() - t0) * 1e3;
let diff = 0;
let scale = 0;
ref.forEach((v, t) => {
  diff = Math.max(diff, Math.abs(out[t] - v));
  scale = Math.max(scale, Math.abs(v));
});
console.log(
  `causal convolution L=${L} (n=${n}): JS ${jsUs.toFixed(1)} us, wasm ${wasmUs.toFixed(1)} us per sequence; ` +
    `direct sum ${(directUs / 1e3).toFixed(1)} ms (${(directUs / wasmUs).toFixed(0)}x the wasm time), ` +
    `max rel diff ${(diff / scale).toExponential(2)}`,
);
