/**
 * The explorer's Web Worker: computes one request at a time off the main thread (so the page stays responsive at
 * L = 2e5) and replies with the thinned view, or with the error's message. The page terminates a busy worker when a
 * newer request supersedes its computation (see client.ts), so a reply always answers the latest request it got.
 */
import { compute } from './compute.ts';
import { transferablesOf, viewOf, type WorkerReply, type WorkerRequest } from './view.ts';

/** The parts of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (ev) => {
  const { id, settings } = ev.data;
  try {
    const t0 = performance.now();
    const result = compute(settings);
    const view = viewOf(result, performance.now() - t0);
    scope.postMessage({ id, ok: true, view }, transferablesOf(view));
  } catch (e) {
    scope.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
};
