import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the embedded WebAssembly modules', () => {
  it('are what asm/fft.ts and asm/train.ts compile to (scripts/build-wasm.ts --check), so sources and binaries cannot drift', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-wasm.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.match(/ matches /g)).toHaveLength(2);
  }, 60_000);
});
