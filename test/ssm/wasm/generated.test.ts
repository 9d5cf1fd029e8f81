import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the embedded WebAssembly module', () => {
  it('is what asm/fft.ts compiles to (scripts/build-wasm.ts --check), so the source and the binary cannot drift', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-wasm.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toMatch(/matches/);
  }, 60_000);
});
