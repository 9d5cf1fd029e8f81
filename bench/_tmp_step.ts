import { prophecy } from '../src/construction/index.ts';
import { hippo } from '../src/hippo/index.ts';
import { predictNextBatch } from '../src/ssm/predictNext.ts';
import { kernel } from '../src/ssm/kernel.ts';
for (const N of [17, 64, 97, 256, 1024]) {
  const p = prophecy(hippo('legt', N, { theta: 1 }), { dt: 0.5 / (N * N) });
  const L = 20000;
  const us = [0, 1].map((b) => Float64Array.from({ length: L }, (_, k) => Math.sin(0.001 * k * (b + 1))));
  for (const structured of [true, false]) {
    if (!structured && N > 256) continue;
    predictNextBatch(
      p,
      us.map((u) => u.subarray(0, 100)),
      { mode: 'scan', structured },
    );
    let t = performance.now();
    predictNextBatch(p, us, { mode: 'scan', structured });
    const dt2 = (performance.now() - t) / (2 * L);
    t = performance.now();
    predictNextBatch(p, [us[0]], { mode: 'scan', structured });
    const dt1 = (performance.now() - t) / L;
    t = performance.now();
    kernel(p, L, { structured });
    const dk = (performance.now() - t) / L;
    console.log(
      N,
      structured ? 'struct' : 'dense',
      'ns/sample pair',
      (dt2 * 1e6).toFixed(0),
      'single',
      (dt1 * 1e6).toFixed(0),
      'kernel',
      (dk * 1e6).toFixed(0),
      'per N',
      ((dt2 * 1e6) / N).toFixed(2),
    );
  }
}
