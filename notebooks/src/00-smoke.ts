// %% [markdown]
// # Smoke
// %%
import { hippo } from '../src/hippo/index.ts';
// %%
const op = hippo('legt', 4);
op.A.rows
// %%
({ [Symbol.for('Jupyter.display')]() { return { 'text/plain': 'hello', 'application/vnd.plotly.v1+json': {data: [], layout: {}} }; } })
// %%
hippo('fout', 5).N
// %%
1 + 1
