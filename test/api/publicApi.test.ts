/**
 * The committed API report (api/public-api.md) matches the code: a change to the public surface is a reviewed
 * change of that file (regenerate it with `npx tsx scripts/apiReport.ts`). Internals (`@internal`) stay out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiReport, REPORT } from '../../scripts/apiReport.ts';

describe('public API report', () => {
  const text = apiReport();

  it('api/public-api.md is up to date', () => {
    expect(readFileSync(REPORT, 'utf8')).toBe(text);
  });

  it('lists every entry point and no tuning constant or argument check', () => {
    for (const entry of [
      'hippo-prophecy',
      'hippo-prophecy/plot',
      'hippo-prophecy/train',
      'hippo-prophecy/fit',
      'hippo-prophecy/experiments',
    ]) {
      expect(text).toContain(`## ${entry}\n`);
    }
    for (const internal of [
      'AUTO_COST',
      'STRUCTURED_MIN_N',
      'EXPM_THETA',
      'RIDGE_GRID',
      'requireMatrix',
      'requirePredictor',
    ]) {
      expect(text).not.toContain(`\`${internal}\``);
    }
  });
});
