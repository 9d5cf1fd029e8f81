/**
 * The exact continuous-time transfer function of the FouT derivative readout, H(s) = C (sI - A)^-1 B + D, evaluated
 * on the imaginary axis in O(N) per frequency through the operator's structure:
 *
 *   A = R - g e e^T,  g = 2 / theta,  R block diagonal (a 1x1 zero block for c_0, one 2x2 skew block per harmonic),
 *   B = g e,  (sI - A)^-1 B = g M^-1 e / (1 + g e^T M^-1 e),   M = sI - R   (Sherman-Morrison).
 *
 * For an input u(t) = sum_m a_m exp(i w_m t) the model's periodic steady state gives y(t) = sum_m a_m H(i w_m)
 * exp(i w_m t) exactly (no time stepping, no transient), so the derivative error is
 * sum_m a_m (H(i w_m) - i w_m) exp(i w_m t).
 *
 * @see arXiv:2407.09375, arXiv:2206.12037
 */
import type { HippoOperator } from '../../src/hippo/index.ts';
import { derivativeReadout } from '../../src/construction/index.ts';

/** A complex number as a pair. */
export interface Complex {
  re: number;
  im: number;
}

/** Precomputed pieces of {@link foutTransfer}: the blocks of R, e, B, C, D. */
export interface FoutTransferPlan {
  N: number;
  /** diagonal of the 1x1 block and the 2x2 blocks [a, b, c, d] of R, row-major */
  blocks: { start: number; size: 1 | 2; r: number[] }[];
  e: Float64Array;
  g: number;
  B: Float64Array;
  C: Float64Array;
  D: number;
}

/**
 * Splits a FouT operator into R + rank one and checks that R is block diagonal (1x1 then 2x2 blocks).
 *
 * @param op - a FouT operator ('fout' or 'fout-code'), A [N, N] with N odd
 * @returns the plan used by {@link foutTransfer}
 * @throws RangeError when the operator does not have the FouT structure (an entry of R outside the blocks)
 * @example foutTransferPlan(hippo('fout', 9))
 */
export function foutTransferPlan(op: HippoOperator): FoutTransferPlan {
  const { N, theta } = op;
  const e = op.endpoint;
  const g = 2 / theta;
  const R = new Float64Array(N * N);
  let scale = 0;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      R[i * N + j] = op.A.data[i * N + j] + g * e[i] * e[j];
      scale = Math.max(scale, Math.abs(op.A.data[i * N + j]));
    }
  const blockOf = (i: number) => (i === 0 ? 0 : Math.ceil(i / 2));
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      if (blockOf(i) !== blockOf(j) && Math.abs(R[i * N + j]) > 1e-12 * scale) {
        throw new RangeError(
          `foutTransferPlan: ${op.measure} is not FouT-structured: A + (2/theta) e e^T has entry (${i}, ${j}) = ${R[i * N + j]} outside its block`,
        );
      }
    }
  const blocks: FoutTransferPlan['blocks'] = [{ start: 0, size: 1, r: [R[0]] }];
  for (let s = 1; s + 1 < N + 1; s += 2) {
    blocks.push({
      start: s,
      size: 2,
      r: [R[s * N + s], R[s * N + s + 1], R[(s + 1) * N + s], R[(s + 1) * N + s + 1]],
    });
  }
  for (let i = 0; i < N; i++) {
    if (Math.abs(op.B[i] - g * e[i]) > 1e-12 * Math.max(1, g)) {
      throw new RangeError(
        `foutTransferPlan: ${op.measure} is not FouT-structured: B[${i}] = ${op.B[i]} != (2/theta) e[${i}]`,
      );
    }
  }
  const { C, D } = derivativeReadout(op);
  return { N, blocks, e, g, B: op.B, C, D };
}

const cmul = (a: Complex, b: Complex): Complex => ({
  re: a.re * b.re - a.im * b.im,
  im: a.re * b.im + a.im * b.re,
});
const cadd = (a: Complex, b: Complex): Complex => ({ re: a.re + b.re, im: a.im + b.im });
const cdiv = (a: Complex, b: Complex): Complex => {
  const d = b.re * b.re + b.im * b.im;
  return { re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d };
};
const cscale = (a: Complex, k: number): Complex => ({ re: a.re * k, im: a.im * k });

/**
 * H(i w) = C (i w I - A)^-1 B + D for a FouT operator (exact, O(N)), using B = g e:
 * with M = i w I - R and phi_j = e_j^T adj(M_j) e_j / det(M_j) per block j, (sI - A) z = g e gives
 * z = g M^-1 e / (1 + g sum_j phi_j). Both numerator and denominator are multiplied by det(M_b) of the block
 * closest to singular, so the formula stays finite at the represented harmonics (where det(M_b) = 0 and z lies in
 * the null space of M_b).
 *
 * @param plan - from {@link foutTransferPlan}
 * @param w - angular frequency (rad per unit time)
 * @returns H(i w)
 * @example foutTransfer(foutTransferPlan(hippo('fout', 9)), 2 * Math.PI) // ~ 2 pi i (an exactly represented harmonic)
 */
export function foutTransfer(plan: FoutTransferPlan, w: number): Complex {
  const e = plan.e;
  // per block: det and adj(M_j) e_j
  const dets: Complex[] = [];
  const adjE: Complex[][] = [];
  for (const blk of plan.blocks) {
    const i = blk.start;
    if (blk.size === 1) {
      dets.push({ re: -blk.r[0], im: w });
      adjE.push([{ re: e[i], im: 0 }]);
      continue;
    }
    const [a, b, c, d] = blk.r;
    const sa: Complex = { re: -a, im: w };
    const sd: Complex = { re: -d, im: w };
    dets.push(cadd(cmul(sa, sd), { re: -b * c, im: 0 }));
    // adj(M_b) = [[s - d, b], [c, s - a]]
    adjE.push([
      cadd(cscale(sd, e[i]), { re: b * e[i + 1], im: 0 }),
      cadd({ re: c * e[i], im: 0 }, cscale(sa, e[i + 1])),
    ]);
  }
  let pivot = 0;
  for (let j = 1; j < dets.length; j++)
    if (Math.hypot(dets[j].re, dets[j].im) < Math.hypot(dets[pivot].re, dets[pivot].im)) pivot = j;
  const eDot = (j: number, v: Complex[]): Complex => {
    const st = plan.blocks[j].start;
    let acc: Complex = { re: 0, im: 0 };
    v.forEach((x, k) => (acc = cadd(acc, cscale(x, e[st + k]))));
    return acc;
  };
  let sumOthers: Complex = { re: 0, im: 0 };
  for (let j = 0; j < dets.length; j++)
    if (j !== pivot) sumOthers = cadd(sumOthers, cdiv(eDot(j, adjE[j]), dets[j]));
  const detB = dets[pivot];
  const denom = cadd(
    cmul(detB, cadd({ re: 1, im: 0 }, cscale(sumOthers, plan.g))),
    cscale(eDot(pivot, adjE[pivot]), plan.g),
  );
  let h: Complex = { re: plan.D, im: 0 };
  for (let j = 0; j < dets.length; j++) {
    const st = plan.blocks[j].start;
    const factor =
      j === pivot ? cdiv({ re: plan.g, im: 0 }, denom) : cdiv(cscale(detB, plan.g), cmul(dets[j], denom));
    adjE[j].forEach((x, k) => (h = cadd(h, cscale(cmul(x, factor), plan.C[st + k]))));
  }
  return h;
}
