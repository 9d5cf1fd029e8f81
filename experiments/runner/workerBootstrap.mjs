// Worker-thread entry of the runner's pool. Plain JavaScript on purpose: a worker thread starts without the
// parent's TypeScript loader (vitest transforms in-process, tsx registers per thread), so when a task module is
// TypeScript (a checkout) this file registers tsx itself first; the built package's task modules are JavaScript
// and need no loader (tsx is a devDependency, absent from an installed package).
import { parentPort } from 'node:worker_threads';

let tsLoader;
function loaderFor(module) {
  if (!/\.(ts|mts)$/.test(module)) return undefined;
  tsLoader ??= import('tsx/esm/api').then(({ register }) => register());
  return tsLoader;
}

/** module URL -> promise of the imported module namespace (each module is imported once per worker) */
const modules = new Map();

parentPort.on('message', async (msg) => {
  const { id, module, fn, input } = msg;
  try {
    let loaded = modules.get(module);
    if (!loaded) {
      loaded = Promise.resolve(loaderFor(module)).then(() => import(module));
      modules.set(module, loaded);
    }
    const ns = await loaded;
    const f = ns[fn];
    if (typeof f !== 'function') throw new TypeError(`task ${fn} is not an exported function of ${module}`);
    const value = await f(input);
    parentPort.postMessage({ id, ok: true, value });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort.postMessage({ id, ok: false, error: { message: e.message, stack: e.stack, name: e.name } });
  }
});
