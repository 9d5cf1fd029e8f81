import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the generated FFT stages and the embedded WebAssembly modules', () => {
  it('are what scripts/build-wasm.ts generates from the butterflies and compiles from asm/ (--check)', () => {
    // exits non-zero (execFileSync throws) when a committed file differs from a fresh build
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-wasm.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    for (const file of [
      'src/ssm/fft/butterflies.generated.ts',
      'asm/butterflies.generated.ts',
      'src/ssm/wasm/fftWasm.generated.ts',
      'src/fit/wasm/trainWasm.generated.ts',
    ]) {
      expect(out).toContain(`${file} matches its source`);
    }
  }, 60_000);
});
