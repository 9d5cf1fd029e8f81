import { seededRandom } from './random.ts';

/** The four settings of the paper's trained-vs-constructed experiment (figure 6). */
export const PAPER_SETTINGS = ['I', 'II', 'III', 'IV'] as const;

/**
 * (I) Cbar, Dbar trained from the construction; (II) the construction, untrained; (III) Abar, Bbar fixed at the
 * construction, Cbar, Dbar Gaussian-initialised and trained; (IV) all four from the construction, all trained.
 */
export type PaperSetting = (typeof PAPER_SETTINGS)[number];

/** The parameters of the discrete predictor, by name. */
export type PredictorParamName = 'Abar' | 'Bbar' | 'Cbar' | 'Dbar';

/** The predictor parameters each paper setting trains; the others stay at their initial values. */
export const SETTING_TRAINS: Readonly<Record<PaperSetting, readonly PredictorParamName[]>> = Object.freeze({
  I: Object.freeze(['Cbar', 'Dbar'] as const),
  II: Object.freeze([] as const),
  III: Object.freeze(['Cbar', 'Dbar'] as const),
  IV: Object.freeze(['Abar', 'Bbar', 'Cbar', 'Dbar'] as const),
});

/**
 * The initial readout of a paper setting: the construction's Cbar, Dbar, except in setting III, where Cbar (first)
 * and Dbar are drawn i.i.d. N(0, initStd^2) from seededRandom(seed).
 *
 * @param Cbar - the construction's readout, shape [N]
 * @param Dbar - the construction's skip term
 * @param setting - paper setting
 * @param seed - seed of setting III's draw
 * @param initStd - standard deviation of setting III's draw
 * @returns Cbar (float32, shape [N]) and Dbar
 * @example
 *   const c = Float64Array.of(1, 2);
 *   initialReadout(c, 3, 'I', 0, 1).Dbar === 3;
 *   initialReadout(c, 3, 'III', 7, 1).Cbar[0] === initialReadout(c, 3, 'III', 7, 1).Cbar[0];
 * @see arXiv:2407.09375 (figure 6)
 */
export function initialReadout(
  Cbar: ArrayLike<number>,
  Dbar: number,
  setting: PaperSetting,
  seed: number,
  initStd: number,
): { Cbar: Float32Array; Dbar: number } {
  if (setting !== 'III') return { Cbar: Float32Array.from(Cbar), Dbar };
  const rng = seededRandom(seed);
  const C = new Float32Array(Cbar.length).map(() => initStd * rng.normal());
  return { Cbar: C, Dbar: initStd * rng.normal() };
}
