/**
 * Throughput of predictNext (samples per second) for the scan (dense Abar and the O(N) structured LegT step) and
 * the FFT convolution (cold: kernel + spectrum computed in the call; warm: spectrum cached), for N in {16, 64, 256},
 * L in {1e3, 1e4, 1e5}, batch 1 and 100; and the time to build the predictor (prophecy) for N in {64, 256, 1024}.
 * Also fits the constants of the 'auto' cost model (src/ssm/predictNext.ts AUTO_COST, and the FFT path's
 * src/ssm/convolutionCost.ts REAL_FFT_CONVOLUTION_COST: ns per n log2 n per sequence, n = fftSizeFor(L)).
 *
 * Run: npx tsx bench/predict.bench.ts   (about 2-3 minutes on 2 cores). Not a test.
 *
 * Scan throughput does not depend on L (every step costs the same), so a scan case whose estimated time exceeds the
 * budget is timed on a prefix of Lrun < L samples (column `Lrun`) and its throughput reported as is.
 */
import { pathToFileURL } from 'node:url';
import { prophecy } from '../src/construction/index.ts';
import type { DiscretePredictor } from '../src/construction/types.ts';
import { hippo } from '../src/hippo/index.ts';
import { fftSizeFor } from '../src/ssm/fftPredict.ts';
import { predictNextBatch } from '../src/ssm/predictNext.ts';

export interface PredictBenchRow {
  readonly kind: 'predict' | 'build';
  /** 'scan-dense' | 'scan-structured' | 'fft-cold' | 'fft-warm' for predict rows; 'prophecy' for build rows */
  readonly method: string;
  readonly N: number;
  readonly L: number;
  readonly batch: number;
  /** samples per sequence actually timed (scan rows may time a prefix) */
  readonly Lrun: number;
  /** best wall time of one call, seconds */
  readonly seconds: number;
  /** batch * Lrun / seconds (predict rows) */
  readonly samplesPerSec: number;
}

const SIZES = [16, 64, 256];
const LENGTHS = [1_000, 10_000, 100_000];
const BATCHES = [1, 100];
/** target wall time per timed call of a scan case, seconds */
const SCAN_BUDGET = 0.6;

function legtPredictor(N: number): DiscretePredictor {
  // D dt / 2 = N^2 dt / 2 = 0.25 < 1, theta = 1
  return prophecy(hippo('legt', N, { theta: 1 }), { dt: 0.5 / (N * N) });
}

function sequences(batch: number, L: number): Float64Array[] {
  return Array.from({ length: batch }, (_, b) =>
    Float64Array.from({ length: L }, (_, k) => Math.sin(0.001 * k * (b + 1)) + 0.5),
  );
}

function time(fn: () => void, reps: number): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

/** rough ns per sample of a scan, to size the timed prefix */
function scanNsEstimate(method: string, N: number): number {
  return method === 'scan-dense' ? 0.9 * N * N + 20 : 10 * N + 20;
}

/**
 * Runs the benchmark and returns its rows (predict rows first, then build rows).
 *
 * @param log - progress callback (one line per case); @default no output
 */
export async function runPredictBench(log: (line: string) => void = () => {}): Promise<PredictBenchRow[]> {
  const rows: PredictBenchRow[] = [];
  for (const N of SIZES) {
    const p = legtPredictor(N);
    for (const L of LENGTHS) {
      for (const batch of BATCHES) {
        for (const method of ['scan-dense', 'scan-structured', 'fft-cold', 'fft-warm']) {
          let Lrun = L;
          let seconds: number;
          if (method.startsWith('scan')) {
            const est = (scanNsEstimate(method, N) * batch * L) / 1e9;
            if (est > SCAN_BUDGET) Lrun = Math.max(50, Math.floor((L * SCAN_BUDGET) / est));
            const us = sequences(batch, Lrun);
            const structured = method === 'scan-structured';
            const reps = est > 0.05 ? 1 : 3;
            predictNextBatch(p, sequences(1, 10), { mode: 'scan', structured }); // warm up the JIT
            seconds = time(() => predictNextBatch(p, us, { mode: 'scan', structured }), reps);
          } else {
            const us = sequences(batch, L);
            if (method === 'fft-cold') {
              // a fresh predictor object each rep, so the kernel spectrum is not cached
              const fresh = Array.from({ length: 2 }, () => legtPredictor(N));
              let r = 0;
              seconds = time(() => predictNextBatch(fresh[r++], us, { mode: 'fft' }), 2);
            } else {
              predictNextBatch(p, us.slice(0, 1), { mode: 'fft' });
              seconds = time(() => predictNextBatch(p, us, { mode: 'fft' }), L * batch > 1e6 ? 1 : 3);
            }
          }
          const row: PredictBenchRow = {
            kind: 'predict',
            method,
            N,
            L,
            batch,
            Lrun,
            seconds,
            samplesPerSec: (batch * Lrun) / seconds,
          };
          rows.push(row);
          log(formatRow(row));
        }
      }
    }
  }
  for (const N of [64, 256, 1024]) {
    const op = hippo('legt', N, { theta: 1 });
    const reps = N >= 1024 ? 1 : 3;
    const seconds = time(() => prophecy(op, { dt: 0.5 / (N * N) }), reps);
    const row: PredictBenchRow = {
      kind: 'build',
      method: 'prophecy',
      N,
      L: 0,
      batch: 0,
      Lrun: 0,
      seconds,
      samplesPerSec: 0,
    };
    rows.push(row);
    log(formatRow(row));
  }
  return rows;
}

function formatRow(r: PredictBenchRow): string {
  if (r.kind === 'build')
    return `build    prophecy(legt)     N=${pad(r.N, 5)}  ${(r.seconds * 1e3).toFixed(1).padStart(9)} ms`;
  return (
    `predict  ${r.method.padEnd(16)} N=${pad(r.N, 5)} L=${pad(r.L, 7)} B=${pad(r.batch, 4)} Lrun=${pad(r.Lrun, 7)} ` +
    `${(r.seconds * 1e3).toFixed(1).padStart(9)} ms  ${r.samplesPerSec.toExponential(2).padStart(9)} samples/s`
  );
}

function pad(v: number, w: number): string {
  return String(v).padStart(w);
}

/**
 * Least-squares constants of the auto cost model: dense scan ns / (N^2 sample), structured ns / (N sample), FFT ns
 * per n log2 n per sequence (warm rows; n = fftSizeFor(L), the real transform size of the FFT path, which convolves
 * each sequence on its own: REAL_FFT_CONVOLUTION_COST).
 */
export function fitAutoCost(rows: readonly PredictBenchRow[]): {
  dense: number;
  structured: number;
  fft: number;
} {
  const ratio = (sel: (r: PredictBenchRow) => boolean, work: (r: PredictBenchRow) => number) => {
    let num = 0;
    let den = 0;
    for (const r of rows.filter(sel)) {
      const ns = r.seconds * 1e9;
      const w = work(r);
      num += ns * w;
      den += w * w;
    }
    return num / den;
  };
  return {
    dense: ratio(
      (r) => r.method === 'scan-dense' && r.N >= 64,
      (r) => r.batch * r.Lrun * r.N * r.N,
    ),
    structured: ratio(
      (r) => r.method === 'scan-structured' && r.N >= 64,
      (r) => r.batch * r.Lrun * r.N,
    ),
    fft: ratio(
      (r) => r.method === 'fft-warm',
      (r) => {
        const n = fftSizeFor(r.L);
        return r.batch * n * Math.log2(n);
      },
    ),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const rows = await runPredictBench((line) => console.log(line));
  const fit = fitAutoCost(rows);
  console.log(
    `\nauto cost fit: dense ${fit.dense.toFixed(3)} ns/(N^2 sample), structured ${fit.structured.toFixed(2)} ns/(N sample), ` +
      `fft ${fit.fft.toFixed(2)} ns/(n log2 n sequence)`,
  );
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
