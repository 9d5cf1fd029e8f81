/**
 * W4: building the predictor, prophecy(hippo('legt', N), { dt }) with the bilinear discretization, for N in
 * {256, 1024, 4096}: the O(N^2) LegT path (construction/legtBilinearDiscretize) against the generic O(N^3) dense path
 * (discretize: LU of I - dt/2 A and N solves), which is timed up to N = 1024 and extrapolated as N^3 beyond. The
 * agreement of the two (max |Abar_fast - Abar_dense| / max |Abar_dense|) is reported where both ran.
 */
import { prophecy } from '../src/construction/index.ts';
import { discretize } from '../src/discretize/index.ts';
import { hippo } from '../src/hippo/index.ts';
import { loadAverage, median, sig } from './benchUtil.ts';

export function runW4(log: (s: string) => void = () => {}, sizes = [256, 1024, 4096]) {
  const rows = sizes.map((N) => {
    const t0 = performance.now();
    const op = hippo('legt', N, { theta: 1 });
    const hippoSeconds = (performance.now() - t0) / 1000;
    const dt = 0.5 / (N * N);
    const ts: number[] = [];
    let p = prophecy(op, { dt });
    for (let r = 0; r < (N >= 4096 ? 1 : 3); r++) {
      const t = performance.now();
      p = prophecy(op, { dt });
      ts.push((performance.now() - t) / 1000);
    }
    const prophecySeconds = median(ts);
    let denseSeconds: number | null = null;
    let relDiff: number | null = null;
    if (N <= 1024) {
      const t = performance.now();
      const d = discretize(op.A, op.B, dt, 'bilinear');
      denseSeconds = (performance.now() - t) / 1000;
      let diff = 0;
      let scale = 0;
      for (let i = 0; i < N * N; i++) {
        diff = Math.max(diff, Math.abs(d.Abar.data[i] - p.Abar.data[i]));
        scale = Math.max(scale, Math.abs(d.Abar.data[i]));
      }
      relDiff = diff / scale;
    }
    const row = {
      N,
      hippoSeconds: sig(hippoSeconds),
      prophecySeconds: sig(prophecySeconds),
      denseDiscretizeSeconds: denseSeconds === null ? null : sig(denseSeconds),
      relDiffAbar: relDiff === null ? null : sig(relDiff, 3),
    };
    log(
      `W4 N=${N}: prophecy ${row.prophecySeconds} s (hippo ${row.hippoSeconds} s), dense discretize ` +
        `${row.denseDiscretizeSeconds ?? 'skipped'} s, rel diff ${row.relDiffAbar ?? '-'}`,
    );
    return row;
  });
  const d1024 = rows.find((r) => r.N === 1024)?.denseDiscretizeSeconds ?? null;
  return {
    rows,
    denseExtrapolated4096Seconds: d1024 === null ? null : sig(d1024 * 64, 3),
    load: loadAverage(),
  };
}
