import { prophecy } from '../src/construction/index.ts';
import { discretize } from '../src/discretize/index.ts';
import { hippo } from '../src/hippo/index.ts';
for (const N of [64, 256, 1024]) {
  const op = hippo('legt', N, { theta: 1 });
  for (const dt of [0.5 / (N * N), 1e-3]) {
    let t = performance.now();
    const p = prophecy(op, { dt, output: 'forward-euler' });
    const tf = performance.now() - t;
    t = performance.now();
    const d = discretize(op.A, op.B, dt, 'bilinear');
    const td = performance.now() - t;
    let diff = 0,
      sc = 0;
    for (let i = 0; i < N * N; i++) {
      diff = Math.max(diff, Math.abs(d.Abar.data[i] - p.Abar.data[i]));
      sc = Math.max(sc, Math.abs(d.Abar.data[i]));
    }
    let db = 0,
      sb = 0;
    for (let i = 0; i < N; i++) {
      db = Math.max(db, Math.abs(d.Bbar[i] - p.Bbar[i]));
      sb = Math.max(sb, Math.abs(d.Bbar[i]));
    }
    console.log(
      N,
      dt,
      'fast',
      tf.toFixed(1),
      'ms dense',
      td.toFixed(1),
      'ms relA',
      (diff / sc).toExponential(2),
      'relB',
      (db / sb).toExponential(2),
    );
  }
}
