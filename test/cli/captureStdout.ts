/** Captures what CLI commands write on stdout during each test of the calling file. */
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Installs beforeEach / afterEach hooks that collect process.stdout.write chunks; returns the collected text and a
 * reset (for several commands in one test).
 */
export function captureStdout(): { text(): string; reset(): void } {
  let written: string[] = [];
  beforeEach(() => {
    written = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return {
    text: () => written.join(''),
    reset: () => {
      written = [];
    },
  };
}
