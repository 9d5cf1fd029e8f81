import { selectBackend } from './src/train/backend.ts';
import { diagonalSsm } from './src/train/diagonalSsm.ts';
import { hybridTransformer } from './src/train/hybridTransformer.ts';
import { sequenceSet } from './src/train/sequenceSet.ts';
import { trainModel } from './src/train/trainModel.ts';
import { generateBatch } from './src/systems/generate.ts';
await selectBackend({ backend: 'wasm' });
for (const L of [256, 512]) {
  const set = sequenceSet(generateBatch('mixed', 128, { length: L, seed: 1, whiteDt: 1 / L }).map((g) => g.values[0]));
  for (const [name, mk] of [['s4d', () => diagonalSsm({ width: 32, state: 16, layers: 2 })], ['tf', () => hybridTransformer({ width: 32, heads: 2 })]] as const) {
    try {
    const m = mk(); const times: number[] = [];
    await trainModel(m, set, { epochs: 4, batchSize: 128, onProgress: () => times.push(performance.now()) });
    console.log(L, name, ((times[times.length - 1] - times[0]) / (times.length - 1)).toFixed(0), 'ms/step');
    m.dispose(); } catch (e) { console.log('ERR', name, L, String(e).slice(0, 500)); }
  }
}
