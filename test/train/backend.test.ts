import { describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/train/backend.ts';
import { sequenceSet } from '../../src/fit/sequenceSet.ts';
import { trainablePredictor } from '../../src/train/trainablePredictor.ts';
import { EPS32, TRAIN_F32_FACTOR } from '../tolerances.ts';
import { forwardScale, legtPredictorFixture, scanPredict, sineSignals } from '../fit/legtFixture.ts';

const N = 8;
const L = 64;
const p = legtPredictorFixture(N, 1 / L);
const signals = sineSignals(2, L);
const set = sequenceSet(signals);

function tinyForward(setting: 'II' | 'IV'): number[][] {
  const model = trainablePredictor(p, { setting });
  const out = model.predict(set, Int32Array.of(0, 1));
  const values = out.arraySync();
  out.dispose();
  model.dispose();
  return values;
}

describe('selectBackend', () => {
  it('runs a tiny forward on wasm and on cpu, both matching the float64 scan', async () => {
    for (const backend of ['wasm', 'cpu'] as const) {
      const sel = await selectBackend({ backend });
      expect(sel.name).toBe(backend);
      expect(tf.getBackend()).toBe(backend);
      for (const setting of ['II', 'IV'] as const) {
        const out = tinyForward(setting);
        for (let s = 0; s < 2; s++) {
          const ref = scanPredict(p, signals[s]).subarray(set.from, set.to);
          const scale = forwardScale(p, L, Math.max(...signals[s].map(Math.abs)));
          for (let k = 0; k < ref.length; k++) {
            expect(Math.abs(out[s][k] - ref[k])).toBeLessThan(
              TRAIN_F32_FACTOR * Math.log2(L) * EPS32 * scale,
            );
          }
        }
      }
    }
  });

  it('rejects an unknown backend name with a RangeError naming the choices', async () => {
    await expect(selectBackend({ backend: 'gpu' as never })).rejects.toThrow(
      /backend must be one of auto, tensorflow/,
    );
  });

  it('falls back to wasm when tfjs-node cannot be imported', async () => {
    const sel = await selectBackend({
      importNode: () => Promise.reject(new Error('Cannot find package tfjs-node')),
    });
    expect(sel.name).toBe('wasm');
    expect(sel.skipped).toEqual([{ name: 'tensorflow', reason: 'Cannot find package tfjs-node' }]);
  });

  it('auto selection with the real (absent here) tfjs-node either uses it or falls back past it', async () => {
    const sel = await selectBackend();
    if (sel.name !== 'tensorflow') {
      expect(sel.skipped[0].name).toBe('tensorflow');
      expect(sel.name).toBe('wasm');
    }
  });

  it('forcing tfjs-node when it cannot load is an error, not a silent fall-back', async () => {
    await expect(
      selectBackend({ backend: 'tensorflow', importNode: () => Promise.reject(new Error('not installed')) }),
    ).rejects.toThrow(/tensorflow: not installed/);
  });
});
