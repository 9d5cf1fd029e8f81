import type { LegtBilinearFactor } from '../../construction/legtBilinearFactor.ts';
import { wasmExports } from './wasmInstance.ts';
import { wasmScratch } from './wasmLayout.ts';

/**
 * The LegT bilinear kernel K_j = Cbar Abar^j Bbar, j < L, from both ends (as kernel.ts kernelTwoSided: K_{a+b} =
 * ((Abar^T)^a Cbar) . (Abar^b Bbar), the two O(N) chains advanced together, one per f64x2 lane), or null when the
 * WebAssembly path is unavailable or disabled.
 *
 * @param f - the LegT bilinear factor of Abar (the predictor's legtFactor)
 * @param Bbar - shape [N]
 * @param Cbar - shape [N]
 * @param L - kernel length, integer >= 1
 * @internal
 */
export function legtKernelWasm(
  f: LegtBilinearFactor,
  Bbar: Float64Array,
  Cbar: Float64Array,
  L: number,
): Float64Array | null {
  const ex = wasmExports();
  if (!ex) return null;
  const N = f.N;
  const coefPtr = wasmScratch(ex, 128 * N + 32 * N + 16 * Math.ceil(L / 2));
  const xPtr = coefPtr + 128 * N;
  const yPtr = xPtr + 16 * N;
  const kPtr = yPtr + 16 * N;
  const buf = ex.memory.buffer;
  const coef = new Float64Array(buf, coefPtr, 16 * N);
  const { cr, g, invPivot, lower, upper, fwdDecay, bwdDecay, bwdGain } = f;
  for (let k = 0; k < N; k++) {
    coef.set(
      [
        cr[k],
        g[k],
        1,
        invPivot[k],
        fwdDecay[k],
        bwdDecay[k],
        lower[k],
        upper[k] * invPivot[k],
        upper[k],
        lower[k],
        invPivot[k],
        1,
        bwdDecay[k],
        fwdDecay[k],
        bwdGain[k],
        cr[k],
      ],
      16 * k,
    );
  }
  const x = new Float64Array(buf, xPtr, 2 * N);
  for (let k = 0; k < N; k++) {
    x[2 * k] = Bbar[k];
    x[2 * k + 1] = Cbar[k];
  }
  ex.legtKernel(coefPtr, N, xPtr, yPtr, kPtr, L);
  return new Float64Array(ex.memory.buffer, kPtr, L).slice();
}
