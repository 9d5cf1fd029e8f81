/**
 * Entry of `npm run bench`: runs the benchmarks and merges their results into bench/results.json (a selected
 * benchmark replaces only its own entry).
 *
 *   npm run bench                 # all: w0 w1 w2 w3 w4 growth predict train train-peer keras package
 *   npm run bench -- w0 w4        # a selection
 *
 *   w0      public API (predictNext once per sequence, 64 x L = 10^4, N in {17, 65, 97}) vs the NumPy/SciPy peer
 *   w1      fig3-white-vs-n + fig4-filtered-vs-n at paper scale, 2 workers, wall time and peak RSS
 *   w2      predictNext N = 256, L = 10^5, batch 100: dense scan, structured scan, FFT (cold and warm)
 *   w3      rollout (teacherRatio 0.5), N in {64, 256, 1024}, L = 10^4: dense vs structured
 *   w4      prophecy (LegT bilinear) build time, N in {256, 1024, 4096}
 *   growth  predictNext time over L in {10^3..10^6} x N in {16, 64, 256, 1024}, fitted exponents
 *   predict predictNext throughput, scan vs FFT, N in {16, 64, 256}, L in {10^3, 10^4, 10^5}, batch 1 and 100
 *   train   tfjs training steps per second, wasm and cpu backends, settings I and IV (N = 32, L = 1000, batch 128)
 *   train-peer  one Adam step of the analytic trainer vs PyTorch (bench/peer/train_peer.py), settings I and IV,
 *           float32 and float64, batch 128, L = 10^4, N = 32 (bench/trainPeerBench.ts)
 *   keras   Keras layers' gradient time, cpu and wasm: ProphecyLayer states vs kernel path, HippoMemory chunk 16 vs 1
 *   package tarball and install size, browser bundle gzip size, installed CLI cold start vs node -e 0 and tsx
 *
 * Every entry records the machine (core count, CPU) and the load average: the machine may be shared, so ratios
 * measured back to back are what count.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage, machineInfo } from './benchUtil.ts';
import { runW4 } from './buildBench.ts';
import { runPeerBench } from './peerBench.ts';
import { runGrowth, runW2, runW3 } from './scanBench.ts';
import { runW1 } from './sweepBench.ts';
import { runPredictBench } from './predict.bench.ts';
import { benchTrain } from './train.bench.ts';
import { runTrainPeerBench } from './trainPeerBench.ts';
import { benchKeras } from './keras.bench.ts';
import { runPackageBench } from './package.bench.ts';

const ALL = [
  'w0',
  'w1',
  'w2',
  'w3',
  'w4',
  'growth',
  'predict',
  'train',
  'train-peer',
  'keras',
  'package',
] as const;
type BenchId = (typeof ALL)[number];

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, 'results.json');

async function runOne(id: BenchId, log: (s: string) => void): Promise<unknown> {
  switch (id) {
    case 'w0': {
      const rows = runPeerBench({ log });
      return {
        rows,
        allRatiosAtMostOne: rows.every((r) => r.ratio <= 1),
        allAgree: rows.every((r) => r.maxRelDiff <= 1e-9),
      };
    }
    case 'w1':
      return runW1(log);
    case 'w2':
      return runW2(log);
    case 'w3':
      return runW3(log);
    case 'w4':
      return runW4(log);
    case 'growth':
      return runGrowth(log);
    case 'predict':
      return runPredictBench(log);
    case 'train':
      return benchTrain();
    case 'train-peer':
      return runTrainPeerBench({ log });
    case 'keras':
      return benchKeras();
    case 'package':
      return runPackageBench(log);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).map((a) => a.toLowerCase());
  const unknown = args.filter((a) => !(ALL as readonly string[]).includes(a));
  if (unknown.length > 0) {
    console.error(`bench: unknown benchmark(s) ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
    process.exit(2);
  }
  const selected: BenchId[] = args.length > 0 ? (args as BenchId[]) : [...ALL];
  const results: Record<string, unknown> = existsSync(RESULTS)
    ? JSON.parse(readFileSync(RESULTS, 'utf8'))
    : {};
  const machine = machineInfo();
  console.log(
    `bench: ${selected.join(', ')} on ${machine.cores} cores (${machine.cpu}), load ${loadAverage()}`,
  );
  for (const id of selected) {
    const t0 = performance.now();
    const result = await runOne(id, (s) => console.log(s));
    results[id] = {
      date: new Date().toISOString(),
      machine,
      loadAtEnd: loadAverage(),
      benchSeconds: Math.round((performance.now() - t0) / 100) / 10,
      result,
    };
    const tmp = `${RESULTS}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(results, null, 2)}\n`);
    renameSync(tmp, RESULTS);
  }
  console.log(`bench: results written to ${path.relative(process.cwd(), RESULTS)}`);
}

await main();
