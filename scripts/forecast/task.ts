/**
 * Worker task of the forecast measurement (scripts/forecast/table.ts): one trajectory of one system, every method
 * forecasting its continuation from the same context, scored against the truth.
 */
import { METHOD_SPECS } from '../../experiments/forecast/methods.ts';
import { scoreMethod, trajectoryData } from '../../experiments/forecast/trajectory.ts';
import type {
  MethodScore,
  TrajectoryInput as ExperimentInput,
} from '../../experiments/forecast/trajectory.ts';

export { METHOD_SPECS };

/** Input of {@link runTrajectory}: one trajectory of the experiment's task and the labels of the methods to run. */
export type TrajectoryInput = Pick<
  ExperimentInput,
  'system' | 'context' | 'horizon' | 'seed' | 'stream' | 'transient'
> & { labels: string[] };

/** Scores of one method on one trajectory (experiments/forecast scoreMethod) and its seconds. */
export interface MethodResult extends MethodScore {
  /** fit, selection, free run and scoring */
  seconds: number;
}

/** Runs every requested method on one trajectory. */
export function runTrajectory(input: TrajectoryInput): MethodResult[] {
  const data = trajectoryData(input);
  return METHOD_SPECS.filter((s) => input.labels.includes(s.label)).map((spec) => {
    const t0 = performance.now();
    const { score } = scoreMethod(spec, data, []);
    return { ...score, seconds: (performance.now() - t0) / 1000 };
  });
}
