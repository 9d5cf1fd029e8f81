import { memoryCheckpointStore } from '../../src/fit/checkpointStore.ts';
import type { SequenceSet } from '../../src/fit/sequenceSet.ts';
import type { TrainCheckpoint, TrainOptions, TrainResult } from '../../src/fit/trainLoop.ts';

/**
 * The resume scenario shared by the trainers' tests: an uninterrupted run of `opts`, and a run of a fresh model
 * stopped in the middle of epoch 3 (batch 3 of it; 3 batches per epoch) then resumed from its checkpoint by a third
 * model. The caller checks that `second` ends like `whole`.
 */
export async function interruptedAndWhole<M>(
  make: () => M,
  run: (model: M, train: SequenceSet, options: TrainOptions) => Promise<TrainResult>,
  train: SequenceSet,
  opts: TrainOptions,
): Promise<{
  whole: M;
  full: TrainResult;
  part: TrainResult;
  /** the checkpoint's epoch when the interrupted run stopped */
  savedEpoch: number | undefined;
  second: M;
  resumed: TrainResult;
  store: ReturnType<typeof memoryCheckpointStore<TrainCheckpoint>>;
  first: M;
}> {
  const whole = make();
  const full = await run(whole, train, opts);
  const store = memoryCheckpointStore<TrainCheckpoint>();
  const controller = new AbortController();
  const first = make();
  // stop in the middle of epoch 3 (index 3): the checkpoint holds epoch 2, the steps of epoch 3 are lost
  const part = await run(first, train, {
    ...opts,
    checkpoint: store,
    onProgress: (q) => {
      if (q.epoch === 3 && q.step === 3 * 3 + 2) controller.abort();
    },
    signal: controller.signal,
  });
  const savedEpoch = store.value?.epoch;
  const second = make();
  const resumed = await run(second, train, { ...opts, checkpoint: store });
  return { whole, full, part, savedEpoch, second, resumed, store, first };
}
