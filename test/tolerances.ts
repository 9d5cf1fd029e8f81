/**
 * Every numeric tolerance the tests use, in one place, each with the reason for its value.
 * Areas append their own block below; keep one constant per distinct reason.
 */

/** Default for float64 results of a few well-conditioned operations: a few hundred ulps of O(1) numbers. */
export const TIGHT = 1e-12;

/** Log-log slopes of convergence studies must lie within this distance of the declared order. */
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

/** trapezoidDtBound(D) against 2 (1 - margin) / D: it moves off that quotient only across the rounding of D dt in
 * the validity test, by a few ulps (measured 0 to 2 ulps). */
export const DT_BOUND_REL = 4 * Number.EPSILON;

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

/** scan vs FFT convolution, max error relative to max |uhat|: the FFT's error is ~eps log2(n) sum_j |K_j| max|u|
 * (plus the scan's own, smaller for the stable predictors tested), and sum |K_j| max|u| / max|uhat| stays O(1..100)
 * for our predictors: eps * 15 * 100 ~ 3e-13 for n <= 2^15; measured <= 1.9e-15 (fftPredict, predictNext, generic
 * systems, the JS and WebAssembly paths), so 1e-12. */
export const SSM_SCAN_FFT_REL = 1e-12;

/** predictNextBatch vs one call per sequence: the scan and the FFT path convolve every sequence on its own with the
 * same cached kernel spectrum, so they agree bit for bit (measured 0); the bound is there for mode 'auto', which may
 * pick the scan for one sequence and the FFT for a group (then SSM_SCAN_FFT_REL-size rounding, measured <= 1e-15 on
 * this short, small-N test). */
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

/** Gauss-Legendre rule on monomials of degree <= 2n - 1 (exact in exact arithmetic): a sum of n terms of size <= 2,
 * so rounding ~n eps; measured <= 8.9e-16 for n <= 300 and degree <= 60, so 1e-14. */
export const GAUSS_RULE_ABS = 1e-14;

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

/** White Signal: energy above the cutoff relative to the total energy, from round-off of the inverse DFT (a direct
 * 5-smooth transform of size 10^4, ~eps^2 log n relative energy): measured ~2e-31, so 1e-20. */
export const WHITE_OUT_OF_BAND = 1e-20;

// --- multichannel ---

/** Rollout of a signal the predictor reproduces (constant at N = 1, ramp at N = 2, after the start-up transient):
 * the closed loop has eigenvalue 1 (N = 1) or spectral radius ~1.006 (N = 2, theta = 10 dt), so fed-back rounding
 * errors (~1e-15) grow over the 300 free-running steps; measured 1.8e-12 (constant) and 1.6e-11 (ramp), so 1e-10. */
export const ROLLOUT_EXACT_SIGNAL = 1e-10;

// ---- sweep (src/sweep) and the error-vs-N experiments ----

/** Sweep engine (predictNext's FFT convolution with each function's spectrum kept) vs predictNext scan +
 * oneStepError, relative error of a windowed MSE e^2: the predictions differ by FFT rounding
 * delta ~ eps log2(n) |K|_1 max|u| ~ 1e-14, which moves e^2 by ~2 delta / |e| relative, ~2e-10 for MSEs down to 1e-8;
 * measured <= 2.9e-12 (LegT N = 12, theta = 0.2, MSE 8e-9), so 1e-10. (Against predictNext's FFT path the sweep is
 * exact.) */
export const SWEEP_VS_SCAN_REL = 1e-10;

/** Kernel recovered from a sweepKernels spectrum by convolving an impulse vs ssm/kernel, relative to max |K|: the
 * rounding of the transforms is ~eps log2(n) sum_j |K_j|, and sum |K_j| / max |K_j| is up to ~50 for these slowly
 * decaying kernels (L = 300): ~1e-13; measured <= 3.4e-15, so 1e-13. */
export const SWEEP_SPECTRUM_REL = 1e-13;

// ---- experiments (fig1-vdp, fig2-examples, fig5-context, bound-fout, rate-legt, order-dt) ----

/** FouT transfer function, O(N) Sherman-Morrison vs dense 2N solve (N <= 17): both ~1e-14 relative; 1e-10 leaves room
 * for the conditioning of the dense solve near represented harmonics. */
export const EXP_TRANSFER_RTOL = 1e-10;

/** LegT readout of the quadrature projection of a polynomial of degree < N (exact in exact arithmetic): measured
 * ~5e-14 at N = 8 (rounding amplified by D = N^2), so 1e-9. */
export const EXP_POLY_READOUT = 1e-9;

/** FouT readout on a harmonic its basis represents (bound-fout: fout-code on the even window harmonic 2), relative
 * steady-state derivative error, exact in exact arithmetic: the O(N) transfer function rounds at ~N^2 eps relative
 * (4e-12 at N = 129, rounding amplified by D = 2N and the block pivot); 1e-9 leaves room and stays far below the O(1)
 * error of a harmonic the basis misses. */
export const EXP_REPRESENTED_HARMONIC = 1e-9;

/** Noise experiment, MSE against the noisy next value minus MSE against the clean one, vs sigma^2: the next noise
 * sample n is independent of a causal prediction, so the difference is the sample mean of n^2 + 2 e n over n_s
 * scored steps, with standard deviation sqrt((2 sigma^4 + 4 sigma^2 MSE_clean) / n_s) (uncorrelated terms); 5 of
 * those standard deviations. */
export const NOISE_TARGET_SIGMAS = 5;

// ---- ssm performance paths (fast LegT discretization) ----

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
 * |gradient|: float32 sums of ~L^2 / 2 products, measured 4e-7 at N = 4, L = 40; an index or sign error gives O(1).
 * The Keras layers' gradient tests (test/train/keras, L = 20..40) use it too: measured 8.5e-8 (HippoMemory input
 * gradient), 4.1e-7 (ProphecyLayer, both paths), 1.7e-6 (S4DLayer, through exp, cos and sin of dt A), 2.1e-6
 * (LmuCell, 20 tanh steps). */
export const TRAIN_GRAD_REL = 2e-5;

/** A tfjs step in micro-batches (src/train/microBatch.ts: chunk losses scaled by n_c / n, gradients summed) against
 * the whole batch in one pass, relative to the largest |gradient| of each parameter (and to the loss): the same
 * float32 sums of n R per-position terms grouped differently, ~log2(n R) eps32 of sum |terms|, which exceeds the
 * gradient by the cancellation factor sum |terms| / |sum| (~100 for S4D's log(-Re A)). Measured (n = 7, R = 12,
 * micro-batches 2 and 3): loss <= 7e-8, gradients <= 8.8e-6 (S4D l0.logNegAre), <= 1.1e-7 (transformer); wrong
 * chunk weights (the plain mean of chunk means) give ~1e-1. */
export const MICROBATCH_F32_REL = 1e-4;

/** Parameters after 1 and 3 epochs of Adam (lr 1e-2, steps of 5 and 2 sequences) with micro-batches of 2 against
 * the whole batch, in units of the learning rate: Adam's move m / (sqrt(v) + eps) is ~1 per step and changes by the
 * relative gradient difference (MICROBATCH_F32_REL), amplified where |g| is near eps = 1e-8; measured <= 5.4e-5
 * (S4D), 1.9e-7 (transformer). */
export const MICROBATCH_ADAM_REL = 1e-3;

/** Own mixed-radix FFT (src/ssm/fft, and src/ssm/wasm, which gives the same bits) vs the naive O(n^2) DFT with
 * exact-angle twiddles (src/ssm/reference), and convolution vs the direct sum, max error relative to max
 * |reference|: rounding ~eps log2(n) for the FFT and ~eps sqrt(n) for the naive sums on random data (eps n in the
 * worst case), times sum |terms| / max |result| ~ sqrt(n): ~4e-13 at n = 4000; measured <= 2.8e-15 for sizes up
 * to 4000, so 1e-13. A wrong twiddle, radix kernel or index gives O(1). */
export const REAL_FFT_REL = 1e-13;

// --- fout-authors (the authors' FouT predictor) ---

/** Derivative readouts of a trigonometric polynomial from its Gauss-Legendre projection (120 nodes on [0, 1], exact
 * to rounding for these low harmonics), times |C| <= 2 sqrt2 pi m ~ 36 at N = 9: measured <= 2e-14 abs, so 1e-10. */
export const FOUT_AUTHORS_PROJECTION = 1e-10;

// --- filtered noise, nengo convention ---

/** Held-pulse response of the ZOH alpha synapse vs the continuous kernel: the error is first order in dt (the pulse
 * is centred dt/2 late), so halving dt halves it; measured ratios 1.95 and 1.97 (dt = 4e-3 -> 1e-3), so 2 +- 0.2. */
export const ALPHA_ZOH_VS_CONTINUOUS = 0.2;

// --- lti / s4 (scipy-shaped LTI API, NPLR) and the linalg they use ---

/** Orthogonal reductions and the symmetric QL eigensolver (Hessenberg, tridiagonal eigen, skew eigen), per unit of
 * the size n: residuals ||Q H Q^T - A|| / ||A||, ||W^T W - I||, ||T W - W L|| / ||T|| are c n eps with c ~ 1;
 * measured <= 3.1e-16 n up to n = 128, so 1e-15 n. A wrong rotation or reflector gives O(1). */
export const ORTHOGONAL_REDUCTION = 1e-15;

/** Shifted Hessenberg solve vs the dense LU of the real 2n embedding, max-norm relative: both backward stable, they
 * differ by ~cond(sI - H) eps; the random shifts keep cond below ~1e3 (measured <= 1e-14). */
export const SHIFTED_SOLVE_REL = 1e-11;

/** Parity with scipy.signal 1.10 (cont2discrete, dlsim, lsim, impulse/step, dimpulse/dstep) and with numpy's dense
 * complex solve (freqresp at N >= 8) and eigvalsh (NPLR eigenvalues), normwise: ||ours - ref||_2 / ||ref||_2 over all
 * entries. Both sides are backward stable float64 computations of the same formulas (Pade expm, LU, Householder),
 * so they differ by ~cond * eps; measured <= 1.3e-15 (cont2discrete), 4.4e-15 (lsim, N = 64, 60 steps), 1.7e-15
 * (impulse / step), 1.7e-15 (frequency responses) on the fixtures (random stable systems, N <= 64, ||A dt|| up to
 * ~6), so 1e-12 (the parity target). */
export const SCIPY_PARITY = 1e-12;

/** NPLR reconstruction ||V Lambda V^* - P Q^T - A|| / ||A|| (target 1e-10): the eigensolver is backward stable
 * (~n eps ||A + P P^T||) and ||P P^T|| ~ ||A|| ~ N, so ~1e-14 is expected; measured <= 1.8e-15 up to N = 64
 * (2.2e-15 at N = 128). */
export const NPLR_RECONSTRUCT = 1e-10;

/** dlsim of predictorSystem(p) vs predictNext(p), max error relative to max |prediction|: the same recurrence with
 * the output regrouped (Cbar (Abar x + Bbar u) + Dbar u vs (Cbar Abar) x + (Cbar Bbar + Dbar) u), so the difference
 * is rounding of sums of terms |Cbar_i x_i| that cancel down to |uhat|: ~eps ||Cbar|| ||x|| / |uhat|, measured
 * 5e-16..2.4e-14 (largest: LegT N = 40 zoh, dt = 1e-3, L = 3000; scan and FFT alike), so 1e-12. */
export const PREDICTOR_SYSTEM_REL = 1e-12;

// ---- forecast (symmetric eigensolver, ridge regression, in-context forecasters, stabilised closed loop) ----

/** Cyclic Jacobi: reconstruction ||A - V diag V^T|| relative to ||A||_F, orthogonality of V, and eigenvalues against
 * closed forms relative to ||A||: each rotation is backward stable (~eps), a sweep holds n^2/2 of them and 6-10 sweeps
 * run; measured reconstruction <= 5e-16 and orthogonality <= 1.3e-14 at n = 61 (2.4e-14 at n = 100), so 1e-13. */
export const EIGEN_BACKWARD = 1e-13;

/** Spectral radius from ||M^k||^(1/k) at k = 2^48 against exact radii (relative): the max-entry norm and a Jordan block
 * of size m bias it by n^(1/k) and k^((m-1)/k) (~1 + 2.5e-13 for m = 3), rounding of 48 rescaled squarings adds
 * ~48 eps / k; measured <= 3e-13, so 1e-12. */
export const SPECTRAL_RADIUS_REL = 1e-12;

/** Closed-loop radius bound of the stabilised construction: stabilizeClosedLoop's default tolerance rho <= 1 + 1e-9;
 * the loop keeps the exact eigenvalue 1 of constants, computed within ~1e-12 of 1 (its rounding in M and the
 * Gelfand bias), so rho - 1 in [-1e-9, 1e-9] is what "rho <= 1" means in float64 here. */
export const CLOSED_LOOP_RADIUS_TOL = 1e-9;

/** The closed loop's eigenvalue 1 (constants) as computed: LegT loops cluster eigenvalues at 1 (exact for constants
 * and nearly for ramps, a near-Jordan block), and rounding of M moves a 2-fold cluster by ~sqrt(eps) times its
 * scale; measured 1 - 5.2e-8 (N = 2, W = 1024) and 1 + 1.1e-7 for the plain N = 1, W = 16 loop, so 1e-6. */
export const CLOSED_LOOP_CLUSTER = 1e-6;

/** Ridge readout via the eigendecomposition of the standardised Gram matrix vs the normal equations of the raw
 * augmented system solved by LU (and GCV vs the explicit hat matrix), relative to the largest coefficient: both are
 * backward stable, but the raw normal matrix (columns of scale 1..10^3 with offsets) has condition ~1e8-1e10, so
 * the twin carries ~cond eps; measured 6e-13 (coefficients) and 8e-15 (GCV), so 1e-9. */
export const RIDGE_TWIN_REL = 1e-9;

/** In-context forecasters on systems their features represent exactly (a damped oscillator, sums of sines), max
 * error over 200-500 free-running steps relative to max |u| over them: the ridge bias at the chosen rho (>= 1e-14
 * of the mean eigenvalue) and rounding (~eps cond of the readout) are fed back; measured <= 4.2e-10 (HiPPO,
 * hold-out or GCV, 6 seeds), <= 2.3e-10 (NG-RC), 6e-12 (AR), so 1e-9 as the issue asks. */
export const FORECAST_LINEAR_EXACT = 1e-9;

/** Householder QR: R^T R against A^T A (relative to ||A^T A||_F) and R^T Q^T B against A^T B: the factorisation is
 * backward stable with ||E|| ~ m n eps ||A||; measured <= 2e-15 up to m = 300, n = 12, so 1e-13. */
export const QR_BACKWARD = 1e-13;

// --- ssm/fft stages (generated butterflies vs the plain radix-r stage) ---

/** A generated radix-r stage vs src/ssm/reference/radixStage.ts, per output, in units of eps sum_j |x_j| (the r
 * inputs of its butterfly): the reference's r-term sums and the butterfly's log2 r + 1 roundings per path plus the
 * twiddle product give c <= r + 8 in the worst case; the bound is FFT_STAGE_EPS_PER_TERM (r + 8), measured
 * c <= 2.4 (radix 3), 1.9 (5), 1.6 (8), 1.0 (4, the last stages) for stages of sizes up to 10240. A wrong twiddle,
 * sign or index gives ~1e16. */
export const FFT_STAGE_EPS_PER_TERM = 1;

// --- train/keras (TensorFlow.js layers, float32) ---

/** A recurrence run in float32 (HippoMemory's chunked scan, LmuCell's memory) against the float64 core, per state n
 * relative to S_n = max|u| sum_j |(Abar^j Bbar)_n|: the float32 roundings of Abar, Bbar and u and of each step's
 * products enter every later state, so the error grows like a random walk over the L steps: bound
 * KERAS_STATES_F32 * sqrt(L) * eps32 * S_n. Measured 3.2 sqrt(L) eps32 S_n at most (LegT N = 32, L = 1000; 25 eps32
 * for LMU N = 16, L = 500), the same for chunks of 1, 16, 64 and L steps; a wrong index or power gives O(1). */
export const KERAS_STATES_F32 = 8;

/** S4DLayer's float32 forward against the float64 core (cont2discrete 'zoh' of the real 2 x 2 blocks, dlsim), relative
 * to S_h = max|u| (|D| + sum_l sum_n |2 C_n Bbar_n| |Abar_n|^l (1 + |dt A_n| l)): each kernel term exp(l dt A_n) has
 * its exponent rounded relatively, an absolute phase error of eps32 |dt A_n| l, and the Toeplitz sums add O(eps32)
 * per term. Measured <= 7.6 eps32 S_h (S4D-Inv, N = 8, L = 300, five seeds; <= 2.9 for S4D-Lin); a wrong factor
 * (the conjugate's 2, Bbar) or sign gives O(1). */
export const KERAS_S4D_F32 = 32;

/** LmuCell (all connections, tanh) against a float64 twin, absolute (|h| <= 1): each step rounds sums of ~15 products
 * of O(1) weights and values (~15 eps32 worst case) and the tanh recurrence carries earlier errors with gain < 1 for
 * these initial weights; measured 9.5 eps32 over 20 steps, so 64 eps32. A wrong connection or index gives O(0.1). */
export const KERAS_CELL_F32 = 64;

/** The losses of ProphecyLayer's 'states' and 'kernel' paths over three Adam epochs (same start), relative: two float32
 * evaluations of the same predictor (different summation orders, ~10 eps32 of the outputs) whose gradients differ as
 * little, so the Adam steps agree to float32 rounding; measured <= 1.4e-7. A path that computes something else
 * differs by O(1) at the first epoch. */
export const KERAS_PATHS_LOSS_REL = 1e-5;

// --- fit: the analytic trainer (src/fit/convolutionL1Gradient.ts, kernelBlocks.ts, statesL1Gradient.ts) ---

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

// --- experiments: fig2-examples ---

/** outOfBandFraction of a band-limited signal: 1 - inBand / total with sums over L = 10^4 samples and K <= 20 bins;
 * each sum carries ~L eps relative rounding (2e-12 worst case, measured 2e-15), so 1e-11. */
export const FIG2_OUT_OF_BAND_ROUNDING = 1e-11;

/** The DFT of a 10 s record that is not periodic: the jump where it wraps around adds out-of-band energy of about
 * jump^2 / (2 pi^2 K sigma^2) ~ 1 / (pi^2 K) = 0.5% of the total (K = 20 in-band bins, jump^2 ~ 2 sigma^2), 1.4% of
 * the 0.36 fraction above 2 Hz at alpha = 0.05; 2% of the fraction. */
export const FIG2_WINDOW_LEAKAGE = 0.02;

// --- experiments: fig4-filtered-vs-n ---

/** eq. 27 evaluated naively, 2 (R(0) - R(dt)), against the expm1 form: the naive difference cancels log10(1 / x^2)
 * digits at x = dt / alpha >= 3.3e-3 (~5 of 16), so ~1e-11 relative; 1e-9. */
export const FIG4_NAIVE_CANCELLATION = 1e-9;
