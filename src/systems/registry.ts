/**
 * The registry of every signal and system generator, with its metadata (used by `generate`, the CLI and the
 * experiments).
 *
 * @see arXiv:2407.09375
 */
import { dampedPendulum, pendulum } from './classic/pendulum.ts';
import { duffing } from './classic/duffing.ts';
import { linearSystem } from './classic/linearSystem.ts';
import { lorenz } from './classic/lorenz.ts';
import { lotkaVolterra } from './classic/lotkaVolterra.ts';
import { mackeyGlass } from './classic/mackeyGlass.ts';
import { massSpring } from './classic/massSpring.ts';
import { rossler } from './classic/rossler.ts';
import { vanDerPol } from './classic/vanDerPol.ts';
import { initValue, num } from './integrate.ts';
import { bernoulli } from './signals/bernoulli.ts';
import { brownian } from './signals/brownian.ts';
import { filteredNoise } from './signals/filteredNoise.ts';
import { gbm } from './signals/gbm.ts';
import { legendre } from './signals/legendre.ts';
import { linearFunction } from './signals/linearFunction.ts';
import { logisticMap } from './signals/logisticMap.ts';
import { mixed } from './signals/mixed.ts';
import { multiSine } from './signals/multiSine.ts';
import { vdpPaper } from './signals/vdpPaper.ts';
import { whiteSignal } from './signals/whiteSignal.ts';
import { inverseDftMemory } from './signals/inverseDft.ts';
import type { SystemDefinition, SystemMemory, SystemName } from './types.ts';

const noLyapunov = { chaotic: false, lyapunov: null, lyapunovSource: null } as const;

/** Signals sampled on x in [0, 1] (the paper's function classes): linspace(0, 1, 10^4) by default. */
const unitInterval = { length: 10000, dt: 1 / 9999, tSpan: [0, 1] as const };

/** Signals sampled in time at dt = 1 ms: 10^4 samples (10 s) by default, no fixed time span. */
const millisecondGrid = { length: 10000, dt: 1e-3, tSpan: null };

/**
 * Peak memory of the white signal (also the mixed family's worst component) for L samples: the inverse DFT's arrays
 * (inverseDftMemory) plus the coefficients, the sample times and the scaled copy (4 L float64).
 */
function whiteSignalMemory(L: number): SystemMemory {
  const dft = inverseDftMemory(L);
  return { bytes: dft.bytes + 8 * 4 * L, heapBytes: dft.heapBytes, longestArray: dft.longestArray };
}

const signals: SystemDefinition[] = [
  {
    name: 'white-signal',
    kind: 'signal',
    dimension: 1,
    channels: ['u'],
    defaults: { gamma: 1, rms: 0.5 },
    random: {},
    ...millisecondGrid,
    timeScale: 1,
    ...noLyapunov,
    scale: 'minmax',
    description:
      'Band-limited white noise (nengo-style White Signal): one period P = L dt (10 s at dt 1e-3, L = 10^4), coefficients a_k + i b_k ~ N(0,1) + i N(0,1) for frequencies k / P <= gamma Hz (gamma = 1, 2, 5 in the paper), inverse DFT, scaled to rms exactly 0.5, then minmax-scaled to [0, 1].',
    memory: ({ length }) => whiteSignalMemory(length),
    run: (ctx) => [
      whiteSignal(
        { length: ctx.t.length, dt: ctx.dt, gamma: num(ctx, 'gamma'), rms: num(ctx, 'rms') },
        ctx.main,
      ),
    ],
  },
  {
    name: 'filtered-noise',
    kind: 'signal',
    dimension: 1,
    channels: ['u'],
    defaults: { alpha: 0.1, nengo: 0 },
    random: {},
    ...millisecondGrid,
    timeScale: 0.1,
    ...noLyapunov,
    scale: 'minmax',
    description:
      "Gaussian white noise through the alpha synapse h(t) = t / alpha^2 exp(-t / alpha) (alpha = 0.05, 0.1, 0.3 in the paper), sampled exactly and stationary from the first sample (autocorrelation (1 + |tau| / alpha) exp(-|tau| / alpha)), then minmax-scaled to [0, 1]. nengo = 1: the convention of nengo's FilteredNoise(synapse=Alpha(alpha)) instead (N(0, 1) / sqrt(dt) held per step, zero-order-hold synapse from rest); the authors do not min-max scale it (scale: 'none').",
    run: (ctx) => {
      const flag = num(ctx, 'nengo');
      if (flag !== 0 && flag !== 1) {
        throw new RangeError(
          `filtered-noise: parameter nengo must be 0 (stationary) or 1 (nengo's convention), got ${flag}`,
        );
      }
      const convention = flag === 1 ? 'nengo' : 'stationary';
      return [
        filteredNoise({ length: ctx.t.length, dt: ctx.dt, alpha: num(ctx, 'alpha'), convention }, ctx.main),
      ];
    },
  },
  {
    name: 'vdp-paper',
    kind: 'signal',
    dimension: 1,
    channels: ['x'],
    defaults: { mu: 7, x0: 0.5 },
    random: {},
    length: 10000,
    dt: 20 / 9999,
    tSpan: [0, 20],
    timeScale: 2 * Math.PI,
    ...noLyapunov,
    scale: 'none',
    description:
      'The authors\' first-order "Van der Pol": x\' = mu (1 - x^2) sin t, x(0) = 0.5, mu = 7, 10^4 samples on [0, 20]; evaluated from its closed form x = tanh(atanh(x0) + mu (cos t0 - cos t)). Deterministic (the seed only drives the observation noise).',
    run: (ctx) => [vdpPaper(ctx.t, { mu: num(ctx, 'mu'), x0: num(ctx, 'x0') })],
  },
  {
    name: 'linear-function',
    kind: 'signal',
    dimension: 1,
    channels: ['u'],
    defaults: { amplitude: 10 },
    random: {},
    ...unitInterval,
    timeScale: 1,
    ...noLyapunov,
    scale: 'none',
    description: 'Linear: a + b x on [0, 1], a, b ~ amplitude U(-1, 1), amplitude = 10.',
    run: (ctx) => [linearFunction(ctx.t, ctx.main, { amplitude: num(ctx, 'amplitude') })],
  },
  {
    name: 'multi-sine',
    kind: 'signal',
    dimension: 1,
    channels: ['u'],
    defaults: { terms: 20, fMin: 0.1, fMax: 50 },
    random: {},
    ...unitInterval,
    timeScale: (2 * Math.PI) / 50,
    ...noLyapunov,
    scale: 'none',
    description:
      'MultipleSine: sum of 20 terms c sin(f x), f ~ U(0.1, 50), c ~ U(-1, 1), divided by its max |.|, x on [0, 1].',
    run: (ctx) => [
      multiSine(ctx.t, ctx.main, {
        terms: num(ctx, 'terms'),
        fMin: num(ctx, 'fMin'),
        fMax: num(ctx, 'fMax'),
      }),
    ],
  },
  {
    name: 'legendre',
    kind: 'signal',
    dimension: 1,
    channels: ['u'],
    defaults: { terms: 15, amplitude: 1000 },
    random: {},
    ...unitInterval,
    timeScale: 1 / 15,
    ...noLyapunov,
    scale: 'none',
    description:
      'Legendre: sum_{n<15} c_n P_n(2x - 1), c_n ~ 1000 U(-1, 1), divided by its max |.|, x on [0, 1].',
    run: (ctx) => [legendre(ctx.t, ctx.main, { terms: num(ctx, 'terms'), amplitude: num(ctx, 'amplitude') })],
  },
  {
    name: 'mixed',
    kind: 'signal',
    dimension: 1,
    channels: ['u'],
    defaults: {
      pMultiSine: 1 / 3,
      pLinear: 0,
      pWhiteSignal: 1 / 3,
      pLegendre: 1 / 3,
      gamma: 1,
      whitePeriod: 10,
    },
    random: {},
    ...unitInterval,
    timeScale: 1,
    ...noLyapunov,
    scale: 'none',
    description:
      'Mixed: MultipleSine / Linear / White Signal / Legendre with probabilities 1/3, 0, 1/3, 1/3 (options pMultiSine, pLinear, pWhiteSignal, pLegendre), each with its own defaults; the White Signal component is one period of whitePeriod = 10 s sampled L times (10^4 samples: dt 1e-3), cutoff gamma = 1 Hz, minmax-scaled. The choice uses its own stream.',
    memory: ({ length }) => whiteSignalMemory(length),
    run: (ctx) => [
      mixed(ctx.t, ctx.main, ctx.choice, {
        pMultiSine: num(ctx, 'pMultiSine'),
        pLinear: num(ctx, 'pLinear'),
        pWhiteSignal: num(ctx, 'pWhiteSignal'),
        pLegendre: num(ctx, 'pLegendre'),
        gamma: num(ctx, 'gamma'),
        whitePeriod: num(ctx, 'whitePeriod'),
      }).values,
    ],
  },
  {
    name: 'bernoulli',
    kind: 'signal',
    dimension: 1,
    channels: ['y'],
    defaults: { y0: 'random' },
    random: { y0: 'U(0.5, 2)' },
    length: 10000,
    dt: 10 / 9999,
    tSpan: [0, 10],
    timeScale: (2 * Math.PI) / 5,
    ...noLyapunov,
    scale: 'none',
    description:
      "Bernoulli ODE y' + cos(5x) y = sin(x) y^(1/2) on [0, 10], y(0) ~ U(0.5, 2); solved through v = sqrt(y), v' = (sin x - cos(5x) v) / 2, with dopri5.",
    run: (ctx) => [
      bernoulli(ctx.t, {
        y0: initValue(ctx, 'y0', (r) => r.uniformIn(0.5, 2)),
        solver: { rtol: ctx.solver.rtol, atol: ctx.solver.atol },
      }),
    ],
  },
  {
    name: 'brownian',
    kind: 'signal',
    dimension: 1,
    channels: ['x'],
    defaults: { mu: 0, sigma: 1, x0: 0 },
    random: {},
    ...millisecondGrid,
    timeScale: 1,
    ...noLyapunov,
    scale: 'none',
    description:
      'Brownian motion x0 + mu t + sigma W_t sampled exactly (Gaussian increments), mu = 0, sigma = 1.',
    run: (ctx) => [
      brownian(
        {
          length: ctx.t.length,
          dt: ctx.dt,
          mu: num(ctx, 'mu'),
          sigma: num(ctx, 'sigma'),
          x0: num(ctx, 'x0'),
        },
        ctx.main,
      ),
    ],
  },
  {
    name: 'gbm',
    kind: 'signal',
    dimension: 1,
    channels: ['s'],
    defaults: { mu: 0.05, sigma: 0.2, s0: 1 },
    random: {},
    ...millisecondGrid,
    timeScale: 1,
    ...noLyapunov,
    scale: 'none',
    description:
      'Geometric Brownian motion dS = mu S dt + sigma S dW, S_0 = 1, mu = 0.05, sigma = 0.2, sampled exactly: S_t = S_0 exp((mu - sigma^2/2) t + sigma W_t).',
    run: (ctx) => [
      gbm(
        {
          length: ctx.t.length,
          dt: ctx.dt,
          mu: num(ctx, 'mu'),
          sigma: num(ctx, 'sigma'),
          s0: num(ctx, 's0'),
        },
        ctx.main,
      ),
    ],
  },
  {
    name: 'logistic-map',
    kind: 'signal',
    dimension: 1,
    channels: ['x'],
    defaults: { r: 3.9, x0: 'random' },
    random: { x0: 'U(0.01, 0.99)' },
    length: 10000,
    dt: 1,
    tSpan: null,
    timeScale: 1,
    chaotic: true,
    // Own computation, not a literature value: the mean of ln|r (1 - 2 x_k)| over 10^7 iterates gives 0.4960 for
    // r = 3.9 (two starting points agree to 3e-5). For comparison, r = 4 gives ln 2 (Sprott 2003, Appendix A).
    lyapunov: 0.496,
    lyapunovSource: 'own computation (mean of ln|r (1 - 2 x)| over 10^7 iterates), per iteration',
    scale: 'none',
    description:
      'Logistic map x_{k+1} = r x_k (1 - x_k), r = 3.9 (chaotic), x_0 ~ U(0.01, 0.99); one sample per iteration.',
    run: (ctx) => [
      logisticMap({
        length: ctx.t.length,
        r: num(ctx, 'r'),
        x0: initValue(ctx, 'x0', (r) => r.uniformIn(0.01, 0.99)),
      }),
    ],
  },
];

const classic: SystemDefinition[] = [
  vanDerPol,
  lorenz,
  rossler,
  duffing,
  lotkaVolterra,
  pendulum,
  dampedPendulum,
  massSpring,
  linearSystem,
  mackeyGlass,
];

function freeze(def: SystemDefinition): SystemDefinition {
  Object.freeze(def.defaults);
  Object.freeze(def.random);
  Object.freeze(def.channels);
  if (def.tSpan !== null) Object.freeze(def.tSpan);
  return Object.freeze(def);
}

/**
 * Every generator by name, with its metadata: kind ('signal' | 'system'), dimension, channel names, parameter
 * defaults (and the distributions of random initial conditions), default length, typical dt, default time span,
 * time scale, whether it is chaotic with its largest Lyapunov exponent and source, default scaling, description.
 *
 * @example systems.lorenz.lyapunov // 0.9056
 * @see arXiv:2407.09375
 */
export const systems: Readonly<Record<SystemName, SystemDefinition>> = Object.freeze(
  Object.fromEntries([...signals, ...classic].map((d) => [d.name, freeze(d)])) as Record<
    SystemName,
    SystemDefinition
  >,
);

/** All generator names, signals first, in registry order. */
export const systemNames: readonly SystemName[] = Object.freeze(Object.keys(systems) as SystemName[]);
