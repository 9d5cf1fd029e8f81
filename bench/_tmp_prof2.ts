import FFT from 'fft.js';
import { prophecy } from '../src/construction/index.ts';
import { hippo } from '../src/hippo/index.ts';
import { fftPredict } from '../src/ssm/fftPredict.ts';
import { CONVOLUTION_COST, convolutionPlan } from '../src/ssm/partitionedConvolution.ts';
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const L = 10000;
const us = Array.from({ length: 64 }, (_, b) =>
  Float64Array.from({ length: L }, (_, k) => Math.sin(k * 0.01 * (b + 1))),
);
const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
for (const M of [512, 1024, 2048, 4096, 16384]) {
  const n = 2 * M;
  const f = new FFT(n);
  const a = new Float64Array(2 * n),
    o = new Float64Array(2 * n);
  for (let i = 0; i < 2 * n; i++) a[i] = Math.random();
  const reps = Math.floor(4e6 / n);
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = cpu();
    for (let i = 0; i < reps; i++) f.transform(o, a);
    best = Math.min(best, (cpu() - t) / reps);
  }
  console.log(
    'fft n',
    n,
    (best * 1e3).toFixed(1),
    'us',
    'ns/(n log n)',
    ((best * 1e6) / (n * Math.log2(n))).toFixed(2),
  );
}
// whole conv per single sequence, cpu time
fftPredict(p, [us[0]]);
let best = Infinity;
for (let r = 0; r < 5; r++) {
  const t = cpu();
  for (const u of us) fftPredict(p, [u]);
  best = Math.min(best, cpu() - t);
}
console.log('64 single convs cpu ms', best.toFixed(1), convolutionPlan(L, 1));
best = Infinity;
for (let r = 0; r < 5; r++) {
  const t = cpu();
  fftPredict(p, us);
  best = Math.min(best, cpu() - t);
}
console.log('batch of 64 cpu ms', best.toFixed(1), convolutionPlan(L, 64));
