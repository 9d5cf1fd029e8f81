import { prophecy } from '../src/construction/index.ts';
import { hippo } from '../src/hippo/index.ts';
import { predictNext } from '../src/ssm/predictNext.ts';
import { kernel } from '../src/ssm/kernel.ts';
import { convolutionPlan } from '../src/ssm/partitionedConvolution.ts';
import { createRandom, whiteSignal } from '../src/systems/index.ts';
const L = 10000;
const us = Array.from({ length: 64 }, (_, b) =>
  whiteSignal({ length: L, dt: 1e-3, gamma: 2 }, createRandom(1, b)),
);
console.log(convolutionPlan(L, 1), convolutionPlan(L, 2));
for (const N of [17, 97]) {
  const p = prophecy(hippo('legt', N, { theta: 1 }), { dt: 1e-4 });
  for (let r = 0; r < 5; r++) {
    let t = performance.now();
    kernel(p, 10240, { structured: true });
    const tk = performance.now() - t;
    predictNext(p, us[0], { mode: 'fft' });
    t = performance.now();
    for (const u of us) predictNext(p, u, { mode: 'fft' });
    const tc = performance.now() - t;
    console.log(N, 'kernel', tk.toFixed(1), 'ms; 64 convs (warm)', tc.toFixed(1), 'ms');
  }
}
