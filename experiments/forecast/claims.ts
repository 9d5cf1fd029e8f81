/**
 * Claims of the forecast experiment: the rows of bounds.ts, measured on the result. The goal beyond the claims
 * (beating NG-RC at an equal number of features) is reported in the detail of 'within-2x-ngrc', not judged.
 *
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
import { evaluateRegistered, nonEmpty } from '../claims/index.ts';
import { SAME_LEVEL } from '../common/claimFactors.ts';
import type { Claim } from '../types.ts';
import { BOUNDS, MOST } from './bounds.ts';
import { HIPPO, HIPPO_EQUAL, LEGT, LEGT_STABLE, NGRC } from './methods.ts';
import type { ForecastCell, ForecastResult } from './run.ts';

/** The mean of the valid times (NaN for none). */
function meanValid(cell: ForecastCell, label: string): number {
  const v = cell.methods[label]?.valid ?? [];
  return v.length === 0 ? NaN : v.reduce((a, b) => a + b, 0) / v.length;
}

/** Whether both methods stayed valid over the whole horizon at every initial condition of the cell. */
function bothCensored(cell: ForecastCell, a: string, b: string): boolean {
  const n = cell.methods[a].valid.length;
  return n > 0 && cell.methods[a].censored === n && cell.methods[b].censored === n;
}

/** "system T=context". */
function cellName(c: ForecastCell): string {
  return `${c.system} T=${c.context}`;
}

/**
 * The claims of the forecast experiment (see bounds.ts for each bound and its reason).
 *
 * @param r - from runForecast
 * @returns the claims, in the order of the bound table
 * @see arXiv:2407.09375
 */
export function forecastClaims(r: ForecastResult): Claim[] {
  const all = r.cells;
  const forecasts = (label: string) => {
    const cells = nonEmpty(all, 'cell');
    const n = cells.reduce((a, c) => a + c.methods[label].valid.length, 0);
    const diverged = cells.reduce((a, c) => a + c.methods[label].diverged, 0);
    return { n, diverged };
  };
  return evaluateRegistered(BOUNDS, {
    'lorenz-one-lt': () => {
      const [cell] = nonEmpty(
        all.filter((c) => c.system === 'lorenz' && c.context === 10000),
        'Lorenz cell at context 10^4',
      );
      const v = nonEmpty(cell.methods[HIPPO].valid, 'Lorenz initial condition');
      const ok = v.filter((x) => x >= 1).length;
      return {
        value: ok / v.length,
        detail:
          `${ok} of ${v.length} initial conditions >= 1 LT; valid time min ${Math.min(...v).toFixed(2)}, mean ` +
          `${meanValid(cell, HIPPO).toFixed(2)} LT (horizon ${cell.horizonUnits.toFixed(1)} LT)`,
      };
    },
    'within-2x-ngrc': () => {
      const compared = nonEmpty(
        all.filter((c) => !bothCensored(c, HIPPO, NGRC)),
        'cell where not both HiPPO and NG-RC are censored',
      );
      const within = compared.filter((c) => meanValid(c, HIPPO) >= meanValid(c, NGRC) / SAME_LEVEL);
      const worst = compared.filter((c) => !within.includes(c)).map(cellName);
      const better = compared.filter((c) => meanValid(c, HIPPO) > meanValid(c, NGRC)).length;
      const equalCompared = all.filter((c) => !bothCensored(c, HIPPO_EQUAL, NGRC));
      const equalBetter = equalCompared.filter((c) => meanValid(c, HIPPO_EQUAL) > meanValid(c, NGRC)).length;
      const value = within.length / compared.length;
      return {
        value,
        pass: value > MOST,
        detail:
          `within 2x at ${within.length} of ${compared.length} compared cells (${all.length - compared.length} ` +
          `left out: both censored)${worst.length ? `; not at ${worst.join(', ')}` : ''}; strictly longer than ` +
          `NG-RC at ${better} of ${compared.length}; at equal features (${HIPPO_EQUAL}) longer at ${equalBetter} ` +
          `of ${equalCompared.length}`,
      };
    },
    'stable-never-diverges': () => {
      const s = forecasts(LEGT_STABLE);
      return { value: s.diverged, detail: `${s.diverged} of ${s.n} stabilised forecasts diverged` };
    },
    'plain-diverges': () => {
      const p = forecasts(LEGT);
      const rho = nonEmpty(all, 'cell')[0].plainRadius;
      const growth = rho ** r.params.horizon;
      return {
        value: p.diverged / p.n,
        detail:
          `${p.diverged} of ${p.n} plain forecasts diverged; rho = ${rho.toFixed(4)}, rho^horizon = ` +
          `${growth.toExponential(1)}`,
      };
    },
  });
}
