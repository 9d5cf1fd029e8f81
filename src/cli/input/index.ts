/** Reading CLI inputs from files or stdin, in chunks: JSON (numeric arrays as Float64Array) or delimited columns. */
export { DelimitedChunkParser } from './delimitedParser.ts';
export { GrowableFloat64 } from './growable.ts';
export type { DelimitedColumns } from './delimitedParser.ts';
export { JsonChunkParser } from './jsonParser.ts';
export type { InputTable } from './readInput.ts';
export { describeSource, pickChannel, readChunks, readParsed, readTable } from './readInput.ts';
