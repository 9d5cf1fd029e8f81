import { hippo, prophecy, predictNext, oneStepError, copyLast } from '../src/index.ts';

const L = 10_000;
const dt = 1e-4; // step between samples; the LegT window theta = 1 spans the whole context
const u = Float64Array.from({ length: L }, (_, k) => Math.sin(6 * Math.PI * k * dt) + 0.5);

const op = hippo('legt', 17, { theta: 1 }); // continuous HiPPO-LegT operator (A, B)
const ssm = prophecy(op, { dt }); // C = p^T A, D = p^T B, bilinear + trapezoid -> Abar, Bbar, Cbar, Dbar
const uhat = predictNext(ssm, u); // uhat[k] predicts u[k+1] from u[0..k], teacher-forced

console.log('LegT   MSE (2nd half):', oneStepError(uhat, u, { window: 'second-half' }));
console.log('copy-last MSE        :', oneStepError(copyLast(u), u, { window: 'second-half' }));
