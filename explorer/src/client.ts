/**
 * The page's side of the compute worker: `request(settings)` sends a computation and resolves with its reply,
 * unless a newer request supersedes it first (then it resolves with null). A newer request terminates a worker that
 * is still busy and hands the computation to a spare worker that has already loaded the library (a new spare is
 * started behind it), so an abandoned computation neither delays the newer one nor ever shows.
 */
import type { ExplorerSettings } from './settings.ts';
import type { WorkerReply } from './view.ts';

export interface ComputeClient {
  /** the reply to these settings, or null when a newer request superseded this one */
  request(settings: ExplorerSettings): Promise<WorkerReply | null>;
}

export function computeClient(): ComputeClient {
  let active: Worker | null = null;
  let spare: Worker | null = null;
  let latest = 0;
  let pending: { id: number; resolve: (r: WorkerReply | null) => void } | null = null;

  function settle(reply: WorkerReply | null): void {
    const p = pending;
    pending = null;
    p?.resolve(reply);
  }

  function start(): Worker {
    const w = new Worker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'explorer-compute',
    });
    w.onmessage = (ev: MessageEvent<WorkerReply>) => {
      if (w === active && pending !== null && ev.data.id === pending.id) settle(ev.data);
    };
    // a failure outside compute's try (module load, out of memory): reply with it and start afresh next time
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      w.terminate();
      if (w === spare) spare = null;
      if (w !== active) return;
      active = null;
      if (pending !== null) {
        settle({
          id: pending.id,
          ok: false,
          message: `the compute worker failed: ${ev.message || 'unknown error'}`,
        });
      }
    };
    return w;
  }

  return {
    request(settings) {
      const id = ++latest;
      if (pending !== null) {
        active?.terminate();
        active = null;
        settle(null);
      }
      if (active === null) {
        active = spare ?? start();
        spare = null;
      }
      const w = active;
      const reply = new Promise<WorkerReply | null>((resolve) => {
        pending = { id, resolve };
      });
      w.postMessage({ id, settings });
      spare ??= start();
      return reply;
    },
  };
}
