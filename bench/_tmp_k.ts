import { prophecy } from '../src/construction/index.ts';
import { hippo } from '../src/hippo/index.ts';
import { kernel } from '../src/ssm/kernel.ts';
for (const N of [17, 97, 256]) {
  const p = prophecy(hippo('legt', N, { theta: 1 }), { dt: 1e-4 * (N > 100 ? 0.1 : 1) });
  const L = 10241;
  const kd = kernel(p, L, { structured: false });
  let ks = kernel(p, L, { structured: true });
  let best = Infinity;
  for (let r = 0; r < 5; r++) { const t = performance.now(); ks = kernel(p, L, { structured: true }); best = Math.min(best, performance.now() - t); }
  let d = 0, sc = 0; for (let i = 0; i < L; i++) { d = Math.max(d, Math.abs(kd[i] - ks[i])); sc = Math.max(sc, Math.abs(kd[i])); }
  console.log(N, 'kernel ms', best.toFixed(2), 'rel diff', (d / sc).toExponential(2));
}
