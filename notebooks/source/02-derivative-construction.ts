// Notebook source (percent format): build notebooks/02-derivative-construction.ipynb with `npm run notebooks -- --build`.
// %% [markdown]
// # 2. The derivative construction: C, D, the readout and its error vs N
//
// The HiPPO state reconstructs the input near the present through the basis endpoint $p = p(t, t)$:
// $u(t) \approx p^\top x(t)$. Since $p$ does not depend on $t$ for translated measures, differentiating gives
//
// $$u'(t) \approx p^\top x'(t) = p^\top (A x + B u) = C x(t) + D u(t), \qquad C = p^\top A,\; D = p^\top B.$$
//
// So an SSM with the HiPPO $(A, B)$ and the readout $(C, D)$ outputs an approximation of $u'$
// (HiPPO-Prophecy, arXiv:2407.09375). Discretized with step $\Delta t$ and combined with the trapezoid rule, it
// predicts the next sample: $\hat u_{k+1} = \bar C x_{k+1} + \bar D u_k$ with $\bar C = \Delta t\, C / (1 - D\Delta t/2)$,
// $\bar D = (1 + D\Delta t/2)/(1 - D\Delta t/2)$ (`prophecy`).

// %%
import {
  derivativeReadout,
  discretize,
  generate,
  hippo,
  legtReadoutClosedForm,
  loglogSlope,
  matvec,
  oneStepError,
  predictNext,
  prophecy,
  type HippoOperator,
} from 'hippo-prophecy';
import { lineFigure } from 'hippo-prophecy/plot';
import { every, markdown, plot, table } from './show.ts';

// %% [markdown]
// ## C and D
//
// For LegT the sums have a closed form, $C_j = -\frac1\theta \sqrt{2j+1}\,(N^2 - j(j+1))$ and $D = N^2/\theta$.
// The generic $p^\top A$, $p^\top B$ and the closed form agree to rounding:

// %%
const N0 = 6;
const generic = derivativeReadout(hippo('legt', N0, { theta: 1 }));
const closed = legtReadoutClosedForm(N0, 1);
await table([
  { readout: 'C = p^T A', ...Object.fromEntries(Array.from(generic.C, (v, j) => [`j = ${j}`, v])), D: generic.D },
  { readout: 'closed form', ...Object.fromEntries(Array.from(closed.C, (v, j) => [`j = ${j}`, v])), D: closed.D },
]);
const maxDiff = Math.max(...Array.from(generic.C, (v, j) => Math.abs(v - closed.C[j])), Math.abs(generic.D - closed.D));
await markdown(`largest difference: ${maxDiff.toExponential(2)}`);

// %% [markdown]
// $D$ sets the stiffness of the predictor: the trapezoid output needs $D\,\Delta t/2 < 1$ (LegT: $N^2 \Delta t / (2\theta) < 1$).

// %%
await table(
  (['legt', 'lmu', 'lagt', 'fout'] as const).map((m) => ({
    measure: m,
    ...Object.fromEntries([5, 9, 17, 33].map((N) => [`D at N = ${N}`, derivativeReadout(hippo(m, N, { theta: 1 })).D])),
  })),
);

// %% [markdown]
// ## The readout along a trajectory
//
// Drive the operator with $u(t) = \sin(2\pi t) + \tfrac12 \cos(3\pi t)$ (bilinear, $\Delta t = 10^{-3}$) and compare
// the readout $y = C x + D u$ with the exact $u'$ (read at the step midpoints, see `testSignal`).

// %%
const f = (s: number) => Math.sin(2 * Math.PI * s) + 0.5 * Math.cos(3 * Math.PI * s);
const df = (s: number) => 2 * Math.PI * Math.cos(2 * Math.PI * s) - 1.5 * Math.PI * Math.sin(3 * Math.PI * s);

/**
 * The samples u_k = f(t_k), t_k = k dt on [0, 4), and the midpoints t_k - dt/2 at which the state is read: the
 * bilinear step x_k = Abar x_{k-1} + Bbar u_{k-1} holds the input as u_{k-1} over the step, which acts like
 * sampling at the midpoint, so x_k approximates x(t_k - dt/2) to second order.
 */
function testSignal(dt: number) {
  const L = Math.round(4 / dt);
  const t = Float64Array.from({ length: L }, (_, k) => k * dt);
  const mid = t.map((s) => s - dt / 2);
  return { dt, L, t, u: t.map(f), uMid: mid.map(f), du: mid.map(df) };
}

/** y_k = C x_k + D u(t_k - dt/2) along x_k = Abar x_{k-1} + Bbar u_{k-1} (the package's discretize, readout). */
function readoutAlong(op: HippoOperator, sig: ReturnType<typeof testSignal>): Float64Array {
  const { Abar, Bbar } = discretize(op.A, op.B, sig.dt, 'bilinear');
  const { C, D } = derivativeReadout(op);
  const y = new Float64Array(sig.L);
  let x = new Float64Array(op.N);
  for (let k = 0; k < sig.L; k++) {
    if (k > 0) {
      x = matvec(Abar, x);
      for (let n = 0; n < op.N; n++) x[n] += Bbar[n] * sig.u[k - 1];
    }
    let s = D * sig.uMid[k];
    for (let n = 0; n < op.N; n++) s += C[n] * x[n];
    y[k] = s;
  }
  return y;
}

const sig = testSignal(1e-3);
const yByN = [4, 8, 12].map((N) => ({ N, y: readoutAlong(hippo('legt', N, { theta: 1 }), sig) }));
await plot(
  lineFigure({
    title: "LegT derivative readout y = C x + D u against u'(t) (theta = 1, dt = 1e-3)",
    xLabel: 't',
    yLabel: "u'(t)",
    series: [
      { name: "exact u'", x: every(sig.t, 20), y: every(sig.du, 20), color: '#000000' },
      ...yByN.map((r) => ({ name: `N = ${r.N}`, x: every(sig.t, 20), y: every(r.y, 20), dash: 'dash' as const })),
    ],
  }),
);

// %% [markdown]
// The first window ($t < \theta$) is a transient: the state starts at zero, as if $u$ had been 0 before $t = 0$.
// Past it, the maximum readout error against $u'$ behaves very differently per measure:
//
// - **LegT** falls spectrally with $N$ down to a floor set by the discretized state; the floor grows with the
//   stiffness $D = N^2/\theta$ and scales like $\Delta t^2$ (4x smaller $\Delta t$: about 16x lower floor).
// - **LagT**'s basis $L_n(s)\,e^{-s/2}$ is tilted by a decaying exponential, so even a constant past lies outside
//   any finite span: its endpoint reconstruction, and so the readout, barely improve with $N$.
// - **FouT** (odd $N$) reconstructs the periodic extension of the window; at the endpoint it converges to the mean
//   of $u(t)$ and $u(t - \theta)$, so its readout is unbiased only for signals periodic over the window.

// %%
const sigFine = testSignal(2.5e-4);
const Ns = [3, 5, 7, 9, 13, 17, 25, 33];
function maxError(m: 'legt' | 'lagt' | 'fout', N: number, s: ReturnType<typeof testSignal>): number {
  const y = readoutAlong(hippo(m, N, { theta: 1 }), s);
  let e = 0;
  for (let k = Math.round(1.5 / s.dt); k < s.L; k++) e = Math.max(e, Math.abs(y[k] - s.du[k]));
  return e;
}
const errors = [
  { name: 'legt, dt = 1e-3', err: Ns.map((N) => maxError('legt', N, sig)) },
  { name: 'legt, dt = 2.5e-4', err: Ns.map((N) => maxError('legt', N, sigFine)) },
  { name: 'lagt, dt = 1e-3', err: Ns.map((N) => maxError('lagt', N, sig)) },
  { name: 'fout, dt = 1e-3', err: Ns.map((N) => maxError('fout', N, sig)) },
];
await plot(
  lineFigure({
    title: "max |y - u'| over t in [1.5, 4) vs N",
    xLabel: 'N',
    yLabel: 'max error',
    logY: true,
    series: errors.map((m) => ({ name: m.name, x: Ns, y: m.err, markers: true })),
  }),
);
await table(Ns.map((N, i) => ({ N, ...Object.fromEntries(errors.map((m) => [m.name, m.err[i]])) })));

// %% [markdown]
// ## From derivative to next-step prediction
//
// `prophecy` discretizes the operator and the readout; `predictNext(p, u)[k]` forecasts $u_{k+1}$ from
// $u_0..u_k$. On a band-limited white signal the one-step mean squared error falls with $N$ (until $D\Delta t/2$
// approaches 1), and for fixed $N$ it scales like a power of $\Delta t$:

// %%
const white = (step: number) => generate('white-signal', { length: Math.round(4 / step), dt: step, seed: 2, gamma: 2 }).values[0];
const uw = white(1e-3);
const NsPredict = [3, 5, 9, 13, 17, 21, 25, 29];
const mseVsN = NsPredict.map((N) => {
  const p = prophecy(hippo('legt', N, { theta: 1 }), { dt: 1e-3 });
  return oneStepError(predictNext(p, uw), uw, { window: 'second-half' });
});
await plot(
  lineFigure({
    title: 'one-step MSE of the LegT predictor vs N (white signal, gamma = 2, dt = 1e-3, second half)',
    xLabel: 'N',
    yLabel: 'MSE',
    logY: true,
    series: [{ name: 'LegT, theta = 1', x: NsPredict, y: mseVsN, markers: true }],
  }),
);
await table(NsPredict.map((N, i) => ({ N, 'one-step MSE': mseVsN[i] })));

// %%
const dts = [4e-3, 2e-3, 1e-3, 5e-4, 2.5e-4];
const mseVsDt = dts.map((step) => {
  const uu = white(step);
  const p = prophecy(hippo('legt', 9, { theta: 1 }), { dt: step });
  return oneStepError(predictNext(p, uu), uu, { window: 'second-half' });
});
const fit = loglogSlope(dts, mseVsDt);
await plot(
  lineFigure({
    title: `one-step MSE vs dt (LegT N = 9): log-log slope ${fit.slope.toFixed(2)}`,
    xLabel: 'dt',
    yLabel: 'MSE',
    logX: true,
    logY: true,
    series: [{ name: 'LegT N = 9', x: dts, y: mseVsDt, markers: true }],
  }),
);
await markdown(`log-log slope of the MSE against dt: **${fit.slope.toFixed(2)}** (R² ${fit.r2?.toFixed(4) ?? 'n/a'})`);
