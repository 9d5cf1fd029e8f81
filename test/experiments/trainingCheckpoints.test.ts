/**
 * The training experiments' two kinds of checkpoints through the real runner and the real on-disk stores: the
 * runner's (ctx.checkpoint, `checkpoints/`) and the training loop's (trainModel's, `training-checkpoints/`, stamped
 * and checksummed). They used to share checkpoints/<key>.json, so a finished run rerun at another seed or scale
 * failed with "trainModel: checkpoint is for undefined seed undefined".
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTrainingPlan, trainingPlan } from '../../experiments/common/training/trainingPlan.ts';
import { defineExperiment } from '../../experiments/defineExperiment.ts';
import { TRAINING_CHECKPOINTS_DIR } from '../../experiments/runner/outputLayout.ts';
import type { RunExperimentsOptions } from '../../experiments/runner/runTypes.ts';
import type { Experiment } from '../../experiments/types.ts';
import { selectBackend } from '../../src/train/backend.ts';
import { fileCheckpointStore, TRAIN_CHECKPOINT_FORMAT } from '../../src/fit/checkpointStore.ts';
import { sequenceSet } from '../../src/fit/sequenceSet.ts';
import type { TrainCheckpoint } from '../../src/fit/trainLoop.ts';
import { trainModel } from '../../src/train/trainModel.ts';
import { trainablePredictor } from '../../src/train/trainablePredictor.ts';
import { legtPredictorFixture, sineSignals } from '../fit/legtFixture.ts';
import { quietRun } from '../runner/fixtures/quietRun.ts';

let out: string;
beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
  out = await mkdtemp(join(tmpdir(), 'hp-train-ckpts-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const L = 40;
const init = legtPredictorFixture(4, 1 / L);

/** A small training experiment shaped like fig6-trained: settings I (trained) and II (not), one checkpoint each. */
function trainingExperiment(storeKind: 'io.checkpoint' | 'checkpointFile'): Experiment {
  return defineExperiment({
    id: 'tiny-training',
    title: 'tiny training',
    reproduces: 'test fixture',
    notes: '',
    scales: { quick: { epochs: 2 }, paper: { epochs: 3 } },
    async run(ctx, { epochs }) {
      const train = sequenceSet(sineSignals(8, L, 3 + ctx.seed));
      const plan = trainingPlan(['I', 'II'] as const, 1, 'II');
      const runs = await runTrainingPlan(ctx, plan, epochs, async ({ variant, seed }, io) => {
        const model = trainablePredictor(init, { setting: variant, seed: ctx.seed * 10 + seed });
        const checkpoint =
          storeKind === 'io.checkpoint'
            ? io.checkpoint
            : fileCheckpointStore<TrainCheckpoint>(io.checkpointFile);
        const r = await trainModel(model, train, { epochs, batchSize: 4, seed: ctx.seed, checkpoint });
        model.dispose();
        return { variant, steps: r.steps, loss: r.evals[r.evals.length - 1].trainLoss };
      });
      return { runs };
    },
    claims: () => [],
    figures: () => ({}),
  });
}

const run = (exp: Experiment, extra: Partial<RunExperimentsOptions>) => quietRun([exp], out, extra);

describe('training checkpoints', () => {
  for (const storeKind of ['io.checkpoint', 'checkpointFile'] as const) {
    it(`finish, then rerun at another seed and scale, then --force (${storeKind}): no collision`, async () => {
      const exp = trainingExperiment(storeKind);
      const first = await run(exp, { seed: 0, force: true });
      expect(first.results[0].error).toBeUndefined();
      const dir = join(out, 'tiny-training');
      const runner = JSON.parse(await readFile(join(dir, 'checkpoints', 'run-I-0.json'), 'utf8')) as object;
      expect(runner).toHaveProperty('sha256');
      expect(runner).not.toHaveProperty('format');
      const names = await readdir(join(dir, TRAINING_CHECKPOINTS_DIR));
      expect(names).toEqual(
        [expect.stringMatching(/^run-I-0-[0-9a-f]{12}\.json$/), expect.stringMatching(/^run-II-0-/)].sort(),
      );
      const training = JSON.parse(await readFile(join(dir, TRAINING_CHECKPOINTS_DIR, names[0]), 'utf8')) as {
        format: string;
        stamp: Record<string, unknown>;
      };
      expect(training.format).toBe(TRAIN_CHECKPOINT_FORMAT);
      if (storeKind === 'io.checkpoint') {
        expect(training.stamp).toMatchObject({ scale: 'quick', seed: 0, variant: 'I', seedIndex: 0 });
        expect(training.stamp.run).toMatch(/^[0-9a-f]{16}$/);
      }

      for (const extra of [{ seed: 1 }, { seed: 1, scale: 'paper' as const }, { seed: 0, force: true }]) {
        const again = await run(exp, extra);
        expect(again.results[0].error).toBeUndefined();
        expect(again.results[0].status).toBe('passed');
      }
      const record = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) as {
        result: { runs: { variant: string; steps: number }[] };
      };
      expect(record.result.runs.map((r) => [r.variant, r.steps])).toEqual([
        ['I', 2 * 2],
        ['II', 0],
      ]);
      // --force emptied the training namespace: only the latest run's files are there
      expect(await readdir(join(dir, TRAINING_CHECKPOINTS_DIR))).toHaveLength(2);
      expect(existsSync(join(dir, 'checkpoints', 'run-II-0.json'))).toBe(true);
    });
  }
});
