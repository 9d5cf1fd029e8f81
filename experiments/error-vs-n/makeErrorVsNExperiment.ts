/**
 * Builds an Experiment (experiments/types.ts) from an error-vs-N configuration; figures 3 and 4 are two instances.
 *
 * @see arXiv:2407.09375
 */
import type { Experiment } from '../types.ts';
import { errorVsNClaims } from './errorVsNClaims.ts';
import { errorVsNFigures } from './errorVsNFigures.ts';
import { runErrorVsN } from './runErrorVsN.ts';
import type { ErrorVsNConfig, ErrorVsNResult } from './types.ts';

/**
 * The Experiment of one error-vs-N figure.
 *
 * @param config - id, title, signal, parameter values, expectations, scales
 * @returns the experiment (run, claims, figures)
 * @throws RangeError when values and expectations differ in length
 * @see arXiv:2407.09375
 */
export function makeErrorVsNExperiment(config: ErrorVsNConfig): Experiment<ErrorVsNResult> {
  if (config.values.length !== config.expectations.length) {
    throw new RangeError(`${config.id}: one expectation per parameter value is needed`);
  }
  return {
    id: config.id,
    title: config.title,
    reproduces: config.reproduces,
    notes: config.notes,
    scales: config.scales,
    run: (ctx) => runErrorVsN(ctx, config, config.scales[ctx.scale]),
    claims: (result) => errorVsNClaims(config, result),
    figures: (result) => errorVsNFigures(config, result),
  };
}
