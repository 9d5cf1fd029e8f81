/**
 * The explorer page: reads the controls, runs {@link compute} (the library, in the browser) and draws the signal,
 * the prediction and the per-step error with plotly. Library errors (e.g. D dt/2 >= 1, an even N for FouT) are shown
 * as a message instead of a plot. The controls are mirrored in the URL hash so a view can be shared.
 *
 * For tests: body[data-state] is 'ok' or 'error' once a computation finished, body[data-run] counts them, and the
 * element [data-testid=mean-error] holds the mean error in its data-value attribute (full precision).
 */
import Plotly from 'plotly.js-dist-min';
import { METHOD_NAMES, OUTPUT_RULES, measureNames, measures, systemNames, systems } from '../../src/index.ts';
import type { MeasureName, SystemName } from '../../src/index.ts';
import { channelsOf, compute, DEFAULT_SETTINGS, type ExplorerSettings } from './compute.ts';

const form = document.querySelector<HTMLFormElement>('#controls')!;
const meanError = document.querySelector<HTMLElement>('#mean-error')!;
const details = document.querySelector<HTMLElement>('#details')!;
const message = document.querySelector<HTMLElement>('#message')!;
const plotSignal = document.querySelector<HTMLElement>('#plot-signal')!;
const plotError = document.querySelector<HTMLElement>('#plot-error')!;

function field<T extends HTMLInputElement | HTMLSelectElement>(name: string): T {
  return form.elements.namedItem(name) as T;
}

function fillSelect(
  name: string,
  options: readonly { value: string; label: string; group?: string; title?: string }[],
): void {
  const select = field<HTMLSelectElement>(name);
  select.replaceChildren();
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const o of options) {
    const el = new Option(o.label, o.value);
    if (o.title !== undefined) el.title = o.title;
    if (o.group === undefined) {
      select.append(el);
      continue;
    }
    let g = groups.get(o.group);
    if (g === undefined) {
      g = document.createElement('optgroup');
      g.label = o.group;
      groups.set(o.group, g);
      select.append(g);
    }
    g.append(el);
  }
}

fillSelect(
  'system',
  systemNames.map((n) => ({
    value: n,
    label: n,
    group: systems[n].kind === 'signal' ? 'signals' : 'systems',
  })),
);
fillSelect(
  'measure',
  measureNames.map((n) => ({ value: n, label: n, title: measures[n].description })),
);
fillSelect(
  'discretization',
  METHOD_NAMES.map((n) => ({ value: n, label: n })),
);
fillSelect(
  'output',
  OUTPUT_RULES.map((n) => ({ value: n, label: n })),
);

function fillChannels(system: SystemName, keep: number): void {
  fillSelect(
    'channel',
    channelsOf(system).map((c, i) => ({ value: String(i), label: c })),
  );
  const select = field<HTMLSelectElement>('channel');
  select.value = String(keep < select.options.length ? keep : 0);
}

const NUMERIC = ['channel', 'length', 'seed', 'noise', 'N', 'theta', 'dt'] as const;
const TEXT = ['system', 'measure', 'discretization', 'output'] as const;

function readForm(): ExplorerSettings {
  const s: Record<string, unknown> = {};
  // an empty or malformed number becomes NaN, which the library rejects with a message naming the argument
  for (const k of NUMERIC)
    s[k] = field<HTMLInputElement>(k).value.trim() === '' ? NaN : Number(field(k).value);
  for (const k of TEXT) s[k] = field(k).value;
  return s as unknown as ExplorerSettings;
}

function writeForm(s: ExplorerSettings): void {
  for (const k of TEXT) field(k).value = String(s[k]);
  fillChannels(s.system, s.channel);
  for (const k of NUMERIC) if (k !== 'channel') field(k).value = String(s[k]);
}

function settingsFromHash(): ExplorerSettings {
  const s: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const params = new URLSearchParams(location.hash.slice(1));
  for (const k of NUMERIC) if (params.has(k)) s[k] = Number(params.get(k));
  for (const k of TEXT) if (params.has(k)) s[k] = params.get(k);
  if (!systemNames.includes(s.system as SystemName)) s.system = DEFAULT_SETTINGS.system;
  if (!measureNames.includes(s.measure as MeasureName)) s.measure = DEFAULT_SETTINGS.measure;
  return s as unknown as ExplorerSettings;
}

function writeHash(s: ExplorerSettings): void {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) params.set(k, String(v));
  history.replaceState(null, '', `#${params.toString()}`);
}

/** Every n-th point, so that plotly stays responsive for long signals. */
function thin(x: Float64Array, stride: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < x.length; k += stride) out.push(x[k]);
  return out;
}

const MAX_POINTS = 5000;
const layoutBase = { margin: { l: 60, r: 20, t: 40, b: 45 }, legend: { orientation: 'h', y: -0.2 } };
const config = { responsive: true, displaylogo: false };
let runs = 0;

async function update(): Promise<void> {
  const s = readForm();
  writeHash(s);
  document.body.dataset.state = 'computing';
  try {
    const t0 = performance.now();
    const r = compute(s);
    const ms = performance.now() - t0;
    message.hidden = true;
    message.textContent = '';
    meanError.textContent = r.meanError.toExponential(4);
    meanError.dataset.value = String(r.meanError);
    details.textContent = `D = ${r.D.toPrecision(6)}, D dt/2 = ${((r.D * s.dt) / 2).toPrecision(4)}, Dbar = ${r.Dbar.toPrecision(6)}; computed in ${ms.toFixed(0)} ms`;
    const stride = Math.max(1, Math.ceil(r.u.length / MAX_POINTS));
    const tNext = r.t.subarray(1);
    await Plotly.react(
      plotSignal,
      [
        { x: thin(r.t, stride), y: thin(r.u, stride), name: 'signal u', mode: 'lines' },
        {
          x: thin(tNext, stride),
          y: thin(r.prediction.subarray(0, r.u.length - 1), stride),
          name: 'prediction of u[k+1]',
          mode: 'lines',
          line: { dash: 'dot' },
        },
      ],
      {
        ...layoutBase,
        title: { text: `${s.system} (${channelsOf(s.system)[s.channel]}) and its one-step prediction` },
        xaxis: { title: { text: 't' } },
      },
      config,
    );
    await Plotly.react(
      plotError,
      [
        {
          x: thin(tNext, stride),
          y: thin(r.error, stride),
          name: '(prediction[k] - u[k+1])^2',
          mode: 'lines',
        },
      ],
      {
        ...layoutBase,
        title: { text: `squared one-step error, mean ${r.meanError.toExponential(3)}` },
        xaxis: { title: { text: 't' } },
        yaxis: { type: 'log', exponentformat: 'power' },
      },
      config,
    );
    document.body.dataset.state = 'ok';
  } catch (e) {
    Plotly.purge(plotSignal);
    Plotly.purge(plotError);
    meanError.textContent = '–';
    delete meanError.dataset.value;
    details.textContent = '';
    message.textContent = e instanceof Error ? e.message : String(e);
    message.hidden = false;
    document.body.dataset.state = 'error';
  }
  document.body.dataset.run = String(++runs);
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void update(), 120);
}

form.addEventListener('input', (ev) => {
  const target = ev.target as HTMLInputElement | HTMLSelectElement;
  if (target.name === 'system') fillChannels(target.value as SystemName, 0);
  schedule();
});
form.addEventListener('submit', (ev) => ev.preventDefault());

writeForm(settingsFromHash());
void update();
