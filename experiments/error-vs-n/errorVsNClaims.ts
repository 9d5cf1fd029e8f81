/**
 * Claims of the error-vs-N experiments (paper figures 3 and 4). Every number is measured; the bands were set after
 * measuring, with the reasons in the experiment notes. Paper numbers we do not reproduce are compared honestly: the
 * claim then checks (and names) the measured offset instead of pretending to agree.
 *
 * @see arXiv:2407.09375
 */
import { claimAtLeast, claimAtMost, claimBetween, guardClaim } from '../runner/claimHelpers.ts';
import type { Claim } from '../types.ts';
import type { ErrorVsNConfig, ErrorVsNResult } from './types.ts';

const fmt = (x: number) => (Number.isFinite(x) ? x.toExponential(2) : String(x));

function indexOfN(result: ErrorVsNResult, N: number): number {
  const i = result.Ns.indexOf(N);
  if (i < 0) throw new RangeError(`N = ${N} is not among the swept N (${result.Ns.join(', ')})`);
  return i;
}

/**
 * The claims of one error-vs-N result against its configuration's expectations.
 *
 * Per parameter value: (1) LegT's second-half error equals copy-last's within 10% for N <= copyLastUpToN; (2) the
 * LegT second-half error at N = 17 against the paper's plateau (within a factor 2, or, when not reproduced, the
 * measured offset band); (3) FouT shows no peak above the copy-last floor (the paper's FouT peak is not
 * reproduced); (4) the LegT / FouT ordering at every N >= from, where one holds; (5) optionally a deep drop of LegT
 * below copy-last at a given N, and agreement with the copy-last and whole-context numbers of paper-notes section 7. Once per figure: (6) the whole-context mean of LegT grows at least 5x from the
 * smallest to the largest N (the window reverses the trend, paper-notes section 7).
 *
 * @param config - the figure configuration (values, expectations)
 * @param result - the measured result
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function errorVsNClaims(config: ErrorVsNConfig, result: ErrorVsNResult): Claim[] {
  const claims: Claim[] = [];
  const p = config.paramName;
  const at17 = () => indexOfN(result, 17);
  config.values.forEach((value, j) => {
    const exp = config.expectations[j];
    const tag = `${p} = ${value}`;
    const panel = () => {
      const found = result.panels.find((q) => q.value === value);
      if (!found) throw new RangeError(`no panel for ${tag}`);
      return found;
    };
    const legt = () => panel().curves.legt['second-half'].mean;
    const fout = () => panel().curves.fout['second-half'].mean;
    const copy = () => panel().copyLast['second-half'].mean;

    const nameCopy = `LegT = copy-last within 10% for N <= ${exp.copyLastUpToN} (${tag}, second half)`;
    claims.push(
      guardClaim(nameCopy, () => {
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
        return claimAtMost(
          nameCopy,
          worst,
          0.1,
          `max |LegT / copy-last - 1| over N <= ${exp.copyLastUpToN}, at N = ${worstN}; copy-last ${fmt(copy())}. ` +
            'With theta = 1 the window spans the whole context and a small N cannot resolve its cycles, so the ' +
            'prediction degenerates to u_k (paper-notes section 7).',
        );
      }),
    );

    if (exp.plateauReproduced) {
      const name = `LegT at N = 17 within 2x of the paper's plateau ${fmt(exp.paperPlateau)} (${tag}, second half)`;
      claims.push(
        guardClaim(name, () => {
          const ours = legt()[at17()];
          return claimBetween(
            name,
            ours / exp.paperPlateau,
            0.5,
            2,
            `ours / paper = ${fmt(ours)} / ${fmt(exp.paperPlateau)}; the poster value is read off a log plot ` +
              '(+-10%) and our generator is a re-implementation (own random streams, exact rms), so a factor 2 band.',
          );
        }),
      );
    } else {
      const [lo, hi] = exp.plateauOffsetBand ?? [NaN, NaN];
      const name = `paper's LegT plateau ${fmt(exp.paperPlateau)} NOT reproduced: paper / ours at N = 17 in [${lo}, ${hi}] (${tag})`;
      claims.push(
        guardClaim(name, () => {
          const ours = legt()[at17()];
          return claimBetween(
            name,
            exp.paperPlateau / ours,
            lo,
            hi,
            `ours ${fmt(ours)} (copy-last ${fmt(copy())}) vs the paper's ${fmt(exp.paperPlateau)}: the offset is ` +
              'already in the signal (copy-last), i.e. in the generator, not in the predictor; see the notes.',
          );
        }),
      );
    }

    const peakText = exp.paperFoutPeak === null ? 'peak' : `peak ${fmt(exp.paperFoutPeak)}`;
    const nameFout = `FouT: no peak above 1.5x copy-last (paper's ${peakText} near N ~ 21 NOT reproduced) (${tag})`;
    claims.push(
      guardClaim(nameFout, () => {
        const f = fout();
        let k = 0;
        for (let i = 1; i < f.length; i++) if (f[i] > f[k]) k = i;
        return claimAtMost(
          nameFout,
          f[k] / copy(),
          1.5,
          `max over N of FouT / copy-last, at N = ${result.Ns[k]} (FouT ${fmt(f[k])}, copy-last ${fmt(copy())})` +
            (exp.paperFoutPeak === null
              ? '; the paper shows FouT rising to a peak near N ~ 21, far above LegT.'
              : `; the paper's FouT peak is ${fmt(exp.paperFoutPeak / f[k])}x our largest FouT error.`),
        );
      }),
    );

    if (exp.ordering) {
      const { from, winner } = exp.ordering;
      const loser = winner === 'legt' ? 'fout' : 'legt';
      const name = `${winner === 'legt' ? 'LegT' : 'FouT'} below ${loser === 'legt' ? 'LegT' : 'FouT'} at every N >= ${from} (${tag}, second half)`;
      claims.push(
        guardClaim(name, () => {
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
          return claimAtMost(
            name,
            worst,
            1,
            `max over N >= ${from} of ${winner} / ${loser} (at N = ${worstN}); the paper shows LegT below FouT ` +
              'at every N > 1.',
          );
        }),
      );
    }

    if (exp.dropAt) {
      const { N, maxRatio } = exp.dropAt;
      const name = `LegT at N = ${N} at most ${maxRatio}x copy-last (${tag}, second half)`;
      claims.push(
        guardClaim(name, () => {
          const ours = legt()[indexOfN(result, N)];
          return claimAtMost(
            name,
            ours / copy(),
            maxRatio,
            `LegT ${fmt(ours)} vs copy-last ${fmt(copy())}: once N resolves the cycles in the window the construction ` +
              'leaves the copy-last floor (paper-notes section 7: ~1e-9 at N = 65, gamma 1).',
          );
        }),
      );
    }

    if (exp.notesCopyLast !== undefined) {
      const ref = exp.notesCopyLast;
      const name = `copy-last second-half MSE within 1.5x of paper-notes section 7's ${fmt(ref)} (${tag})`;
      claims.push(
        guardClaim(name, () =>
          claimBetween(
            name,
            copy() / ref,
            0.66,
            1.5,
            `ours ${fmt(copy())} vs ${fmt(ref)} from an independent NumPy implementation of the same generator ` +
              '(different random draws, so the mean over functions differs by sampling).',
          ),
        ),
      );
    }

    if (exp.notesWholeAtMaxN !== undefined) {
      const ref = exp.notesWholeAtMaxN;
      const name = `LegT whole-context MSE at the largest N within 2x of paper-notes section 7's ${fmt(ref)} (${tag})`;
      claims.push(
        guardClaim(name, () => {
          const m = panel().curves.legt.whole.mean;
          return claimBetween(
            name,
            m[m.length - 1] / ref,
            0.5,
            2,
            `ours ${fmt(m[m.length - 1])} at N = ${result.Ns[result.Ns.length - 1]} vs ${fmt(ref)} (N = 97) from an ` +
              'independent NumPy implementation; the start-up transient dominates, so the sample of functions matters.',
          );
        }),
      );
    }
  });

  const nameWhole =
    'whole-context mean: LegT error grows >= 5x from the smallest to the largest N (every value)';
  claims.push(
    guardClaim(nameWhole, () => {
      let worst = Infinity;
      for (const panel of result.panels) {
        const m = panel.curves.legt.whole.mean;
        worst = Math.min(worst, m[m.length - 1] / m[0]);
      }
      return claimAtLeast(
        nameWhole,
        worst,
        5,
        `min over values of LegT whole(N = ${result.Ns[result.Ns.length - 1]}) / whole(N = ${result.Ns[0]}): start-up ` +
          'transients scale with D = N^2 / theta, so averaging over the whole context reverses the N trend (the ' +
          'growth is smallest, ~7x, where the copy-last floor is highest: gamma 5, alpha 0.05).',
      );
    }),
  );
  return claims;
}
