#!/usr/bin/env node
// The hippo-prophecy command. An installed package runs the compiled CLI (dist/); a checkout runs the TypeScript
// source through tsx (a devDependency), so that `npx hippo-prophecy` there never runs a stale build.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let cli;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(source.href);
} else {
  cli = await import(new URL('../dist/src/cli/main.js', import.meta.url).href);
}
await cli.main();
