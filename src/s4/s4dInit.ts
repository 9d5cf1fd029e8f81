import { requireInteger, requireOneOf } from '../util/validate.ts';
import type { ComplexVector } from './nplr.ts';

/** The S4D initialisations of {@link s4dInit}. */
export type S4dInitKind = 'lin' | 'inv';

/**
 * The diagonal S4D initialisations of the state matrix (arXiv:2206.11893, section 4), for a real state size N (even)
 * kept as N/2 complex modes n = 0..N/2-1 whose conjugates are implied (as the S4D paper and s4's code do):
 *
 *   S4D-Lin:  A_n = -1/2 + i pi n
 *   S4D-Inv:  A_n = -1/2 + i (N / pi) (N / (2n + 1) - 1)
 *
 * S4D-Lin's imaginary parts are the frequencies of the FouT basis; S4D-Inv approximates the spectrum of HiPPO-LegS's
 * normal part (its imaginary parts grow like N^2 / (pi (2n + 1)) for small n). The paper writes +i; s4's code stores
 * the conjugates (-i), which describe the same real system. B is 1 for every mode in both.
 *
 * @param kind - 'lin' or 'inv'
 * @param N - real state size, an even integer >= 2 (N/2 complex modes)
 * @returns `{ re, im }` of length N/2 (frozen)
 * @throws RangeError for an unknown kind or N not an even integer >= 2
 * @example
 * const lin = s4dInit('lin', 8); // -1/2 + i pi n, n = 0..3
 * lin.re.length === 4 && Math.abs(lin.im[3] - 3 * Math.PI) < 1e-15;
 * s4dInit('inv', 8).im[0] === (8 / Math.PI) * (8 - 1);
 * @see arXiv:2206.11893 (S4D), arXiv:2206.12037
 */
export function s4dInit(kind: S4dInitKind, N: number): ComplexVector {
  const where = 's4dInit';
  requireOneOf(where, 'kind', kind, ['lin', 'inv']);
  requireInteger(where, 'N', N, 2);
  if (N % 2 !== 0) throw new RangeError(`${where}: N must be even (N/2 conjugate pairs), got ${N}`);
  const H = N / 2;
  const re = new Float64Array(H).fill(-0.5);
  const im = Float64Array.from({ length: H }, (_, n) =>
    kind === 'lin' ? Math.PI * n : (N / Math.PI) * (N / (2 * n + 1) - 1),
  );
  return Object.freeze({ re, im });
}
