/**
 * Training speed of the LegT predictor (settings I and IV) per tfjs backend at N = 32, L = 1000, batch 128: optimizer
 * steps per second, timed between the first and last progress callbacks (so one-off state precomputation and the
 * evaluations are excluded). Run: `npx tsx bench/train.bench.ts [--steps 10] [--backends wasm,cpu]`.
 */
import { pathToFileURL } from 'node:url';
import { prophecy } from '../src/construction/index.ts';
import { hippo } from '../src/hippo/index.ts';
import { selectBackend, type BackendName } from '../src/train/backend.ts';
import { sequenceSet } from '../src/fit/sequenceSet.ts';
import { trainModel } from '../src/train/trainModel.ts';
import type { PaperSetting } from '../src/fit/paperSettings.ts';
import { trainablePredictor } from '../src/train/trainablePredictor.ts';

export interface TrainBenchRow {
  backend: BackendName;
  setting: PaperSetting;
  N: number;
  L: number;
  batch: number;
  stepsPerSecond: number;
  msPerStep: number;
}

/** Measures steps per second for each backend and setting (I and IV). */
export async function benchTrain(
  options: { backends?: BackendName[]; steps?: number; N?: number; L?: number; batch?: number } = {},
): Promise<TrainBenchRow[]> {
  const N = options.N ?? 32;
  const L = options.L ?? 1000;
  const batch = options.batch ?? 128;
  const steps = options.steps ?? 10;
  const predictor = prophecy(hippo('legt', N, { theta: 1 }), { dt: 1 / L });
  // smooth signals of two sines with deterministic frequencies
  const signals = Array.from({ length: batch }, (_, s) =>
    Array.from({ length: L }, (_, k) => 0.5 + 0.3 * Math.sin(2 * Math.PI * (1 + (s % 7)) * (k / L) + s)),
  );
  const set = sequenceSet(signals);
  const rows: TrainBenchRow[] = [];
  for (const backend of options.backends ?? (['wasm', 'cpu'] as BackendName[])) {
    await selectBackend({ backend });
    for (const setting of ['I', 'IV'] as PaperSetting[]) {
      const model = trainablePredictor(predictor, { setting });
      const times: number[] = [];
      await trainModel(model, set, {
        epochs: steps + 1,
        batchSize: batch,
        onProgress: () => times.push(performance.now()),
      });
      model.dispose();
      const seconds = (times[times.length - 1] - times[0]) / 1000;
      const stepsPerSecond = (times.length - 1) / seconds;
      rows.push({ backend, setting, N, L, batch, stepsPerSecond, msPerStep: 1000 / stepsPerSecond });
    }
  }
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const rows = await benchTrain({
    steps: Number(arg('steps') ?? 10),
    backends: (arg('backends')?.split(',') as BackendName[] | undefined) ?? undefined,
  });
  console.table(
    rows.map((r) => ({
      ...r,
      stepsPerSecond: +r.stepsPerSecond.toFixed(2),
      msPerStep: +r.msPerStep.toFixed(1),
    })),
  );
}
