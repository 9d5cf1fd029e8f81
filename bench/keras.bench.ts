/**
 * Speed of the Keras layers' forward and backward passes per tfjs backend, each fast path against its twin in the
 * same run, at batch sizes 4 and 64: ProphecyLayer (setting IV, N = 32, L = 1000) 'states' path (chunked scan) vs
 * 'kernel' path (Toeplitz product, trainablePredictor's), and HippoMemory (N = 32, L = 1000) with chunks of 16 steps
 * vs chunks of 1 (a plain L-step scan). Time = median of `repeats` evaluations of the gradients of a mean squared
 * loss with respect to the trainable weights and the input (forward + backward passes), after one warm-up.
 * Run: `npx tsx bench/keras.bench.ts [--repeats 3] [--backends cpu,wasm] [--batches 4,64]`.
 */
import type * as TF from '@tensorflow/tfjs';
import { pathToFileURL } from 'node:url';
import { selectBackend, tf, type BackendName } from '../src/train/backend.ts';
import { HippoMemory, ProphecyLayer } from '../src/train/keras/index.ts';

export interface KerasBenchRow {
  backend: BackendName;
  layer: string;
  fast: string;
  twin: string;
  fastMs: number;
  twinMs: number;
  /** twin time / fast time */
  speedup: number;
}

function medianMs(run: () => void, repeats: number): number {
  run(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Gradients of mean((layer(u) - 1)^2) with respect to the trainable weights (if any) and to the input. */
function gradientStep(layer: TF.layers.Layer, u: TF.Tensor3D): () => void {
  layer.apply(u); // builds
  const vars = layer.trainableWeights.map((w) => w.read() as TF.Variable);
  const loss = (x: TF.Tensor): TF.Scalar => (layer.apply(x) as TF.Tensor).sub(1).square().mean() as TF.Scalar;
  return () =>
    tf.tidy(() => {
      const grads = vars.length > 0 ? Object.values(tf.variableGrads(() => loss(u), vars).grads) : [];
      const gu = tf.grad(loss)(u); // the input gradient (a layer after others in a model needs it)
      [...grads, gu].forEach((g) => g.dataSync());
    });
}

/** Measures the fast paths against their twins on each backend. */
export async function benchKeras(
  options: { backends?: BackendName[]; repeats?: number; batches?: number[] } = {},
): Promise<KerasBenchRow[]> {
  const N = 32;
  const L = 1000;
  const repeats = options.repeats ?? 3;
  const rows: KerasBenchRow[] = [];
  for (const backend of options.backends ?? (['cpu', 'wasm'] as BackendName[])) {
    await selectBackend({ backend });
    for (const batch of options.batches ?? [4, 64]) {
      const u = tf.tensor3d(
        Float32Array.from({ length: batch * L }, (_, i) => Math.sin(0.01 * i) + 0.3 * Math.cos(0.37 * i)),
        [batch, L, 1],
      );
      const prophecyMs = (path: 'states' | 'kernel'): number =>
        medianMs(gradientStep(new ProphecyLayer({ N, dt: 1 / L, setting: 'IV', path }), u), repeats);
      const fastP = prophecyMs('states');
      const twinP = prophecyMs('kernel');
      rows.push({
        backend,
        layer: `ProphecyLayer IV N=${N} L=${L} B=${batch}`,
        fast: "path 'states'",
        twin: "path 'kernel'",
        fastMs: fastP,
        twinMs: twinP,
        speedup: twinP / fastP,
      });
      const memoryMs = (chunk: number): number =>
        medianMs(gradientStep(new HippoMemory({ N, dt: 1 / L, chunk }), u), repeats);
      const fastM = memoryMs(16);
      const twinM = memoryMs(1);
      rows.push({
        backend,
        layer: `HippoMemory N=${N} L=${L} B=${batch}`,
        fast: 'chunk 16',
        twin: 'chunk 1 (L-step scan)',
        fastMs: fastM,
        twinMs: twinM,
        speedup: twinM / fastM,
      });
      u.dispose();
    }
  }
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const rows = await benchKeras({
    repeats: Number(arg('repeats') ?? 3),
    batches: arg('batches')?.split(',').map(Number),
    backends: (arg('backends')?.split(',') as BackendName[] | undefined) ?? undefined,
  });
  console.table(
    rows.map((r) => ({
      ...r,
      fastMs: +r.fastMs.toFixed(0),
      twinMs: +r.twinMs.toFixed(0),
      speedup: +r.speedup.toFixed(2),
    })),
  );
}
