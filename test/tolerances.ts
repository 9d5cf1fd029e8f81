/**
 * Every numeric tolerance the tests use, in one place, each with the reason for its value.
 * Areas append their own block below; keep one constant per distinct reason.
 */

/** Default for float64 results of a few well-conditioned operations: a few hundred ulps of O(1) numbers. */
export const TIGHT = 1e-12;

/** Log-log slopes of convergence studies must lie within this distance of the declared order (design.md). */
export const ORDER_SLOPE = 0.3;

// --- linalg / discretize ---

/** expm against closed forms on well-conditioned inputs: Higham's Pade(13) has backward error ~2^-53; 1e-13 leaves
 * room for the squarings' rounding (measured 1e-16..3e-15). */
export const EXPM_REL = 1e-13;

/** expm identities (e^{2A} = (e^A)^2, shifts) on a random matrix of norm ~30: the exponential's condition number
 * grows like ||A||, so errors of ~1e-13 are expected there. */
export const EXPM_ILLCOND = 1e-11;

/** Our results against mathjs (expm, inv): two independent float64 algorithms, each off by cond * eps. */
export const MATHJS_CROSS = 1e-11;

/** LU solve normwise backward error ||A x - b|| / (||A|| ||x||): a small multiple of n * eps for n <= 40. */
export const BACKWARD_STABLE = 1e-14;

// --- baselines / metrics ---

/** Finite-difference extrapolation of a polynomial of degree <= p, relative to max|u|: the samples carry ~1 ulp of
 * rounding each, amplified by sum |c_i| = 2^(p+1) - 1 <= 31 for p <= 4, so ~1e-14; 1e-12 leaves headroom. */
export const FD_EXACT = 1e-12;

/** Savitzky-Golay / polynomial extrapolation of polynomials up to its degree, relative to max|u| (derivatives:
 * max|u| / dt^m): weights from a QR of the window's Vandermonde matrix in [-1, 1] coordinates, whose condition
 * number grows with the degree; measured 2e-16..1.5e-15 for degree <= 8, 2e-13 at degree 10. */
export const SG_EXACT = 1e-12;

/** AR least squares on noise-free recurrences after warm-up: the relative ridge (default 1e-12) biases the forecast
 * by ~ridge / (smallest relative eigenvalue of X^T X); measured 6e-12 (sine, order 4) to 1.4e-9 (two sines, order
 * 4, the smallest eigenvalue ~1e-3). */
export const AR_EXACT = 1e-8;

// --- ssm ---

/** O(N) structured LegT bilinear step vs the dense step with Abar from a pivoted solve: both are backward stable,
 * differing by ~cond(I - dt/2 A) * eps; measured <= 1e-14 in the predictor regime (D dt/2 < 1) and 9e-14 at
 * N = 257, dt/theta = 0.5 (cond ~ 100). */
export const SSM_STRUCTURED_REL = 1e-12;

// --- train (tfjs, float32) ---

/** float32 unit roundoff 2^-24. The tfjs forward pass of the predictor against the float64 scan, relative to the
 * scale S = (|Dbar| + sum_j |K_j|) max|u|: the products' summations and the log2(L) squarings of Abar each add
 * O(eps32) relative error, so the bound is TRAIN_F32_FACTOR * log2(L) * eps32 * S (measured ~1e-7 S at L = 1000). */
export const EPS32 = 2 ** -24;
export const TRAIN_F32_FACTOR = 4;

/** A rollout of a constant through a predictor that is exact for constants (LegS N <= 3): the fed-back rounding
 * errors are not damped, so they grow with the step count; measured 3e-15 (N = 1) and up to 1e-10 after 2000 steps
 * (N = 3), ~1e-12 within the tests' 300-500 steps. (For LegS N >= 4 the closed loop is unstable: not tested.) */
export const SSM_ROLLOUT_CONST = 1e-9;

/** scan vs FFT convolution, max error relative to max |uhat|: the FFT's error is ~eps log2(n) sum_j |K_j| max|u|,
 * and sum |K_j| / max|uhat| stays O(1..100) for our predictors; measured <= 1.4e-15. design.md asks ~1e-10. */
export const SSM_SCAN_FFT_REL = 1e-10;

/** FFT path batched vs one at a time: two sequences share one complex transform, so each result carries rounding of
 * its partner's magnitude (~eps log2 n); measured <= 3e-16. */
export const SSM_BATCH_FFT_REL = 1e-14;

// ---- hippo / construction (HiPPO operators, derivative readouts, prophecy predictor) ----

/** Impulse identities e^{tA}B vs closed forms (LegS, LagT): expm by scaling and squaring loses a few digits on
 * ||tA|| up to ~10^2 (N = 16, t = 5); measured <= 2e-14 relative to max |entry|, so 1e-12 as the brief asks. */
export const HIPPO_IMPULSE = 1e-12;

/** Reconstruction / readouts from an exact projection (Gauss-Legendre, exact for the polynomial): round-off of sums
 * of N terms of size up to sqrt(2N+1) times N^2 (readout); measured <= 3e-11 up to N = 16, so 1e-9. */
export const HIPPO_EXACT_POLY = 1e-9;

/** RK4 (h = 1e-4) of the continuous HiPPO ODE vs the exact projection: the integrator's own error, measured
 * 1e-13..7e-11 for N <= 16 over 1.3 time units, so 1e-9. */
export const HIPPO_ODE_VS_PROJECTION = 1e-9;

/** FouT: |e^T x - (u(t) + u(t - theta))/2| on a smooth non-periodic signal decays like c/N (the Fourier series at a
 * jump of the periodic extension); measured c = 0.26 (N = 5..81), so the bound 0.5/N. */
export const FOUT_ENDS_MEAN_C = 0.5;

/** Derivative readouts from an exact projection: relative agreement of the generic p^T A with the LegT closed form
 * (sums of N terms of size N^2 sqrt(2N+1)/theta); measured <= 4e-16, so 1e-12 as the brief asks. */
export const READOUT_CLOSED_FORM = 1e-12;

/** Derivative readout of sin(2 pi t), LegT theta = 1, max over t in [1, 2] from the exact projection: measured
 * 6.5e-9 at N = 16 and 6e-11 at N = 18 (spectral convergence); round-off floor ~3e-12 * N^0..1 beyond N = 20. */
export const READOUT_SINE_N16 = 2e-8;
export const READOUT_SINE_FLOOR = 1e-10;

/** Second-derivative readouts of sin(2 pi t) (|u''| <= 39.5) at N = 18: measured 2e-8 (state form), 5e-10 (chain
 * form); the state form multiplies the first readout's error by D = N^2. */
export const READOUT2_SINE_N18 = 1e-7;

// ---- systems (random streams, ODE/DDE solvers, signals, classic systems) ----

/** Global errors kept in convergence studies of the solvers: above 1e-13 so that round-off (~1e-15 per step times
 * up to 10^3 steps) does not bend the log-log slope. */
export const SOLVER_ERR_FLOOR = 1e-13;

/** Adaptive dopri5: global error over a few time units relative to rtol (|y| ~ 1); measured 1..10x rtol for
 * rtol 1e-4..1e-10 on the test problems, so 100x (error proportional to the tolerance, not equal to it). */
export const DOPRI_ERR_PER_RTOL = 100;

/** Conserved quantities (pendulum energy, Lotka-Volterra V) over ~20 time units with dopri5 at rtol: relative
 * drift measured 4..40x rtol (it grows with the number of periods), so 300x. */
export const INVARIANT_DRIFT_PER_RTOL = 300;

/** Lorenz over one time unit, rtol vs rtol / 10: difference measured ~20x rtol times max |x| (~20), so 100x. */
export const LORENZ_TOL_AGREEMENT_PER_RTOL = 100;

/** Statistical checks: deviations allowed in units of the estimated standard error (false alarm < 1e-4). */
export const SAMPLING_SIGMAS = 4;

/** White Signal: energy above the cutoff relative to the total energy, from round-off of the inverse DFT
 * (Bluestein via power-of-two FFTs of size 32768): measured ~1e-30, so 1e-20. */
export const WHITE_OUT_OF_BAND = 1e-20;

// --- multichannel ---

/** Rollout of a signal the predictor reproduces (constant at N = 1, ramp at N = 2, after the start-up transient):
 * the closed loop has eigenvalue 1 (N = 1) or spectral radius ~1.006 (N = 2, theta = 10 dt), so fed-back rounding
 * errors (~1e-15) grow over the 300 free-running steps; measured 1.8e-12 (constant) and 1.6e-11 (ramp), so 1e-10. */
export const ROLLOUT_EXACT_SIGNAL = 1e-10;

// ---- sweep (src/sweep) and the error-vs-N experiments ----

/** Sweep engine (FFT with paired functions and shared spectra) vs predictNext scan + oneStepError, relative error of
 * a windowed MSE: the predictions differ by FFT rounding (~1e-16 x |K|_1 x log n), measured <= 7e-14 relative on
 * MSEs down to 1e-9, so 1e-10 (the brief's bound). */
export const SWEEP_VS_SCAN_REL = 1e-10;

/** Kernel recovered from a sweepKernels spectrum by an inverse FFT vs ssm/kernel: rounding of two transforms of
 * size n ~ 1e3-1e4 on |K| <= ~10, measured ~1e-15 absolute, so 1e-12. */
export const SWEEP_SPECTRUM_ATOL = 1e-12;

// ---- experiments (fig1-vdp, fig2-examples, fig5-context, bound-fout, rate-legt, order-dt) ----

/** FouT transfer function, O(N) Sherman-Morrison vs dense 2N solve (N <= 17): both ~1e-14 relative; 1e-10 leaves room
 * for the conditioning of the dense solve near represented harmonics. */
export const EXP_TRANSFER_RTOL = 1e-10;

/** LegT readout of the quadrature projection of a polynomial of degree < N (exact in exact arithmetic): measured
 * ~5e-14 at N = 8 (rounding amplified by D = N^2), so 1e-9. */
export const EXP_POLY_READOUT = 1e-9;

// ---- ssm performance paths (partitioned FFT convolution, fast LegT discretization) ----

/** Partitioned FFT convolution vs the direct O(L^2) sum, relative to max |y|: rounding of transforms of size <= 1024
 * on random data (~1e-16 log n times sum |K_j| / max |y|), measured <= 3e-15, so 1e-12. */
export const SSM_PARTITIONED_REL = 1e-12;

/** Fast LegT bilinear discretization (O(N^2), quasiseparable solves) vs the dense LU path, max-norm relative:
 * both backward stable, measured <= 6e-15 up to N = 1024; the brief's bound 1e-12. */
export const LEGT_FAST_DISCRETIZE_REL = 1e-12;

// --- higher-order predictors and window bank ---

/** matched-M on a polynomial of degree M (N = 6, theta = 0.05, dt = 1e-3, after 19 windows): max one-step error
 * measured 2e-15..2e-14 (round-off of Cbar x with |u| <= 32), so 1e-12. */
export const HIGHER_ORDER_POLY_EXACT = 1e-12;

/** matched-1 Cbar, Dbar against prophecy()'s trapezoid: two float64 formulas of the same closed form, relative
 * differences ~1e-16, so 1e-13. */
export const HIGHER_ORDER_TRAPEZOID_REL = 1e-13;

/** Gradient of the tfjs predictor (float32 kernel by repeated squaring, convolution float32 Toeplitz or float64 FFT)
 * against a float64 central difference (h = 1e-6: truncation ~1e-12, rounding ~1e-10), relative to the largest
 * |gradient|: float32 sums of ~L^2 / 2 products, measured 4e-7 at N = 4, L = 40; an index or sign error gives O(1). */
export const TRAIN_GRAD_REL = 2e-5;

/** Own mixed-radix FFT (src/ssm/realFft.ts) vs a naive O(n^2) DFT with exact-angle twiddles, and convolution vs the
 * direct sum, max error relative to max |reference|: rounding ~eps log2(n) for the FFT and ~eps n for the naive sums,
 * measured <= 3e-14 for sizes up to 4000; a wrong twiddle, radix kernel or index gives O(1). */
export const REAL_FFT_REL = 1e-12;

/** WebAssembly SIMD FFT/convolution (src/ssm/wasm) vs the JS one (src/ssm/realFft.ts): the same stages and
 * twiddles, differing only in the association of a few sums, max error relative to max |JS result|: measured
 * <= 5e-16 up to n = 20480; a wrong stage, twiddle or index gives O(1). */
export const WASM_JS_FFT_REL = 1e-14;

// --- train: analytic gradients (src/train/convolutionL1Gradient.ts, kernelBlocks.ts, statesL1Gradient.ts) ---

/** FFT L1 loss / gradient / predictions against the direct float64 sums, relative to the largest |reference|:
 * rounding ~eps log2(n) sum |K| max |u| for the transforms; measured <= 1e-15 (n = 120, both paths); an index or
 * pairing error gives O(1). */
export const TRAIN_CONV_REL = 1e-12;

/** Two-ended kernel and its block-adjoint gradients against the one-power-at-a-time kernel and the plain adjoint
 * recurrence (same sums, regrouped), relative to the largest |reference|: measured <= 3.3e-14 for T <= 200 (the
 * cancellation in dAbar grows with T: ~5e-12 at T = 10^4, N = 32). */
export const ANALYTIC_KERNEL_REL = 1e-11;

/** States-path loss and gradients from float32 states (and, in WebAssembly, float32 products with Cbar rounded to
 * float32 and float32 sums of 64 rows) against the float64 convolution form: each product and sum carries ~eps32
 * (6e-8) relative error, the 64-row float32 sums up to ~64 eps32 = 4e-6 in the worst case; measured <= 8e-8. */
export const ANALYTIC_STATES_F32_REL = 1e-5;

/** Analytic gradients of the L1 loss against central differences, relative to the largest |gradient| of the
 * parameter: the loss is piecewise smooth, and with the predictor off its optimum no residual changes sign within
 * +-h; float64 (h = 1e-6): truncation ~h^2, rounding ~eps loss / h; float32 states (h = 1e-4 on float32 entries):
 * ~eps32 loss / h. Measured <= 1.3e-10 (N = 6, L = 90); a wrong index or sign in a gradient gives O(1). */
export const ANALYTIC_FD_REL = 1e-6;

/** Analytic float32 training against the tfjs trainer (float32 kernel by repeated squaring and Toeplitz/FFT
 * convolution, float32 states products), relative: losses and gradients differ by the float32 rounding of the
 * forward pass (~TRAIN_F32_FACTOR log2(L) eps32 of the output scale) as long as residual signs agree; measured
 * <= 1.9e-7 (losses, also over 4 epochs of Adam in settings I, III, IV) and <= 3e-7 (gradients, relative to the
 * largest |gradient| of each parameter) at N = 6..8, L = 90..120. */
export const ANALYTIC_TFJS_LOSS_REL = 1e-5;
export const ANALYTIC_TFJS_GRAD_REL = 1e-5;

/** Float32 FFT passes of a float32 store (two interleaved float32 transforms per f32x4 lane group, float32 spectra,
 * windows and residuals, float64 kernel spectrum and correlation) against the direct float64 sums, relative: the
 * float32 transforms carry ~eps32 log2(n) relative error; measured <= 2e-7 (dK, predictions, loss, dD at n = 120);
 * 1.8e-5 on the loss at L = 10^4, where the residuals (~1e-4) are 1e4 x smaller than the outputs. */
export const ANALYTIC_CONV_F32_REL = 1e-5;
