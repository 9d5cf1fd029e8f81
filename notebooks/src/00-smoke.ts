// %% [markdown]
// # Smoke
// %%
import { hippo } from '../src/hippo/index.ts';
const op = hippo('legt', 4);
op.A.rows
// %%
Deno.jupyter.display({ 'application/vnd.plotly.v1+json': { data: [{ x: [1, 2], y: [3, 4] }], layout: {} }, 'text/plain': 'fig' }, { raw: true });
// %%
console.log(Deno.cwd());
