// Notebook source (percent format): build notebooks/01-hippo-operators.ipynb with `npm run notebooks -- --build`.
// %% [markdown]
// # 1. HiPPO operators: matrices, bases, reconstruction
//
// A HiPPO operator is a linear ODE $x'(t) = A x(t) + B u(t)$ whose state $x(t) \in \mathbb{R}^N$ holds the
// coefficients of the projection of the input's history onto an orthogonal basis $p_n(t, s)$ under a measure
// $\omega(t, s)$ (arXiv:2008.07669). Reading the state back through the basis reconstructs the past:
//
// $$u(t - s) \approx \sum_{n<N} x_n(t)\, p_n(t, t - s).$$
//
// This notebook uses the `hippo-prophecy` package only (the built package, as `npm install` gives it): it builds the
// operators, draws their matrices and bases, and measures how well the state reconstructs a signal's recent
// past as $N$ grows.

// %%
import {
  discretize,
  generate,
  hippo,
  matvec,
  measureNames,
  measures,
  type HippoOperator,
} from 'hippo-prophecy';
import { heatmapFigure, lineFigure } from 'hippo-prophecy/plot';
import { every, linspace, matrix, plot, table } from './show.ts';

// %% [markdown]
// ## The measures
//
// Translated measures (LegT, LMU, LagT, FouT) look at a window of length $\theta$ (LagT: an exponentially
// decaying weight with time scale $\theta$) that slides with $t$; LegS scales its window to the whole past
// $[0, t]$ and so is time-varying ($x' = \frac1t (A x + B u)$).

// %%
await table(
  measureNames.map((name) => ({
    measure: name,
    kind: measures[name].kind,
    N: measures[name].nConstraint,
    'default theta': measures[name].defaultTheta,
    description: measures[name].description,
  })),
)

// %% [markdown]
// ## LegT matrices
//
// For LegT, $A_{nk} = -\frac{1}{\theta}\sqrt{2n+1}\sqrt{2k+1}\,(1 \text{ if } n \ge k \text{ else } (-1)^{n-k})$,
// $B_n = \sqrt{2n+1}/\theta$ and the basis at the present is $p_n(t, t) = \sqrt{2n+1}$ (`endpoint`).

// %%
const legt6 = hippo('legt', 6, { theta: 1 });
await matrix(legt6.A, 3)

// %%
await table([
  { vector: 'B', ...Object.fromEntries(Array.from(legt6.B, (v, n) => [`n = ${n}`, v])) },
  { vector: 'endpoint p(t, t)', ...Object.fromEntries(Array.from(legt6.endpoint, (v, n) => [`n = ${n}`, v])) },
])

// %% [markdown]
// The matrices of every measure at $N = 15$ (colour: $\log_{10} |A_{nk}|$). LegT is full below the diagonal
// with a checkerboard above it, LegS is lower triangular, LagT lower triangular with constant entries, FouT couples
// each cosine/sine pair.

// %%
for (const name of ['legt', 'legs', 'lagt', 'fout'] as const) {
  const op = hippo(name, 15, { theta: 1 });
  const idx = Array.from({ length: op.N }, (_, i) => i);
  const absA = { rows: op.N, cols: op.N, data: op.A.data.map(Math.abs) };
  await plot(
    heatmapFigure({
      title: `${name}: log10 |A|, N = ${op.N}`,
      xLabel: 'k',
      yLabel: 'n',
      zLabel: 'log10 |A_nk|',
      x: idx,
      y: idx,
      z: absA,
      logZ: true,
    }),
    340,
  );
}

// %% [markdown]
// ## Bases
//
// `op.basis(lags)` evaluates $p_n(t, t - s)$ at lags $s \ge 0$ into the past: the scaled Legendre polynomials
// on the window for LegT, Laguerre functions for LagT, and the Fourier basis for FouT.

// %%
const lags = linspace(0, 1, 101);
function basisFigure(op: HippoOperator, count: number) {
  const P = op.basis(lags);
  return lineFigure({
    title: `${op.measure} basis p_n(t, t - s), theta = ${op.theta}`,
    xLabel: 'lag s',
    yLabel: 'p_n',
    series: Array.from({ length: count }, (_, n) => ({
      name: `n = ${n}`,
      x: lags,
      y: Array.from({ length: lags.length }, (_, i) => P.data[i * op.N + n]),
    })),
  });
}
await plot(basisFigure(hippo('legt', 8, { theta: 1 }), 5))

// %%
await plot(basisFigure(hippo('lagt', 8, { theta: 1 }), 5))

// %%
await plot(basisFigure(hippo('fout', 9, { theta: 1 }), 5))

// %% [markdown]
// ## Reconstruction
//
// Drive the operator with a band-limited white signal (bilinear discretization, $\Delta t = 10^{-3}$), stop at
// $t_{\text{end}}$, and read the last window back: $\hat u(t_{\text{end}} - s) = \text{basis}(s)\,x(t_{\text{end}})$.

// %%
const dt = 1e-3;
const L = 3000;
const signal = generate('white-signal', { length: L, dt, seed: 1, gamma: 2 });
const u = signal.values[0];

/** The state after the whole signal: x_{k+1} = Abar x_k + Bbar u_k, from the package's discretize. */
function finalState(op: HippoOperator): Float64Array {
  const { Abar, Bbar } = discretize(op.A, op.B, dt, 'bilinear');
  let x = new Float64Array(op.N);
  for (let k = 0; k < L; k++) {
    x = matvec(Abar, x);
    for (let n = 0; n < op.N; n++) x[n] += Bbar[n] * u[k];
  }
  return x;
}

/** The reconstruction of the last window and the true past (lags 0..theta, on the sample grid). */
function reconstruct(op: HippoOperator) {
  const m = Math.round(op.theta / dt);
  const s = Float64Array.from({ length: m + 1 }, (_, i) => i * dt);
  const recon = matvec(op.basis(s), finalState(op));
  const truth = Float64Array.from(s, (_, i) => u[L - 1 - i]);
  return { s, recon, truth };
}

const recon = [4, 8, 16].map((N) => ({ N, ...reconstruct(hippo('legt', N, { theta: 1 })) }));
await plot(
  lineFigure({
    title: 'LegT reconstruction of the last window (theta = 1)',
    xLabel: 'lag s',
    yLabel: 'u(t_end - s)',
    series: [
      { name: 'signal', x: every(recon[0].s, 10), y: every(recon[0].truth, 10), color: '#000000' },
      ...recon.map((r) => ({ name: `N = ${r.N}`, x: every(r.s, 10), y: every(r.recon, 10), dash: 'dash' as const })),
    ],
  }),
)

// %% [markdown]
// The root-mean-square reconstruction error over the window falls quickly with $N$ for this smooth signal, until
// the discretization error of $\Delta t$ takes over.

// %%
const Ns = [2, 4, 6, 8, 12, 16, 24, 32];
const rmsByMeasure = (['legt', 'lagt', 'fout'] as const).map((name) => ({
  name,
  rms: Ns.map((N) => {
    const op = hippo(name, name === 'fout' ? N + 1 : N, { theta: 1 });
    const r = reconstruct(op);
    let e = 0;
    for (let i = 0; i < r.s.length; i++) e += (r.recon[i] - r.truth[i]) ** 2;
    return Math.sqrt(e / r.s.length);
  }),
}));
await plot(
  lineFigure({
    title: 'reconstruction error of the last window vs N (FouT uses N + 1, odd)',
    xLabel: 'N',
    yLabel: 'RMS error',
    logY: true,
    series: rmsByMeasure.map((m) => ({ name: m.name, x: Ns, y: m.rms, markers: true })),
  }),
)

// %%
await table(Ns.map((N, i) => ({ N, ...Object.fromEntries(rmsByMeasure.map((m) => [m.name, m.rms[i]])) })))
