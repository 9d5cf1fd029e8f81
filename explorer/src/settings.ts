/**
 * The explorer's settings: their types and defaults, and their text form in the URL hash (`#system=...&N=17&...`),
 * shared by the page (form and hash) and the tests. DOM-free.
 */
import {
  BANK_WEIGHTINGS,
  HIGHER_ORDER_RULES,
  METHOD_NAMES,
  OUTPUT_RULES,
  measureNames,
  systemNames,
  systems,
  type BankWeighting,
  type HigherOrderRule,
  type MeasureName,
  type OutputRule,
  type SystemName,
} from './library.ts';

/** Output rules of the page: prophecy's (trapezoid, forward-euler) and the higher-order ones (matched, taylor). */
export type ExplorerOutput = OutputRule | HigherOrderRule;

/** The output rules in the order the page lists them. */
export const EXPLORER_OUTPUTS: readonly ExplorerOutput[] = Object.freeze([
  ...OUTPUT_RULES,
  ...HIGHER_ORDER_RULES,
]);

/** True for the rules of src/higher-order (they read out u', ..., u^(M) with M = `order`). */
export function isHigherOrder(output: ExplorerOutput): output is HigherOrderRule {
  return (HIGHER_ORDER_RULES as readonly string[]).includes(output);
}

/** The explorer's controls. */
export interface ExplorerSettings {
  /** signal or system name from the `systems` registry */
  system: SystemName;
  /** channel of a vector-valued system (0-based) */
  channel: number;
  /** number of samples L */
  length: number;
  /** seed of the generator */
  seed: number;
  /** standard deviation of the Gaussian observation noise added to the signal */
  noise: number;
  measure: MeasureName;
  /** state size */
  N: number;
  /** window length of the measure */
  theta: number;
  /** sample spacing of the signal and step of the predictor */
  dt: number;
  discretization: 'forward' | 'backward' | 'bilinear' | 'zoh';
  /** output rule: prophecy's trapezoid / forward-euler, or higherOrderPredictor's matched / taylor of order M */
  output: ExplorerOutput;
  /** M, the highest derivative read out by the matched / taylor rules (ignored by the others) */
  order: number;
  /** fraction of the signal fed as true inputs; after ceil(teacherRatio L) steps the model feeds back its own output */
  teacherRatio: number;
  /** predict with a window bank of LegT members (windowBank + bankPredict) instead of one measure, N, theta */
  bank: boolean;
  /** the bank's smallest window */
  bankThetaMin: number;
  /** the bank's largest window */
  bankThetaMax: number;
  /** number of windows, geometric from bankThetaMin to bankThetaMax */
  bankCount: number;
  /** how the bank combines its members (combineOnline) */
  bankWeighting: BankWeighting;
}

export const DEFAULT_SETTINGS: Readonly<ExplorerSettings> = Object.freeze({
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
});

type Key = keyof ExplorerSettings;

/** Settings chosen from a list (a select on the page). */
export const CHOICES: { readonly [K in Key]?: readonly string[] } = Object.freeze({
  system: systemNames,
  measure: measureNames,
  discretization: METHOD_NAMES,
  output: EXPLORER_OUTPUTS,
  bankWeighting: BANK_WEIGHTINGS,
});

/** Numeric settings (number inputs; `channel` is a select of indices). */
export const NUMERIC_KEYS = Object.freeze([
  'channel',
  'length',
  'seed',
  'noise',
  'N',
  'theta',
  'dt',
  'order',
  'teacherRatio',
  'bankThetaMin',
  'bankThetaMax',
  'bankCount',
] as const satisfies readonly Key[]);

/** Settings chosen from a list. */
export const CHOICE_KEYS = Object.freeze([
  'system',
  'measure',
  'discretization',
  'output',
  'bankWeighting',
] as const satisfies readonly Key[]);

/** On/off settings (checkboxes). */
export const FLAG_KEYS = Object.freeze(['bank'] as const satisfies readonly Key[]);

/**
 * Reads settings from a URL hash (with or without the leading '#'). Absent keys take their default; a choice that is
 * not in its list also takes its default (the form could not show it); a malformed number becomes NaN, which the
 * computation refuses with a message naming it; a flag is on for '1' or 'true'.
 */
export function settingsFromHash(hash: string): ExplorerSettings {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const s: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const k of NUMERIC_KEYS) {
    const v = params.get(k);
    if (v !== null) s[k] = v.trim() === '' ? NaN : Number(v);
  }
  for (const k of CHOICE_KEYS) {
    const v = params.get(k);
    if (v !== null && (CHOICES[k] ?? []).includes(v)) s[k] = v;
  }
  for (const k of FLAG_KEYS) {
    const v = params.get(k);
    if (v !== null) s[k] = v === '1' || v === 'true';
  }
  return s as unknown as ExplorerSettings;
}

/** The URL hash of settings (without '#'), every key written, flags as 1 / 0; settingsFromHash reads it back. */
export function settingsToHash(s: ExplorerSettings): string {
  const params = new URLSearchParams();
  for (const k of Object.keys(DEFAULT_SETTINGS) as Key[]) {
    const v = s[k];
    params.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return params.toString();
}

/** Channel names of a system (for the channel control). */
export function channelsOf(system: SystemName): readonly string[] {
  return systems[system].channels;
}
