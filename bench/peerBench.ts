/**
 * W0: the public API against a NumPy/SciPy peer (bench/peer/predict_peer.py). For N in {17, 65, 97}: 64 sequences
 * of L = 10^4 (white signals, gamma = 2, generated here and handed to Python as float64 files, so both sides see
 * identical inputs), predicted by calling `predictNext` once per sequence on a fresh predictor object (so the
 * kernel and its spectrum are computed inside the timed region, as the peer computes its kernel). The two sides are
 * timed back to back, `rounds` times alternating, and the ratio of medians reported with the maximum relative
 * difference of the outputs (max |ours - peer| / max |peer|).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prophecy } from '../src/construction/index.ts';
import type { DiscretePredictor } from '../src/construction/types.ts';
import { hippo } from '../src/hippo/index.ts';
import { predictNext } from '../src/ssm/predictNext.ts';
import { createRandom, whiteSignal } from '../src/systems/index.ts';
import { loadAverage, median, sig, timeRuns } from './benchUtil.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PEER_SCRIPT = path.join(here, 'peer', 'predict_peer.py');
export const PYTHON = '/usr/bin/python3';

export interface PeerBenchRow {
  readonly N: number;
  readonly B: number;
  readonly L: number;
  /** median seconds of the 64 predictNext calls (cold caches) */
  readonly oursSeconds: number;
  readonly oursAll: number[];
  /** median seconds of the peer's fastest variant */
  readonly peerSeconds: number;
  readonly peerVariant: string;
  readonly peerLoopSeconds: number;
  /** oursSeconds / peerSeconds (target <= 1) */
  readonly ratio: number;
  /** max |ours - peer| / max |peer| (target <= 1e-9) */
  readonly maxRelDiff: number;
  readonly load: number;
}

function inputs(B: number, L: number): Float64Array[] {
  return Array.from({ length: B }, (_, b) =>
    whiteSignal({ length: L, dt: 1e-3, gamma: 2 }, createRandom(20240709, b)),
  );
}

function writeF64(file: string, a: Float64Array): void {
  writeFileSync(file, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

function fresh(p: DiscretePredictor): DiscretePredictor {
  // a new object with the same fields: the per-predictor caches (kernel spectrum, structured factor) start cold
  return Object.freeze({ ...p });
}

function runPeer(dir: string, reps: number): { best: string; timings: Record<string, { median: number }> } {
  const out = execFileSync(PYTHON, [PEER_SCRIPT, dir, String(reps)], {
    encoding: 'utf8',
    env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' },
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

/**
 * Runs W0.
 *
 * @param options - sizes, batch, length, rounds (alternations ours/peer), log callback
 */
export function runPeerBench(
  options: { sizes?: number[]; B?: number; L?: number; rounds?: number; log?: (s: string) => void } = {},
): PeerBenchRow[] {
  const { sizes = [17, 65, 97], B = 64, L = 10_000, rounds = 3, log = () => {} } = options;
  const us = inputs(B, L);
  const rows: PeerBenchRow[] = [];
  for (const N of sizes) {
    const p = prophecy(hippo('legt', N, { theta: 1 }), { dt: 1 / L });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hippo-w0-'));
    try {
      writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ N, L, B, Dbar: p.Dbar }));
      writeF64(path.join(dir, 'Abar.f64'), p.Abar.data);
      writeF64(path.join(dir, 'Bbar.f64'), p.Bbar);
      writeF64(path.join(dir, 'Cbar.f64'), p.Cbar);
      const flat = new Float64Array(B * L);
      us.forEach((u, b) => flat.set(u, b * L));
      writeF64(path.join(dir, 'u.f64'), flat);
      let outs: Float64Array[] = [];
      const oursAll: number[] = [];
      const peerMedians: number[] = [];
      const peerLoop: number[] = [];
      let variant = '';
      for (let r = 0; r < rounds; r++) {
        oursAll.push(
          ...timeRuns(
            (q) => {
              outs = us.map((u) => predictNext(q, u));
            },
            { reps: 3, warmup: r === 0 ? 1 : 0, setup: () => fresh(p) },
          ),
        );
        const peer = runPeer(dir, 3);
        variant = peer.best;
        peerMedians.push(peer.timings[peer.best].median);
        peerLoop.push(peer.timings.loop.median);
      }
      const peerOut = new Float64Array(readFileSync(path.join(dir, 'out.f64')).buffer.slice(0));
      let diff = 0;
      let scale = 0;
      outs.forEach((o, b) => {
        for (let k = 0; k < L; k++) {
          diff = Math.max(diff, Math.abs(o[k] - peerOut[b * L + k]));
          scale = Math.max(scale, Math.abs(peerOut[b * L + k]));
        }
      });
      const oursSeconds = median(oursAll);
      const peerSeconds = median(peerMedians);
      const row: PeerBenchRow = {
        N,
        B,
        L,
        oursSeconds: sig(oursSeconds),
        oursAll: oursAll.map((t) => sig(t)),
        peerSeconds: sig(peerSeconds),
        peerVariant: variant,
        peerLoopSeconds: sig(median(peerLoop)),
        ratio: sig(oursSeconds / peerSeconds),
        maxRelDiff: sig(diff / scale, 3),
        load: loadAverage(),
      };
      log(
        `W0 N=${N}: ours ${(oursSeconds * 1e3).toFixed(1)} ms, peer (${variant}) ${(peerSeconds * 1e3).toFixed(1)} ms ` +
          `(loop ${(row.peerLoopSeconds * 1e3).toFixed(1)} ms), ratio ${row.ratio}, rel diff ${row.maxRelDiff}, load ${row.load}`,
      );
      rows.push(row);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
