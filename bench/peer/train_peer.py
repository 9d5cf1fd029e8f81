"""PyTorch peer of hippo-prophecy's LegT predictor training step (bench train-peer).

One Adam step of the discrete predictor x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k on a
batch of B sequences of length L, with the mean L1 loss |uhat_{k+1} - u_{k+1}| over the loss window k in [frm, to),
written the way a competent PyTorch user would (autograd, torch.optim.Adam with default betas and eps):

    K_j = Cbar Abar^j Bbar (j < to),  y = (K * u)[frm:to] + Dbar u[frm:to]  (causal convolution by torch.fft)

Settings: 'IV' trains Abar, Bbar, Cbar, Dbar (the kernel is rebuilt from the parameters every step, by repeated
squaring: V <- [V, P V], P <- P P, about log2(L) matrix products, differentiable); 'I' trains Cbar, Dbar with Abar,
Bbar fixed, so V = [Bbar, Abar Bbar, ...] is data, computed once, and K = Cbar V.

Variants (each timed; the fastest is reported as 'best'):
    fft         rfft of the batch's inputs every step, size n = the smallest 5-smooth n >= 2 to - frm - 1 (no
                wrap-around reaches the loss window)
    fft-cached  the inputs' spectra computed once (inputs are data), as hippo-prophecy's trainer caches them
    states      (setting I only) the states x_{k+1} for k in [frm, to) precomputed once (Abar, Bbar fixed):
                y = X Cbar + Dbar u, one batched matrix-vector product
A scan through time under autograd (L = 10^4 sequential steps) is not competitive and not timed.

Input (written by bench/trainPeerBench.ts): a directory holding meta.json {N, L, B, frm, to, lr: {I, IV}, Dbar} and
little-endian float64 files Abar.f64 [N, N] row-major, Bbar.f64 [N], Cbar.f64 [N], u.f64 [B, L].
Output: one JSON line on stdout: per dtype and setting, per variant, the median ms/step over `steps` timed steps
after `warmup` steps, and the losses of the first three steps from the initial parameters (for the agreement
check against hippo-prophecy's trainer).

Usage: python3 bench/peer/train_peer.py DIR [STEPS] [WARMUP] [DTYPES] [SETTINGS]
    e.g. python3 bench/peer/train_peer.py /tmp/d 10 3 float32,float64 I,IV
"""
import json
import os
import sys
import time

import numpy as np
import torch


def fast_size(minimum):
    """Smallest 2^a 3^b 5^c >= minimum (pocketfft is fast on these)."""
    best = None
    p5 = 1
    while p5 < 2 * minimum:
        p35 = p5
        while p35 < 2 * minimum:
            m = p35
            while m < minimum:
                m *= 2
            if best is None or m < best:
                best = m
            p35 *= 3
        p5 *= 5
    return best


def powers(Abar, Bbar, length):
    """V = [Bbar, Abar Bbar, ..., Abar^(length-1) Bbar] by repeated squaring: V <- [V, P V], P <- P P
    (differentiable; under no_grad it is data)."""
    V = Bbar[:, None]
    P = Abar
    while V.shape[1] < length:
        V = torch.cat([V, P @ V], dim=1)
        if V.shape[1] < length:
            P = P @ P
    return V[:, :length]


def states(Abar, Bbar, u, frm, to):
    """x_{k+1} for k in [frm, to), shape [B, to - frm, N] (setting I: data), by the float64 scan."""
    with torch.no_grad():
        A = Abar.double()
        Bv = Bbar.double()
        U = u.double()
        Bn, N = U.shape[0], Bv.shape[0]
        x = torch.zeros(Bn, N, dtype=torch.float64)
        out = torch.empty(Bn, to - frm, N, dtype=torch.float64)
        At = A.T.contiguous()
        for k in range(to):
            x = x @ At + U[:, k:k + 1] * Bv
            if k >= frm:
                out[:, k - frm] = x
        return out.to(u.dtype)


def make_step(variant, setting, params, u, target, frm, to, n, lr):
    Abar, Bbar, Cbar, Dbar = params
    trained = [Abar, Bbar, Cbar, Dbar] if setting == 'IV' else [Cbar, Dbar]
    for p in trained:
        p.requires_grad_(True)
    opt = torch.optim.Adam(trained, lr=lr)
    skip = u[:, frm:to]
    if setting == 'I' and variant == 'states':
        X = states(Abar, Bbar, u, frm, to)

        def predict():
            return X @ Cbar + Dbar * skip
    else:
        if setting == 'I':
            with torch.no_grad():
                V = powers(Abar, Bbar, to).contiguous()
        else:
            V = None
        Uf = torch.fft.rfft(u[:, :to], n=n) if variant == 'fft-cached' else None

        def predict():
            K = Cbar @ (V if V is not None else powers(Abar, Bbar, to))
            spec = Uf if Uf is not None else torch.fft.rfft(u[:, :to], n=n)
            y = torch.fft.irfft(spec * torch.fft.rfft(K, n=n), n=n)[:, frm:to]
            return y + Dbar * skip

    def step():
        opt.zero_grad(set_to_none=True)
        loss = (predict() - target).abs().mean()
        loss.backward()
        opt.step()
        return float(loss.detach())

    return step


def main():
    d = sys.argv[1]
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    warmup = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    dtypes = (sys.argv[4] if len(sys.argv) > 4 else 'float32,float64').split(',')
    settings = (sys.argv[5] if len(sys.argv) > 5 else 'I,IV').split(',')
    torch.set_num_threads(2)
    with open(os.path.join(d, 'meta.json')) as f:
        meta = json.load(f)
    N, L, B, frm, to, lr = meta['N'], meta['L'], meta['B'], meta['frm'], meta['to'], meta['lr']
    rd = lambda name, shape: np.fromfile(os.path.join(d, name), dtype='<f8').reshape(shape)
    A0, B0, C0, U0 = rd('Abar.f64', (N, N)), rd('Bbar.f64', (N,)), rd('Cbar.f64', (N,)), rd('u.f64', (B, L))
    n = fast_size(2 * to - frm - 1)
    results = {}
    for dtype_name in dtypes:
        dtype = getattr(torch, dtype_name)
        u = torch.tensor(U0, dtype=dtype)
        target = u[:, frm + 1:to + 1].clone()
        for setting in settings:
            variants = ['fft', 'fft-cached'] + (['states'] if setting == 'I' else [])
            cell = {}
            for variant in variants:
                params = [torch.tensor(A0, dtype=dtype), torch.tensor(B0, dtype=dtype),
                          torch.tensor(C0, dtype=dtype), torch.tensor([meta['Dbar']], dtype=dtype)]
                t0 = time.perf_counter()
                step = make_step(variant, setting, params, u, target, frm, to, n, lr[setting])
                setup_ms = (time.perf_counter() - t0) * 1e3
                losses = []
                for _ in range(warmup):
                    losses.append(step())
                ts = []
                for _ in range(steps):
                    t0 = time.perf_counter()
                    losses.append(step())
                    ts.append((time.perf_counter() - t0) * 1e3)
                cell[variant] = {'msPerStep': float(np.median(ts)), 'all': ts, 'setupMs': setup_ms,
                                 'firstLosses': losses[:3]}
            best = min(cell, key=lambda k: cell[k]['msPerStep'])
            results[f'{dtype_name}/{setting}'] = {'best': best, 'variants': cell}
    print(json.dumps({'threads': torch.get_num_threads(), 'torch': torch.__version__, 'n': n,
                      'steps': steps, 'warmup': warmup, 'results': results}))


if __name__ == '__main__':
    main()
