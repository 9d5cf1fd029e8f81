/** Where and how the CLI writes results: stdout or an atomic --output file, streamed JSON, the envelope. */
export type { Sink } from './sink.ts';
export { CHUNK_CHARS, checkOutputPath, openSink, stdoutClosed, watchStdout, withSink } from './sink.ts';
export { findNonFinite, requireFiniteOutput, writeJson } from './jsonStream.ts';
export type { Emission, Envelope } from './emit.ts';
export { emit, envelope } from './emit.ts';
