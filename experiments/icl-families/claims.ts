/**
 * Claims of the in-context-learner families experiment, chosen after measuring the quick scale (seeds 0, 1); each
 * is a check that a rerun can fail.
 *
 * @see arXiv:2407.09375
 */
import { atMost, evaluateClaims } from '../claims/index.ts';
import { seedSpread } from '../common/seedSpread.ts';
import type { SeedSpread } from '../common/seedSpread.ts';
import type { Claim } from '../types.ts';
import type { FamiliesResult, Family, FamilyRun } from './run.ts';

/**
 * Mean, min and max over seeds of one family's error on one test set.
 *
 * @param runs - the result's runs
 * @param family - the learner
 * @param set - a test set name
 * @returns the spread
 */
export function familySpread(runs: FamilyRun[], family: Family, set: string): SeedSpread {
  return seedSpread(runs.filter((r) => r.family === family).map((r) => r.errors[set]));
}

/**
 * The claims: the trained families beat copy-last and the construction on their training distribution (Mixed),
 * and the untrained construction beats them on Linear and Filtered Noise (outside it).
 *
 * @param result - from runIclFamilies
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function iclFamiliesClaims(result: FamiliesResult): Claim[] {
  const worst = (family: Family, set: string): number => familySpread(result.runs, family, set).max;
  const seedsOf = (family: Family, set: string): number[] =>
    result.runs.filter((r) => r.family === family).map((r) => r.errors[set]);
  const construction = (set: string): number => familySpread(result.runs, 'construction', set).mean;
  const trained = ['s4d', 'transformer'] as const;
  return evaluateClaims([
    atMost(
      'trained S4D and transformer beat copy-last on Mixed (their training distribution), every seed',
      1,
      () => ({
        value: Math.max(worst('s4d', 'Mixed'), worst('transformer', 'Mixed')) / result.copyLast.Mixed,
        detail: 'max over seeds and both families of err / copy-last err on Mixed',
      }),
    ),
    atMost(
      'untrained construction beats both trained families by >= 1.5x on Linear and Filtered Noise',
      1 / 1.5,
      () => ({
        value: Math.max(
          ...['Linear', 'Filtered Noise'].flatMap((s) =>
            trained.map((f) => construction(s) / Math.min(...seedsOf(f, s))),
          ),
        ),
        detail:
          'max over {Linear, Filtered Noise} x {s4d, transformer} of err(construction) / best seed err(family); ' +
          'both sets lie outside the Mixed training distribution',
      }),
    ),
    atMost(
      'on Mixed (their training distribution) both trained families beat the construction, every seed',
      1,
      () => ({
        value: Math.max(...trained.map((f) => Math.max(...seedsOf(f, 'Mixed')) / construction('Mixed'))),
        detail:
          'max over {s4d, transformer} x seeds of err(family) / err(construction) on Mixed; at L = 128 the construction ' +
          '(theta = the whole context, N = 8) is no better than copy-last there',
      }),
    ),
  ]);
}
