import * as oldM from './_tmp_old.ts';
import * as newM from '../src/ssm/legtStructuredStep.ts';
for (const N of [17, 97, 256, 1024]) {
  const fo = oldM.legtBilinearFactor(N, 1, 0.5 / (N * N));
  const fn = newM.legtBilinearFactor(N, 1, 0.5 / (N * N));
  const steps = Math.floor(4e6 / N);
  const X = new Float64Array(2 * N),
    Y = new Float64Array(2 * N);
  const run = (f: () => void) => {
    let best = Infinity;
    for (let r = 0; r < 7; r++) {
      const t = performance.now();
      f();
      best = Math.min(best, performance.now() - t);
    }
    return (best * 1e6) / steps / N;
  };
  const o = run(() => {
    for (let k = 0; k < steps; k++) {
      oldM.legtStructuredStepInto(fo, X, 0, 1, Y, 0);
      oldM.legtStructuredStepInto(fo, Y, 0, 1, X, 0);
    }
  });
  const n1 = run(() => {
    for (let k = 0; k < steps; k++) {
      newM.legtStructuredStepInto(fn, X, 0, 1, Y, 0);
      newM.legtStructuredStepInto(fn, Y, 0, 1, X, 0);
    }
  });
  const n2 = run(() => {
    for (let k = 0; k < steps; k++) {
      newM.legtStructuredStepPairInto(fn, X, 0, N, 1, 1, Y);
      newM.legtStructuredStepPairInto(fn, Y, 0, N, 1, 1, X);
    }
  });
  console.log(
    N,
    'ns per (step N): old',
    (o / 2).toFixed(2),
    'new',
    (n1 / 2).toFixed(2),
    'pair per state',
    (n2 / 4).toFixed(2),
  );
}
