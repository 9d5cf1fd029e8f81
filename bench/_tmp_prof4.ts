import { prophecy } from '../src/construction/index.ts';
import { hippo } from '../src/hippo/index.ts';
import { predictNext } from '../src/ssm/predictNext.ts';
const L = 10000;
const us = Array.from({ length: 64 }, (_, b) =>
  Float64Array.from({ length: L }, (_, k) => Math.sin(k * 0.01 * (b + 1))),
);
const p = prophecy(hippo('legt', 97, { theta: 1 }), { dt: 1e-4 });
for (let r = 0; r < 40; r++) for (const u of us) predictNext(p, u);
