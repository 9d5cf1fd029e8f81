/**
 * A dataset of scalar sequences prepared for one-step-ahead training: the inputs u (float64 and float32 copies) and
 * the targets u[k + 1] of the predictions out[k] for k in the loss window [from, to).
 */
export interface SequenceSet {
  /** number of sequences */
  readonly count: number;
  /** sequence length L */
  readonly length: number;
  /** first position of the loss window */
  readonly from: number;
  /** one past the last position of the loss window (at most L - 1: out[L - 1] has no target) */
  readonly to: number;
  /** inputs, shape [count, L], row-major */
  readonly inputs64: Float64Array;
  readonly inputs: Float32Array;
  /** targets u[k + 1] for k in [from, to), shape [count, to - from] */
  readonly targets: Float32Array;
}

/** Options of {@link sequenceSet}. */
export interface SequenceSetOptions {
  /** the loss window starts at floor(lossFrom * L): the paper scores the second half of each context @default 0.5 */
  lossFrom?: number;
}

/**
 * Packs equally long sequences into a {@link SequenceSet}: out[k] predicts u[k + 1], scored for k in
 * [floor(lossFrom L), L - 1).
 *
 * @param sequences - `count` sequences of equal length L >= 2
 * @param options - see {@link SequenceSetOptions}
 * @throws TypeError when the sequences are empty or ragged; RangeError for lossFrom outside [0, 1) or non-finite values
 * @example sequenceSet([[0, 1, 2, 3]]).targets // Float32Array [3] (k = 2 predicts u[3])
 * @see arXiv:2407.09375
 */
export function sequenceSet(
  sequences: ArrayLike<ArrayLike<number>>,
  options: SequenceSetOptions = {},
): SequenceSet {
  const lossFrom = options.lossFrom ?? 0.5;
  if (!(lossFrom >= 0 && lossFrom < 1))
    throw new RangeError(`sequenceSet: lossFrom must lie in [0, 1), got ${lossFrom}`);
  const count = sequences.length;
  if (count === 0) throw new TypeError('sequenceSet: sequences must not be empty');
  const L = sequences[0].length;
  if (L < 2) throw new TypeError(`sequenceSet: sequences must have length >= 2, got ${L}`);
  const from = Math.min(Math.floor(lossFrom * L), L - 2);
  const to = L - 1;
  const R = to - from;
  const inputs64 = new Float64Array(count * L);
  const targets = new Float32Array(count * R);
  for (let s = 0; s < count; s++) {
    const seq = sequences[s];
    if (seq.length !== L)
      throw new TypeError(`sequenceSet: sequence ${s} has length ${seq.length}, expected ${L}`);
    for (let k = 0; k < L; k++) {
      const v = seq[k];
      if (!Number.isFinite(v))
        throw new RangeError(`sequenceSet: sequences[${s}][${k}] must be finite, got ${v}`);
      inputs64[s * L + k] = v;
    }
    for (let k = from; k < to; k++) targets[s * R + k - from] = seq[k + 1];
  }
  return { count, length: L, from, to, inputs64, inputs: Float32Array.from(inputs64), targets };
}
