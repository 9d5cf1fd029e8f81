/**
 * Claims of the error-vs-N experiments (paper figures 3 and 4). Every number is measured; the bands were set after
 * measuring, with the reasons in the experiment notes. Paper numbers we do not reproduce are compared honestly: the
 * claim then checks (and names) the measured offset instead of pretending to agree.
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, between, evaluateClaims } from '../../claims/index.ts';
import type { ClaimSpec } from '../../claims/index.ts';
import type { Claim } from '../../types.ts';
import type { ErrorVsNResult, ErrorVsNSetup } from './types.ts';

const fmt = (x: number) => (Number.isFinite(x) ? x.toExponential(2) : String(x));

function indexOfN(result: ErrorVsNResult, N: number): number {
  const i = result.Ns.indexOf(N);
  if (i < 0) throw new RangeError(`N = ${N} is not among the swept N (${result.Ns.join(', ')})`);
  return i;
}

/**
 * The claims of one error-vs-N result against its setup's expectations.
 *
 * Per parameter value: (1) LegT's second-half error equals copy-last's within 10% for N <= copyLastUpToN; (2) the
 * LegT second-half error at N = 17 against the paper's plateau (within a factor 2, or, when not reproduced, the
 * measured offset band); (3) FouT shows no peak above the copy-last floor (the paper's FouT peak is not
 * reproduced); (4) the LegT / FouT ordering at every N >= from, where one holds; (5) optionally a deep drop of LegT
 * below copy-last at a given N, and agreement with the copy-last and whole-context numbers of an independent NumPy
 * implementation. Once per figure: (6) the whole-context mean of LegT grows at least 5x from the smallest to the
 * largest N (start-up transients grow with D = N^2, so that window reverses the trend).
 *
 * @param setup - the figure's setup (values, expectations)
 * @param result - the measured result
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function errorVsNClaims(setup: ErrorVsNSetup, result: ErrorVsNResult): Claim[] {
  const specs: ClaimSpec[] = [];
  const p = setup.paramName;
  const at17 = () => indexOfN(result, 17);
  setup.values.forEach((value, j) => {
    const exp = setup.expectations[j];
    const tag = `${p} = ${value}`;
    const panel = () => {
      const found = result.panels.find((q) => q.value === value);
      if (!found) throw new RangeError(`no panel for ${tag}`);
      return found;
    };
    const legt = () => panel().curves.legt['second-half'].mean;
    const fout = () => panel().curves.fout['second-half'].mean;
    const copy = () => panel().copyLast['second-half'].mean;

    specs.push(
      atMost(`LegT = copy-last within 10% for N <= ${exp.copyLastUpToN} (${tag}, second half)`, 0.1, () => {
        let worst = 0;
        let worstN = NaN;
        result.Ns.forEach((N, i) => {
          if (N > exp.copyLastUpToN) return;
          const dev = Math.abs(legt()[i] / copy() - 1);
          if (!(dev <= worst)) {
            worst = dev;
            worstN = N;
          }
        });
        return {
          value: worst,
          detail:
            `max |LegT / copy-last - 1| over N <= ${exp.copyLastUpToN}, at N = ${worstN}; copy-last ${fmt(copy())}. ` +
            'With theta = 1 the window spans the whole context and a small N cannot resolve its cycles, so the ' +
            'prediction degenerates to u_k (paper-notes section 7).',
        };
      }),
    );

    if (exp.plateauReproduced) {
      specs.push(
        between(
          `LegT at N = 17 within 2x of the paper's plateau ${fmt(exp.paperPlateau)} (${tag}, second half)`,
          0.5,
          2,
          () => {
            const ours = legt()[at17()];
            return {
              value: ours / exp.paperPlateau,
              detail:
                `ours / paper = ${fmt(ours)} / ${fmt(exp.paperPlateau)}; the poster value is read off a log plot ` +
                '(+-10%) and our generator is a re-implementation (own random streams, exact rms), so a factor 2 band.',
            };
          },
        ),
      );
    } else {
      const [lo, hi] = exp.plateauOffsetBand ?? [NaN, NaN];
      specs.push(
        between(
          `paper's LegT plateau ${fmt(exp.paperPlateau)} NOT reproduced: paper / ours at N = 17 in [${lo}, ${hi}] (${tag})`,
          lo,
          hi,
          () => {
            const ours = legt()[at17()];
            return {
              value: exp.paperPlateau / ours,
              detail:
                `ours ${fmt(ours)} (copy-last ${fmt(copy())}) vs the paper's ${fmt(exp.paperPlateau)}: the offset is ` +
                'already in the signal (copy-last), i.e. in the generator, not in the predictor; see the notes.',
            };
          },
        ),
      );
    }

    const peakText = exp.paperFoutPeak === null ? 'peak' : `peak ${fmt(exp.paperFoutPeak)}`;
    specs.push(
      atMost(
        `FouT: no peak above 1.5x copy-last (paper's ${peakText} near N ~ 21 NOT reproduced) (${tag})`,
        1.5,
        () => {
          const f = fout();
          let k = 0;
          for (let i = 1; i < f.length; i++) if (f[i] > f[k]) k = i;
          return {
            value: f[k] / copy(),
            detail:
              `max over N of FouT / copy-last, at N = ${result.Ns[k]} (FouT ${fmt(f[k])}, copy-last ${fmt(copy())})` +
              (exp.paperFoutPeak === null
                ? '; the paper shows FouT rising to a peak near N ~ 21, far above LegT.'
                : `; the paper's FouT peak is ${fmt(exp.paperFoutPeak / f[k])}x our largest FouT error.`),
          };
        },
      ),
    );

    if (exp.ordering) {
      const { from, winner } = exp.ordering;
      const loser = winner === 'legt' ? 'fout' : 'legt';
      const name = `${winner === 'legt' ? 'LegT' : 'FouT'} below ${loser === 'legt' ? 'LegT' : 'FouT'} at every N >= ${from} (${tag}, second half)`;
      specs.push(
        atMost(name, 1, () => {
          const w = winner === 'legt' ? legt() : fout();
          const l = loser === 'legt' ? legt() : fout();
          let worst = 0;
          let worstN = NaN;
          result.Ns.forEach((N, i) => {
            if (N < from) return;
            const r = w[i] / l[i];
            if (!(r <= worst)) {
              worst = r;
              worstN = N;
            }
          });
          return {
            value: worst,
            detail:
              `max over N >= ${from} of ${winner} / ${loser} (at N = ${worstN}); the paper shows LegT below FouT ` +
              'at every N > 1.',
          };
        }),
      );
    }

    if (exp.dropAt) {
      const { N, maxRatio } = exp.dropAt;
      specs.push(
        atMost(`LegT at N = ${N} at most ${maxRatio}x copy-last (${tag}, second half)`, maxRatio, () => {
          const ours = legt()[indexOfN(result, N)];
          return {
            value: ours / copy(),
            detail:
              `LegT ${fmt(ours)} vs copy-last ${fmt(copy())}: once N resolves the cycles in the window the construction ` +
              'leaves the copy-last floor (paper-notes section 7: ~1e-9 at N = 65, gamma 1).',
          };
        }),
      );
    }

    if (exp.notesCopyLast !== undefined) {
      const ref = exp.notesCopyLast;
      specs.push(
        between(
          `copy-last second-half MSE within 1.5x of paper-notes section 7's ${fmt(ref)} (${tag})`,
          0.66,
          1.5,
          () => ({
            value: copy() / ref,
            detail:
              `ours ${fmt(copy())} vs ${fmt(ref)} from an independent NumPy implementation of the same generator ` +
              '(different random draws, so the mean over functions differs by sampling).',
          }),
        ),
      );
    }

    if (exp.notesWholeAtMaxN !== undefined) {
      const ref = exp.notesWholeAtMaxN;
      specs.push(
        between(
          `LegT whole-context MSE at the largest N within 2x of paper-notes section 7's ${fmt(ref)} (${tag})`,
          0.5,
          2,
          () => {
            const m = panel().curves.legt.whole.mean;
            return {
              value: m[m.length - 1] / ref,
              detail:
                `ours ${fmt(m[m.length - 1])} at N = ${result.Ns[result.Ns.length - 1]} vs ${fmt(ref)} (N = 97) from an ` +
                'independent NumPy implementation; the start-up transient dominates, so the sample of functions matters.',
            };
          },
        ),
      );
    }
  });

  specs.push(
    atLeast(
      'whole-context mean: LegT error grows >= 5x from the smallest to the largest N (every value)',
      5,
      () => {
        let worst = Infinity;
        for (const panel of result.panels) {
          const m = panel.curves.legt.whole.mean;
          worst = Math.min(worst, m[m.length - 1] / m[0]);
        }
        return {
          value: worst,
          detail:
            `min over values of LegT whole(N = ${result.Ns[result.Ns.length - 1]}) / whole(N = ${result.Ns[0]}): start-up ` +
            'transients scale with D = N^2 / theta, so averaging over the whole context reverses the N trend (the ' +
            'growth is smallest, ~7x, where the copy-last floor is highest: gamma 5, alpha 0.05).',
        };
      },
    ),
  );
  return evaluateClaims(specs);
}
