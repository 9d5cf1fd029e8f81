import { describe, expect, it, vi } from 'vitest';
import { trainOnMixed } from '../../../examples/keras-layers.ts';

describe('examples/keras-layers.ts', () => {
  it('trains both tf.sequential models on Mixed functions and their loss falls', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const losses = await trainOnMixed(6);
    expect(log.mock.calls.map((c) => String(c[0]).split(':')[0])).toEqual([
      'copy-last MSE',
      'HippoMemory + dense',
      'dense + S4DLayer + dense',
    ]);
    log.mockRestore();
    for (const curve of Object.values(losses)) {
      expect(curve).toHaveLength(6);
      expect(curve[5]).toBeLessThan(0.5 * curve[0]);
    }
  });
});
