/**
 * Investigation (icl-families' paper scale on the tfjs wasm backend): one Adam step of the S4D model and of the hybrid
 * transformer at the paper sizes (L = 512, width 64, S4D state 32 and 3 layers, 4 heads, window 32) on a batch of
 * 128 Mixed functions through trainModel (one epoch of one batch), with a given micro-batch (sequences per
 * forward/backward pass; 'auto': trainModel's choice), each case in its own process (a wasm trap leaves the module
 * unusable). Prints a Markdown table: family, batch, micro-batch, seconds of the step (gradients and the Adam update:
 * the time to the step's progress report minus one evaluation of the batch, timed before) or the error it died
 * with.
 * This is where WASM_TOKENS_PER_PASS (src/train/microBatch.ts) comes from.
 *
 *   npx tsx scripts/investigations/wasmMicroBatch.ts [--cases family:batch:microBatch,...]
 *
 * (default cases s4d:128:auto,transformer:128:auto)
 *
 * @see arXiv:2407.09375
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const child = process.env.WASM_MICROBATCH_CASE;

if (child === undefined) {
  const at = process.argv.indexOf('--cases');
  const cases = (at < 0 ? 's4d:128:auto,transformer:128:auto' : process.argv[at + 1]).split(',');
  console.log('| family | batch | micro-batch | passes | one step |\n|---|---|---|---|---|');
  for (const c of cases) {
    const [family, batch, micro] = c.split(':');
    let out: string;
    try {
      out = execFileSync(process.execPath, ['--import', 'tsx', self], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, WASM_MICROBATCH_CASE: c },
      }).trim();
    } catch (e) {
      const err = e as { stderr?: string };
      const lines = (err.stderr ?? '').split('\n').map((l) => l.trim());
      out = 'crash: ' + (lines.find((l) => /^\w*Error: /.test(l) && l.length < 200) ?? 'no message');
    }
    const passes = micro === 'auto' ? 'auto' : Math.ceil(Number(batch) / Number(micro));
    console.log(`| ${family} | ${batch} | ${micro} | ${passes} | ${out} |`);
  }
} else {
  const [family, batchText, microText] = child.split(':');
  const batch = Number(batchText);
  const { selectBackend } = await import('../../src/train/backend.ts');
  const { diagonalSsm } = await import('../../src/train/diagonalSsm.ts');
  const { hybridTransformer } = await import('../../src/train/hybridTransformer.ts');
  const { evaluateModel, trainModel } = await import('../../src/train/trainModel.ts');
  const { autoMicroBatch } = await import('../../src/train/microBatch.ts');
  const { trainingData } = await import('../../experiments/common/training/data.ts');
  await selectBackend({ backend: 'wasm' });
  // icl-families' Mixed training functions at L = 512, one batch of them: one epoch is one Adam step
  const { train } = trainingData(0, 512, batch, 1);
  const model =
    family === 's4d'
      ? diagonalSsm({ width: 64, state: 32, layers: 3, seed: 1 })
      : hybridTransformer({ width: 64, heads: 4, window: 32, seed: 1 });
  let t0 = performance.now();
  evaluateModel(model, train, batch);
  const evalSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  let stepSeconds = 0;
  const r = await trainModel(model, train, {
    epochs: 1,
    batchSize: batch,
    microBatch: microText === 'auto' ? undefined : Number(microText),
    onProgress: () => (stepSeconds = (performance.now() - t0) / 1000 - evalSeconds),
  });
  const loss = r.epochLoss[0];
  const used = microText === 'auto' ? `passes of ${autoMicroBatch('wasm', 512, batch)}, ` : '';
  const evaluation = `evaluating the ${batch} sequences: ${evalSeconds.toFixed(1)} s`;
  console.log(`${stepSeconds.toFixed(1)} s (${used}loss ${loss.toExponential(3)}; ${evaluation})`);
}
