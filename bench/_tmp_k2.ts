import { prophecy } from '../src/construction/index.ts';
import { hippo } from '../src/hippo/index.ts';
import { legtKernel } from '../src/ssm/legtKernel.ts';
import { legtBilinearFactor, legtStructuredStepInto } from '../src/ssm/legtStructuredStep.ts';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const N of [17, 97, 256]) {
  const p = prophecy(hippo('legt', N, { theta: 1 }), { dt: 1e-5 });
  const f = legtBilinearFactor(N, 1, 1e-5);
  const L = 10240;
  const single = () => { const K = new Float64Array(L); let v = Float64Array.from(p.Bbar), w = new Float64Array(N); for (let j = 0; j < L; j++) { let s = 0; for (let i = 0; i < N; i++) s += p.Cbar[i] * v[i]; K[j] = s; legtStructuredStepInto(f, v, 0, 0, w, 0); const t = v; v = w; w = t; } return K; };
  const m = (fn: () => unknown) => { let b = Infinity; for (let r = 0; r < 7; r++) { const t = cpu(); fn(); b = Math.min(b, cpu() - t); } return b; };
  console.log(N, 'single chain cpu ms', m(single).toFixed(2), 'two chains', m(() => legtKernel(f, p.Bbar, p.Cbar, L)).toFixed(2));
}
