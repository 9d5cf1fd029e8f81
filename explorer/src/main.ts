/**
 * The explorer page: reads the controls, has the compute worker run the library on them (worker.ts via client.ts)
 * and draws the result (plots.ts). The headline is the model's second-half MSE with copy-last's beside it. A failed
 * computation shows its message above the plots and keeps the last good plots, marked as stale (with a button back
 * to their settings); the controls stay usable. The settings are mirrored in the URL hash so a view can be shared.
 *
 * For tests: body[data-state] is 'computing', then 'ok' or 'error'; body[data-run] counts the computations shown
 * (a superseded one is never shown); body[data-elapsed] is the main thread's running count of ms since the current
 * computation started (it keeps ticking while the worker computes); the headline, copy-last, ratio and whole-window
 * elements hold their full-precision values in data-value.
 */
import { measureNames, measures, systemNames, systems, type SystemName } from './library.ts';
import { computeClient } from './client.ts';
import { drawPlots } from './plots.ts';
import {
  CHOICES,
  CHOICE_KEYS,
  FLAG_KEYS,
  NUMERIC_KEYS,
  channelsOf,
  isHigherOrder,
  settingsFromHash,
  settingsToHash,
  type ExplorerSettings,
} from './settings.ts';
import type { ExplorerView, WorkerReply } from './view.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#controls');
const headlineLabel = $('#headline-label');
const headline = $('#headline-error');
const copyLastEl = $('#copy-last-error');
const copyLastLabel = $('#copy-last-label');
const ratioEl = $('#error-ratio');
const details = $('#details');
const status = $('#status');
const warning = $('#warning');
const message = $('#message');
const plots = $('#plots');
const staleNote = $('#stale-note');
const plotSignal = $('#plot-signal');
const plotError = $('#plot-error');

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

const OUTPUT_LABELS: Record<string, string> = {
  trapezoid: 'trapezoid',
  'forward-euler': 'forward Euler',
  matched: 'matched, order M',
  taylor: 'Taylor, order M',
};

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
for (const k of ['discretization', 'output', 'bankWeighting'] as const) {
  fillSelect(
    k,
    (CHOICES[k] ?? []).map((n) => ({ value: n, label: OUTPUT_LABELS[n] ?? n })),
  );
}

function fillChannels(system: SystemName, keep: number): void {
  fillSelect(
    'channel',
    channelsOf(system).map((c, i) => ({ value: String(i), label: c })),
  );
  const select = field<HTMLSelectElement>('channel');
  select.value = String(keep < select.options.length ? keep : 0);
}

function readForm(): ExplorerSettings {
  const s: Record<string, unknown> = {};
  // an empty or malformed number becomes NaN, which the library rejects with a message naming the argument
  for (const k of NUMERIC_KEYS) {
    const raw = field(k).value.trim();
    s[k] = raw === '' ? NaN : Number(raw);
  }
  for (const k of CHOICE_KEYS) s[k] = field(k).value;
  for (const k of FLAG_KEYS) s[k] = field<HTMLInputElement>(k).checked;
  return s as unknown as ExplorerSettings;
}

function writeForm(s: ExplorerSettings): void {
  for (const k of CHOICE_KEYS) field(k).value = String(s[k]);
  fillChannels(s.system, s.channel);
  for (const k of NUMERIC_KEYS) if (k !== 'channel') field(k).value = String(s[k]);
  for (const k of FLAG_KEYS) field<HTMLInputElement>(k).checked = s[k];
}

/** Greys out the controls the current settings ignore (their values are kept, also in the hash). */
function syncDisabled(s: ExplorerSettings): void {
  for (const k of ['measure', 'N', 'theta']) field(k).disabled = s.bank;
  for (const k of ['bankThetaMin', 'bankThetaMax', 'bankCount', 'bankWeighting']) field(k).disabled = !s.bank;
  field('order').disabled = !isHigherOrder(s.output);
}

function writeHash(s: ExplorerSettings): void {
  history.replaceState(null, '', `#${settingsToHash(s)}`);
}

function show(el: HTMLElement, value: number | null): void {
  if (value === null) {
    el.textContent = '–';
    delete el.dataset.value;
    return;
  }
  el.textContent = Number.isFinite(value)
    ? value.toExponential(3)
    : value > 0
      ? '∞ (diverged)'
      : String(value);
  el.dataset.value = String(value);
}

/** What the headline averages: one-step errors, or a rollout's once the loop closes inside the window. */
function headlineText(v: ExplorerView): string {
  const k = `k ≥ ${v.window.from}`;
  if (v.teacherSteps >= v.L) return `one-step MSE over the second half (${k})`;
  return (
    `MSE over the second half (${k}) of a rollout: true inputs up to step ${v.teacherSteps} of ${v.L}, ` +
    'then the model is fed its own predictions'
  );
}

function divergenceText(v: ExplorerView): string {
  const k = v.divergedAt!;
  const where =
    k >= v.teacherSteps
      ? 'the closed loop (the model fed its own predictions) is unstable for these settings'
      : 'the recurrence x_{k+1} = Abar x_k + Bbar u_k is unstable for these settings';
  return `The prediction diverged at k = ${k}: ${where}. Its MSE is infinite; the plots stop where it overflowed.`;
}

const client = computeClient();
let requests = 0;
let runs = 0;
let lastGood: ExplorerSettings | null = null;
let rendering: Promise<void> = Promise.resolve();

/** The main thread's elapsed-time display while the worker computes. */
let ticker: ReturnType<typeof setInterval> | undefined;
function startTicker(): void {
  clearInterval(ticker);
  const t0 = performance.now();
  const tick = () => {
    const ms = performance.now() - t0;
    document.body.dataset.elapsed = ms.toFixed(0);
    status.textContent = `computing… ${(ms / 1000).toFixed(1)} s`;
    status.hidden = ms < 300; // quick computations do not flash it
  };
  tick();
  ticker = setInterval(tick, 100);
}
function stopTicker(): void {
  clearInterval(ticker);
  status.hidden = true;
}

async function render(reply: WorkerReply, s: ExplorerSettings): Promise<'ok' | 'error'> {
  if (reply.ok) {
    const v = reply.view;
    headlineLabel.textContent = headlineText(v);
    show(headline, v.secondHalf);
    show(copyLastEl, v.copyLastSecondHalf);
    copyLastLabel.textContent =
      v.teacherSteps >= v.L ? 'copy-last' : 'copy-last (holding the last true input)';
    show(ratioEl, v.secondHalf / v.copyLastSecondHalf);
    details.textContent =
      `${v.description}; whole-window MSE ${Number.isFinite(v.whole) ? v.whole.toExponential(3) : '∞'}; ` +
      `computed in ${v.ms.toFixed(0)} ms`;
    details.dataset.whole = String(v.whole);
    details.dataset.ms = String(v.ms);
    warning.textContent = v.divergedAt === null ? '' : divergenceText(v);
    warning.hidden = v.divergedAt === null;
    message.hidden = true;
    message.textContent = '';
    const channel = channelsOf(s.system)[s.channel];
    await drawPlots(plotSignal, plotError, v, `${s.system} (${channel}) and its prediction`);
    plots.classList.remove('stale');
    staleNote.hidden = true;
    lastGood = s;
  } else {
    headlineLabel.textContent = 'one-step MSE over the second half';
    for (const el of [headline, copyLastEl, ratioEl]) show(el, null);
    details.textContent = '';
    delete details.dataset.whole;
    delete details.dataset.ms;
    warning.hidden = true;
    message.textContent = reply.message;
    message.hidden = false;
    // keep the last good plots, marked as such (none yet: the plot area stays empty)
    plots.classList.toggle('stale', lastGood !== null);
    staleNote.hidden = lastGood === null;
  }
  return reply.ok ? 'ok' : 'error';
}

async function update(): Promise<void> {
  const s = readForm();
  const mine = ++requests;
  writeHash(s);
  syncDisabled(s);
  document.body.dataset.state = 'computing';
  startTicker();
  const reply = await client.request(s);
  if (reply === null) return; // superseded by a newer request
  rendering = rendering.then(async () => {
    if (mine !== requests) return; // a newer request is on its way: do not show this one
    const state = await render(reply, s);
    if (mine === requests) {
      stopTicker();
      document.body.dataset.state = state;
    }
    document.body.dataset.run = String(++runs);
  });
  await rendering;
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
$('#restore').addEventListener('click', () => {
  if (lastGood === null) return;
  writeForm(lastGood);
  void update();
});

// a link with other settings opened in this tab changes only the hash (writeHash's replaceState fires no event)
window.addEventListener('hashchange', () => {
  writeForm(settingsFromHash(location.hash));
  void update();
});

writeForm(settingsFromHash(location.hash));
void update();
