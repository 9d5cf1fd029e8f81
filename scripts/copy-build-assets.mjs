// Part of `npm run build`: copies into dist/ the files tsc does not emit (the runner's plain-JS worker entry).
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

for (const file of ['experiments/runner/workerBootstrap.mjs']) {
  mkdirSync(dirname(`dist/${file}`), { recursive: true });
  copyFileSync(file, `dist/${file}`);
}
