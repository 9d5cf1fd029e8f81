/** How the continuous (A, B) is discretized. */
export type DiscretizationMethod = 'forward' | 'backward' | 'bilinear' | 'zoh' | { gbt: number };
