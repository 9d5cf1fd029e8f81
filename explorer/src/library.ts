/**
 * The explorer's one import site of the library: every other explorer module imports the core from here, so
 * switching to the built package (e.g. 'hippo-prophecy') is a one-line change.
 */
export * from '../../src/index.ts';
