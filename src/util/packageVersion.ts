/**
 * The version of this package, read from its package.json (Node only): found by walking up from this file, which
 * sits two levels below the package root in a checkout (src/util) and three in the build (dist/src/util).
 */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The `version` field of hippo-prophecy's package.json.
 *
 * @returns e.g. '0.2.0'
 * @throws Error when no package.json named hippo-prophecy is found above this file
 * @example
 * ```ts
 * /^\d+\.\d+\.\d+/.test(packageVersion());
 * ```
 */
export function packageVersion(): string {
  if (cached !== undefined) return cached;
  for (let up = '../'; up.length <= 5 * 3; up += '../') {
    let text: string;
    try {
      text = readFileSync(new URL(`${up}package.json`, import.meta.url), 'utf8');
    } catch {
      continue;
    }
    const pkg = JSON.parse(text) as { name?: string; version?: string };
    if (pkg.name === 'hippo-prophecy' && typeof pkg.version === 'string') return (cached = pkg.version);
  }
  throw new Error(`packageVersion: no package.json of hippo-prophecy above ${import.meta.url}`);
}
