/**
 * The explorer in headless Chromium: its headline (the model's second-half MSE, copy-last's beside it, their ratio),
 * its whole-window MSE and its plotted errors equal the library's own numbers computed here in Node for the same
 * settings; the teacher ratio, output rule and window bank controls change them as the library does; a failed
 * computation shows its message above the kept, stale-marked plots; every setting round-trips through the URL hash.
 * The compute worker's tests (responsiveness at L = 2e5, superseding) are in explorerWorker.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEFAULT_SETTINGS,
  settingsFromHash,
  settingsToHash,
  type ExplorerSettings,
} from '../explorer/src/settings.ts';
import { generate } from '../src/index.ts';
import { launchBrowser, runCount, settled, startExplorer, type Browser, type Explorer } from './harness.ts';
import { expectMse, expectRatio, libraryNumbers } from './libraryNumbers.ts';

type Settings = ExplorerSettings;

/** The page's defaults (explorer/src/settings.ts), restated so that a silent change of them is noticed. */
const DEFAULTS: Settings = {
  system: 'white-signal',
  channel: 0,
  length: 4000,
  seed: 0,
  noise: 0,
  measure: 'legt',
  N: 17,
  theta: 1,
  dt: 1e-3,
  discretization: 'bilinear',
  output: 'trapezoid',
  order: 3,
  teacherRatio: 1,
  bank: false,
  bankThetaMin: 0.01,
  bankThetaMax: 1,
  bankCount: 13,
  bankWeighting: 'softmin',
};

let server: Explorer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startExplorer();
  browser = await launchBrowser();
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads the page afresh with these settings in the hash; returns its state once computed. */
async function open(s: Partial<Settings>): Promise<string> {
  await page.goto('about:blank');
  await page.goto(`${server.url}#${settingsToHash({ ...DEFAULTS, ...s })}`);
  return settled(page, 0);
}

/** The full-precision value an element holds in data-value (null when it shows none). */
async function valueOf(testId: string): Promise<number | null> {
  const v = await page.getAttribute(`[data-testid=${testId}]`, 'data-value');
  return v === null ? null : Number(v);
}

/** The headline, copy-last, ratio and whole-window numbers on the page equal the library's for `s`. */
async function expectLibraryNumbers(s: Settings): Promise<ReturnType<typeof libraryNumbers>> {
  const lib = libraryNumbers(s);
  expectMse(await valueOf('headline-error'), lib.secondHalf);
  expectMse(await valueOf('copy-last-error'), lib.copyLast);
  expectRatio(await valueOf('error-ratio'), lib.secondHalf, lib.copyLast);
  expectMse(Number(await page.getAttribute('[data-testid=details]', 'data-whole')), lib.whole);
  return lib;
}

/** What plotly holds in a figure: the y values of a trace and the layout's shapes. */
async function figure(
  testId: string,
  trace = 0,
): Promise<{ y: number[]; shapes: { type: string; x0: number; x1: number }[] }> {
  return page.evaluate(
    ([id, i]) => {
      const el = document.querySelector(`[data-testid=${id}]`) as HTMLElement & {
        data?: { y: ArrayLike<number> }[];
        layout?: { shapes?: { type: string; x0: number; x1: number }[] };
      };
      return { y: Array.from(el.data?.[i]?.y ?? []), shapes: el.layout?.shapes ?? [] };
    },
    [testId, trace] as const,
  );
}

const mean = (y: number[]) => y.reduce((a, b) => a + b, 0) / y.length;

/** Changes one control and waits for the recomputation; returns the new state. */
async function change(testId: string, value: string | boolean): Promise<string> {
  const before = await runCount(page);
  const selector = `[data-testid=${testId}]`;
  if (typeof value === 'boolean') await page.setChecked(selector, value);
  else if ((await page.locator(selector).evaluate((el) => el.tagName)) === 'SELECT')
    await page.selectOption(selector, value);
  else await page.fill(selector, value);
  return settled(page, before);
}

describe('headline', () => {
  it('shows the second-half MSE, copy-last beside it and their ratio, as the library computes them', async () => {
    expect(await open({})).toBe('ok');
    const lib = await expectLibraryNumbers(DEFAULTS);
    expect(await page.textContent('[data-testid=headline-label]')).toMatch(/second half/);
    // why the headline is not the whole-window mean: the start-up transient dominates it here
    expect(lib.whole).toBeGreaterThan(1e3 * lib.secondHalf);
    // the error figure plots every squared error (L <= 5000) and copy-last's, and shades the second half
    const model = await figure('plot-error', 0);
    expect(model.y.length).toBe(DEFAULTS.length - 1);
    expectMse(mean(model.y), lib.whole);
    expectMse(mean((await figure('plot-error', 1)).y), libraryCopyLastWhole(DEFAULTS));
    const t = generate(DEFAULTS.system, { length: DEFAULTS.length, dt: DEFAULTS.dt }).t;
    const from = Math.floor((DEFAULTS.length - 1) / 2);
    expect(model.shapes[0]).toMatchObject({ type: 'rect', x0: t[from + 1], x1: t[DEFAULTS.length - 1] });
  });

  it('recomputes when N changes, matching the library, and writes N to the hash', async () => {
    const before = await valueOf('headline-error');
    expect(await change('N', '9')).toBe('ok');
    expect(await valueOf('headline-error')).not.toBe(before);
    await expectLibraryNumbers({ ...DEFAULTS, N: 9 });
    expect(new URL(page.url()).hash).toContain('N=9');
  });

  it('recomputes when the system and the channel change, matching the library', async () => {
    expect(await change('system', 'lorenz')).toBe('ok');
    await expectLibraryNumbers({ ...DEFAULTS, N: 9, system: 'lorenz' });
    // the channel control follows the system (x, y, z)
    expect(await page.locator('[data-testid=channel] option').count()).toBe(3);
    expect(await change('channel', '2')).toBe('ok');
    await expectLibraryNumbers({ ...DEFAULTS, N: 9, system: 'lorenz', channel: 2 });
  });
});

/** copy-last's whole-window MSE, teacher-forced: mean of (u[k] - u[k+1])^2. */
function libraryCopyLastWhole(s: Settings): number {
  const u = generate(s.system, { length: s.length, dt: s.dt, seed: s.seed, noise: s.noise }).values[
    s.channel
  ];
  let sum = 0;
  for (let k = 0; k + 1 < u.length; k++) sum += (u[k] - u[k + 1]) ** 2;
  return sum / (u.length - 1);
}

describe('a failed computation', () => {
  it('shows the message above the last good plots, marked stale, and keeps the controls usable', async () => {
    expect(await open({ N: 9 })).toBe('ok');
    const good = await figure('plot-error');
    // LegT: D = N^2 / theta = 81, so dt = 0.05 gives D dt/2 = 2.025
    expect(await change('dt', '0.05')).toBe('error');
    const text = (await page.textContent('[data-testid=error-message]')) ?? '';
    expect(text).toMatch(/dt/);
    expect(await page.isVisible('[data-testid=error-message]')).toBe(true);
    for (const id of ['headline-error', 'copy-last-error', 'error-ratio'])
      expect(await valueOf(id)).toBeNull();
    // the plots stay, unchanged, below the message, marked as the last good ones
    expect(await page.isVisible('[data-testid=plot-error]')).toBe(true);
    expect(await figure('plot-error')).toEqual(good);
    expect(await page.isVisible('[data-testid=stale-note]')).toBe(true);
    expect(await page.getAttribute('[data-testid=plots]', 'class')).toContain('stale');
    const messageBox = (await page.locator('[data-testid=error-message]').boundingBox())!;
    const plotBox = (await page.locator('[data-testid=plot-signal]').boundingBox())!;
    expect(messageBox.y + messageBox.height).toBeLessThanOrEqual(plotBox.y);
    // every control is still there and usable
    for (const id of ['system', 'N', 'dt', 'output', 'teacherRatio', 'bank']) {
      expect(await page.isVisible(`[data-testid=${id}]`)).toBe(true);
      expect(await page.isEnabled(`[data-testid=${id}]`)).toBe(true);
    }
    // the stale note's button goes back to the settings the plots show
    const before = await runCount(page);
    await page.click('[data-testid=restore]');
    expect(await settled(page, before)).toBe('ok');
    expect(await page.inputValue('[data-testid=dt]')).toBe('0.001');
    expect(await page.isVisible('[data-testid=stale-note]')).toBe(false);
    expect(await page.isVisible('[data-testid=error-message]')).toBe(false);
    expect(await page.getAttribute('[data-testid=plots]', 'class')).not.toContain('stale');
    await expectLibraryNumbers({ ...DEFAULTS, N: 9 });
  });

  it('shows the library error for an even N with FouT, then recovers', async () => {
    expect(await change('measure', 'fout')).toBe('ok'); // N = 9 is odd
    expect(await change('N', '8')).toBe('error');
    expect((await page.textContent('[data-testid=error-message]')) ?? '').toMatch(/odd/);
    expect(await page.isVisible('[data-testid=stale-note]')).toBe(true);
    expect(await change('N', '9')).toBe('ok');
    await expectLibraryNumbers({ ...DEFAULTS, N: 9, measure: 'fout' });
  });

  it('on a first load that fails shows the message and no plot (there is no good one to keep)', async () => {
    expect(await open({ dt: 0.05 })).toBe('error');
    expect(await page.isVisible('[data-testid=error-message]')).toBe(true);
    expect(await page.isVisible('[data-testid=stale-note]')).toBe(false);
    expect((await figure('plot-error')).y).toEqual([]);
  });
});

describe('teacher ratio', () => {
  it('rolls out after ceil(ratio L) true inputs, as predictNext does, with copy-last holding its last input', async () => {
    const forced = libraryNumbers({ ...DEFAULTS, N: 9 });
    const s = { ...DEFAULTS, N: 9, teacherRatio: 0.9 };
    expect(await open(s)).toBe('ok');
    const lib = await expectLibraryNumbers(s);
    // the closed loop is worse than teacher forcing, and the label says which error this is
    expect(lib.secondHalf).toBeGreaterThan(forced.secondHalf);
    expect(await page.textContent('[data-testid=headline-label]')).toMatch(/rollout.*step 3600 of 4000/);
    const t = generate(s.system, { length: s.length, dt: s.dt }).t;
    expect((await figure('plot-signal')).shapes).toEqual([
      expect.objectContaining({ type: 'line', x0: t[3600] }),
    ]);
  });

  it('warns where the closed loop diverges (the index the library gives) and shows an infinite MSE', async () => {
    const s = { ...DEFAULTS, length: 20_000, teacherRatio: 0.1 };
    const lib = libraryNumbers(s);
    expect(lib.divergedAt).not.toBeNull();
    expect(await open(s)).toBe('ok');
    expect(await valueOf('headline-error')).toBe(Infinity);
    expectMse(await valueOf('copy-last-error'), lib.copyLast);
    expect(await page.isVisible('[data-testid=warning]')).toBe(true);
    expect(await page.textContent('[data-testid=warning]')).toContain(`diverged at k = ${lib.divergedAt}`);
    expect(await page.textContent('[data-testid=warning]')).toMatch(/closed loop/);
  });
});

describe('output rule', () => {
  it('gives the library numbers of trapezoid, forward Euler and the matched rule of order M', async () => {
    expect(await open({})).toBe('ok');
    expect(await page.isEnabled('[data-testid=order]')).toBe(false); // M only matters for matched / taylor
    const seen = new Set<number>([libraryNumbers(DEFAULTS).secondHalf]);
    const steps: [string, string, Partial<Settings>][] = [
      ['output', 'forward-euler', { output: 'forward-euler' }],
      ['output', 'matched', { output: 'matched', order: 3 }],
      ['order', '2', { output: 'matched', order: 2 }],
      ['output', 'taylor', { output: 'taylor', order: 2 }],
    ];
    for (const [testId, value, s] of steps) {
      expect(await change(testId, value)).toBe('ok');
      const lib = await expectLibraryNumbers({ ...DEFAULTS, ...s });
      seen.add(lib.secondHalf);
      expect(await page.isEnabled('[data-testid=order]')).toBe(
        s.output === 'matched' || s.output === 'taylor',
      );
    }
    expect(seen.size).toBe(5); // every rule and order changed the result
    // the library's claim: the matched rule of order 3 (fifth order) beats the trapezoid (third order) here
    expect(libraryNumbers({ ...DEFAULTS, output: 'matched', order: 3 }).secondHalf).toBeLessThan(
      libraryNumbers(DEFAULTS).secondHalf,
    );
  });

  it('refuses the matched rule on a state other than bilinear, naming discretization', async () => {
    expect(await change('discretization', 'zoh')).toBe('error');
    expect(await page.textContent('[data-testid=error-message]')).toMatch(/discretization.*bilinear/);
  });
});

describe('window bank', () => {
  it('predicts with windowBank + bankPredict, greys out measure, N and theta, and follows its own controls', async () => {
    expect(await open({})).toBe('ok');
    expect(await page.isEnabled('[data-testid=bankCount]')).toBe(false);
    expect(await change('bank', true)).toBe('ok');
    await expectLibraryNumbers({ ...DEFAULTS, bank: true });
    for (const id of ['measure', 'N', 'theta'])
      expect(await page.isEnabled(`[data-testid=${id}]`)).toBe(false);
    for (const id of ['bankThetaMin', 'bankThetaMax', 'bankCount', 'bankWeighting']) {
      expect(await page.isEnabled(`[data-testid=${id}]`)).toBe(true);
    }
    expect(await page.textContent('[data-testid=details]')).toMatch(/window bank of \d+ LegT members/);
    const before = await valueOf('headline-error');
    expect(await change('bankCount', '4')).toBe('ok');
    expect(await valueOf('headline-error')).not.toBe(before);
    await expectLibraryNumbers({ ...DEFAULTS, bank: true, bankCount: 4 });
    expect(await change('bankWeighting', 'argmin')).toBe('ok');
    await expectLibraryNumbers({ ...DEFAULTS, bank: true, bankCount: 4, bankWeighting: 'argmin' });
    expect(await change('output', 'matched')).toBe('ok');
    await expectLibraryNumbers({
      ...DEFAULTS,
      bank: true,
      bankCount: 4,
      bankWeighting: 'argmin',
      output: 'matched',
    });
  });

  it('refuses a teacher ratio below 1 (the bank is teacher-forced only)', async () => {
    expect(await change('teacherRatio', '0.5')).toBe('error');
    expect(await page.textContent('[data-testid=error-message]')).toMatch(/teacher ratio/);
  });

  it('refuses a bank too large for the page, naming the bank count', async () => {
    expect(await change('teacherRatio', '1')).toBe('ok');
    expect(await change('bankCount', '1000')).toBe('error');
    expect(await page.textContent('[data-testid=error-message]')).toMatch(/bank count must be at most 100/);
  });
});

describe('URL hash', () => {
  /** Every setting away from its default, once with the bank off and once with it on. */
  const X1: Settings = {
    system: 'filtered-noise',
    channel: 0,
    length: 3000,
    seed: 3,
    noise: 0.01,
    measure: 'lagt',
    N: 12,
    theta: 0.5,
    dt: 0.002,
    discretization: 'zoh',
    output: 'forward-euler',
    order: 2,
    teacherRatio: 0.95,
    bank: false,
    bankThetaMin: 0.02,
    bankThetaMax: 0.5,
    bankCount: 4,
    bankWeighting: 'argmin',
  };
  const X2: Settings = {
    ...X1,
    system: 'lorenz',
    channel: 2,
    discretization: 'bilinear',
    output: 'matched',
    teacherRatio: 1,
    bank: true,
  };

  async function formValues(): Promise<Record<string, string | boolean>> {
    return page.evaluate(() => {
      const out: Record<string, string | boolean> = {};
      for (const el of Array.from(
        document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#controls [name]'),
      )) {
        out[el.name] = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
      }
      return out;
    });
  }

  function asForm(s: Settings): Record<string, string | boolean> {
    return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)]));
  }

  it('every setting goes from the hash into the form and back into the hash, with the library numbers', async () => {
    for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      expect(X1[k] !== DEFAULT_SETTINGS[k] || X2[k] !== DEFAULT_SETTINGS[k], k).toBe(true);
    }
    expect(await open(X1)).toBe('ok');
    expect(await formValues()).toEqual(asForm(X1));
    expect(settingsFromHash(new URL(page.url()).hash)).toEqual(X1);
    await expectLibraryNumbers(X1);
    // a link with other settings opened in the same tab (only the hash changes)
    const before = await runCount(page);
    await page.evaluate((h) => (location.hash = h), settingsToHash(X2));
    expect(await settled(page, before)).toBe('ok');
    expect(await formValues()).toEqual(asForm(X2));
    expect(settingsFromHash(new URL(page.url()).hash)).toEqual(X2);
    await expectLibraryNumbers(X2);
    // and a reload keeps them
    await page.reload();
    expect(await settled(page, 0)).toBe('ok');
    expect(await formValues()).toEqual(asForm(X2));
    await expectLibraryNumbers(X2);
  });
});

it('raised no uncaught errors in the page', () => {
  expect(browser.pageErrors).toEqual([]);
});
