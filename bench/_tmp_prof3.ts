import { kernelBlockSpectra, partitionedConvolveInto } from '../src/ssm/partitionedConvolution.ts';
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const L = 10000;
const us = Array.from({ length: 64 }, (_, b) =>
  Float64Array.from({ length: L }, (_, k) => Math.sin(k * 0.01 * (b + 1))),
);
const K = Float64Array.from({ length: 40000 }, (_, k) => Math.exp(-k / 3000));
for (const M of [512, 1024, 2048, 4096, 8192, 16384]) {
  const P = Math.ceil(L / M);
  const spec = kernelBlockSpectra(K, M, P);
  const out = new Float64Array(L);
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = cpu();
    for (const u of us) partitionedConvolveInto(spec, { M, P, n: 2 * M }, [u], L, out);
    best = Math.min(best, cpu() - t);
  }
  let best2 = Infinity;
  const out2 = new Float64Array(64 * L);
  for (let r = 0; r < 5; r++) {
    const t = cpu();
    partitionedConvolveInto(spec, { M, P, n: 2 * M }, us, L, out2);
    best2 = Math.min(best2, cpu() - t);
  }
  console.log(
    'M',
    M,
    'P',
    P,
    'single ms/seq',
    (best / 64).toFixed(3),
    'batch ms/seq',
    (best2 / 64).toFixed(3),
  );
}
