/** The four settings of the paper's trained-vs-constructed experiment (figure 6). */
export const PAPER_SETTINGS = ['I', 'II', 'III', 'IV'] as const;

/**
 * (I) Cbar, Dbar trained from the construction; (II) the construction, untrained; (III) Abar, Bbar fixed at the
 * construction, Cbar, Dbar Gaussian-initialised and trained; (IV) all four from the construction, all trained.
 */
export type PaperSetting = (typeof PAPER_SETTINGS)[number];
