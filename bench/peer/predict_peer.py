"""NumPy/SciPy peer of hippo-prophecy's predictNext (bench W0).

The same teacher-forced next-value predictor as src/ssm, written the way a competent NumPy user would:

    K_j = Cbar Abar^j Bbar  (j = 0..L-1, "by powers"),   uhat = (K * u)[:L] + Dbar u   for every sequence,

the kernel by repeated products with Abar (blocked: the next m powers of Bbar come from one matrix product with
Abar^m, which is what a competent NumPy version does instead of a Python loop of L matvecs; the plain loop is timed
too and reported), the convolution by scipy.signal.fftconvolve over the whole [B, L] batch at once.

Input (written by bench/run.ts): a directory holding meta.json {N, L, B, Dbar} and little-endian float64 files
Abar.f64 [N, N] row-major, Bbar.f64 [N], Cbar.f64 [N], u.f64 [B, L].
Output: out.f64 [B, L] (the predictions of the fastest variant's last repetition) in the same directory, and one JSON
line on stdout with the timings (seconds, median and all repetitions) of each variant.

Usage: python3 bench/peer/predict_peer.py DIR [REPS]
"""
import json
import os
import sys
import time

import numpy as np
import scipy
from scipy.signal import fftconvolve


def kernel_loop(Abar, Bbar, Cbar, L):
    """K_j = Cbar Abar^j Bbar by L matrix-vector products."""
    K = np.empty(L)
    v = Bbar.copy()
    for j in range(L):
        K[j] = Cbar @ v
        v = Abar @ v
    return K


def kernel_blocked(Abar, Bbar, Cbar, L, m=64):
    """Same kernel, m powers per matrix product: V_{i+1} = Abar^m V_i with V_0 = [Bbar, Abar Bbar, ..]."""
    N = Bbar.shape[0]
    m = max(1, min(m, L))
    V = np.empty((N, m))
    v = Bbar.copy()
    for j in range(m):
        V[:, j] = v
        v = Abar @ v
    P = np.linalg.matrix_power(Abar, m)
    blocks = (L + m - 1) // m
    K = np.empty(blocks * m)
    for i in range(blocks):
        K[i * m:(i + 1) * m] = Cbar @ V
        if i + 1 < blocks:
            V = P @ V
    return K[:L]


def predict(Abar, Bbar, Cbar, Dbar, U, kernel_fn):
    L = U.shape[1]
    K = kernel_fn(Abar, Bbar, Cbar, L)
    Y = fftconvolve(U, K[None, :], mode='full', axes=1)[:, :L]
    Y += Dbar * U
    return Y


def main():
    d = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with open(os.path.join(d, 'meta.json')) as f:
        meta = json.load(f)
    N, L, B, Dbar = meta['N'], meta['L'], meta['B'], float(meta['Dbar'])
    rd = lambda name, shape: np.fromfile(os.path.join(d, name), dtype='<f8').reshape(shape)
    Abar, Bbar, Cbar, U = rd('Abar.f64', (N, N)), rd('Bbar.f64', (N,)), rd('Cbar.f64', (N,)), rd('u.f64', (B, L))
    variants = {'blocked': kernel_blocked, 'loop': kernel_loop}
    timings = {}
    outputs = {}
    predict(Abar, Bbar, Cbar, Dbar, U[:2], kernel_blocked)  # warm up imports and plans
    for name, fn in variants.items():
        ts = []
        for _ in range(reps):
            t0 = time.perf_counter()
            Y = predict(Abar, Bbar, Cbar, Dbar, U, fn)
            ts.append(time.perf_counter() - t0)
        timings[name] = {'median': float(np.median(ts)), 'all': ts}
        outputs[name] = Y
    best = min(timings, key=lambda k: timings[k]['median'])
    np.ascontiguousarray(outputs[best], dtype='<f8').tofile(os.path.join(d, 'out.f64'))
    agree = float(np.max(np.abs(outputs['blocked'] - outputs['loop'])) / max(np.max(np.abs(outputs['loop'])), 1e-300))
    print(json.dumps({'best': best, 'timings': timings, 'variantsAgree': agree,
                      'numpy': np.__version__, 'scipy': scipy.__version__, 'cpus': os.cpu_count()}))


if __name__ == '__main__':
    main()
