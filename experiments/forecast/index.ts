/**
 * Experiment "forecast": in-context forecasting of classic (chaotic and regular) systems by the HiPPO forecaster,
 * its NG-RC anchor, AR least squares, the construction (plain and stabilised) and copy-last (beyond the paper).
 *
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
import { defineExperiment } from '../defineExperiment.ts';
import { forecastClaims } from './claims.ts';
import { forecastFigures } from './figures.ts';
import { forecastScales } from './params.ts';
import { runForecast } from './run.ts';

/** In-context forecasting of classic systems (beyond the paper). */
export const experiment = defineExperiment({
  id: 'forecast',
  title: 'In-context forecasting of classic systems: HiPPO features, NG-RC, AR, the construction, copy-last',
  reproduces: 'beyond the paper',
  notes:
    'Every system is integrated at its registry dt from a seeded random initial condition (stream i of the run seed ' +
    'for initial condition i; 50 time units of transient where the system takes one), unscaled. A method sees the ' +
    'first T samples of every channel (the context) and forecasts the next `horizon` samples free-running; it is ' +
    'fitted and tuned on the context only. Methods (src/forecast forecastWith): hippo-ridge, the HiPPO forecaster ' +
    '(LegT states, N = 4 per channel, window chosen on the context among 4, 8, 16 dt; features: 1, the states, the ' +
    'current values and the quadratic monomials of the values and the 2 leading Legendre coefficients; ridge on the ' +
    'next increment, its strength chosen by a free-running causal hold-out on the last 20 % of the context); ' +
    'hippo-ridge N=2, the same with N = leading = 2, exactly the feature count of NG-RC with k = 3; ngrc, NG-RC ' +
    '(Gauthier et al. 2021) with k = 3 delays at a stride chosen among 1, 2, 4, the same polynomial features and ' +
    'selection; ar, AR(4) least squares on the increment per channel; legt, the construction prophecy(legt(4, ' +
    '32 dt)) per channel run free; legt-stable, the same with its closed loop (docs/theory.md eq. 25) stabilised by ' +
    'stabilizeClosedLoop; copy-last. Valid time: the first step at which sqrt(mean_c ((forecast_c - truth_c) / ' +
    "sigma_c)^2) exceeds 0.4, sigma_c the channel's standard deviation over the context, times dt; in Lyapunov " +
    "times (the registry's lambda_max) for chaotic systems, time units otherwise; a forecast valid over the whole " +
    'horizon is censored (its valid time is the horizon, a lower bound). Diverged: non-finite, or outside the ' +
    "context's range widened 10-fold on both sides. NRMSE at fixed horizons: the median over initial conditions of " +
    'the NRMSE over the first 10, 100, 1000 steps. Quick scale: every system at T = 10^3, only Lorenz at 10^4; ' +
    'paper scale: every system at both. Not included: the trained S4D and hybrid-attention transformer of ' +
    'icl-families. They are scalar one-step models trained on [0, 1]-scaled Mixed functions of 128 (quick) or 512 ' +
    "(paper) samples at dt = 1 / L; here the contexts are 10^3 and 10^4 samples of coupled channels at the systems' " +
    'dt, so using them means a per-channel forecast (no coupling, which a chaotic flow needs), rescaling, contexts ' +
    '2-80x longer than their training and a free run they were never trained for; a fair entry would retrain them ' +
    "per system and context in each run (minutes of TensorFlow.js per cell), beyond this experiment's budget.",
  scales: forecastScales,
  run: runForecast,
  claims: forecastClaims,
  figures: forecastFigures,
});
