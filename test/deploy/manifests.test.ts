/**
 * The deploy/ examples, parsed and checked against each other and against the CLI: the Kubernetes Indexed Job
 * (completions = parallelism = the --shards of its command, the volume mounted at its --out) and its merge Job, the
 * Slurm array (--array 0-(n-1)) and its merge chained with afterok, the GitHub Actions matrix (--shard i/n over
 * i = 0..n-1) and its merge job; every flag they pass exists on the command they call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildProgram } from '../../src/cli/main.ts';

const deploy = fileURLToPath(new URL('../../deploy/', import.meta.url));
const text = (file: string) => readFileSync(join(deploy, file), 'utf8');
const yaml = (file: string) => parse(text(file)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The value after `flag` in an argument list. */
const flag = (args: readonly string[], name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};

/** Every --flag of `args` is an option of the sub-command args[0]. */
function expectKnownFlags(args: readonly string[]) {
  const command = buildProgram().commands.find((c) => c.name() === args[0]);
  expect(command, `no sub-command ${args[0]}`).toBeDefined();
  const known = new Set(command!.options.flatMap((o) => [o.long, o.negate ? o.long : undefined]));
  for (const a of args.filter((x) => x.startsWith('--'))) expect(known, `${args[0]} ${a}`).toContain(a);
}

/** The hippo-prophecy arguments of a shell line (after `hippo-prophecy` or `npm run <script> --`). */
function cliArgs(line: string): string[] {
  const words = line.trim().split(/\s+/);
  const at = words.indexOf('hippo-prophecy');
  if (at >= 0) return words.slice(at + 1);
  const run = words.indexOf('run');
  return [words[run + 1], ...words.slice(words.indexOf('--', run) + 1)];
}

describe('deploy/kubernetes', () => {
  const job = yaml('kubernetes/reproduce-job.yaml');
  const mergeJob = yaml('kubernetes/merge-job.yaml');
  const pvc = yaml('kubernetes/results-pvc.yaml');

  it('an Indexed Job whose completions = parallelism = the --shards of its command, writing into the volume', () => {
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job' });
    expect(job.spec.completionMode).toBe('Indexed');
    const [container] = job.spec.template.spec.containers as { args: string[]; volumeMounts: any[] }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(container.args[0]).toBe('reproduce');
    expectKnownFlags(container.args);
    const n = Number(flag(container.args, '--shards'));
    expect(n).toBeGreaterThan(1);
    expect(job.spec.completions).toBe(n);
    expect(job.spec.parallelism).toBe(n);
    expect(container.args).not.toContain('--shard'); // the index comes from JOB_COMPLETION_INDEX
    const out = flag(container.args, '--out');
    expect(container.volumeMounts.map((m: { mountPath: string }) => m.mountPath)).toContain(out);
    const volume = job.spec.template.spec.volumes[0];
    expect(volume.persistentVolumeClaim.claimName).toBe(pvc.metadata.name);
    expect(pvc.kind).toBe('PersistentVolumeClaim');
    expect(pvc.spec.accessModes).toContain('ReadWriteMany');
  });

  it('a merge Job on the same volume, folder and scale', () => {
    expect(mergeJob).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job' });
    const [container] = mergeJob.spec.template.spec.containers as { args: string[]; volumeMounts: any[] }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const [shard] = job.spec.template.spec.containers as { args: string[] }[];
    expect(container.args[0]).toBe('merge');
    expectKnownFlags(container.args);
    expect(flag(container.args, '--out')).toBe(flag(shard.args, '--out'));
    expect(flag(container.args, '--scale')).toBe(flag(shard.args, '--scale'));
    expect(container.volumeMounts[0].mountPath).toBe(flag(container.args, '--out'));
    expect(mergeJob.spec.template.spec.volumes[0].persistentVolumeClaim.claimName).toBe(pvc.metadata.name);
  });
});

describe('deploy/slurm', () => {
  const reproduce = text('slurm/reproduce.sbatch');
  const merge = text('slurm/merge.sbatch');
  const srun = (script: string) => cliArgs(/^srun .*$/m.exec(script)![0].replace(/"/g, ''));

  it('an array 0-(n-1) running reproduce (the shard from SLURM_ARRAY_TASK_ID), and a merge of the same run', () => {
    const array = /^#SBATCH --array=(\d+)-(\d+)$/m.exec(reproduce);
    expect(array).not.toBeNull();
    expect(Number(array![1])).toBe(0);
    expect(Number(array![2])).toBeGreaterThan(0);
    const shard = srun(reproduce);
    const mergeArgs = srun(merge);
    expect(shard[0]).toBe('reproduce');
    expect(mergeArgs[0]).toBe('merge');
    expectKnownFlags(shard);
    expectKnownFlags(mergeArgs);
    expect(shard).not.toContain('--shard');
    expect(flag(mergeArgs, '--out')).toBe(flag(shard, '--out'));
    expect(flag(mergeArgs, '--scale')).toBe(flag(shard, '--scale'));
  });

  it('submit.sh chains the merge after the whole array succeeded (afterok)', () => {
    const submit = text('slurm/submit.sh');
    expect(submit).toMatch(/array=\$\(sbatch --parsable .*reproduce\.sbatch"?\)/);
    expect(submit).toMatch(/sbatch .*--dependency="?afterok:\$\{array\}"? .*merge\.sbatch/);
  });
});

describe('deploy/github-actions', () => {
  const workflow = yaml('github-actions/reproduce.yml');

  it('a matrix of shards i = 0..n-1 running --shard i/n, and a merge job after them', () => {
    const shards = workflow.jobs.shard.strategy.matrix.shard as number[];
    const n = shards.length;
    expect(shards).toEqual(Array.from({ length: n }, (_, i) => i));
    const runs = (job: string) =>
      (workflow.jobs[job].steps as { run?: string }[])
        .map((s) => s.run)
        .filter((r) => r?.includes('hippo-prophecy') || r?.includes('reproduce') || r?.includes('merge'));
    const [shardRun] = runs('shard');
    const shardArgs = cliArgs(shardRun!.replace('${{ matrix.shard }}', 'MATRIX_SHARD'));
    expect(flag(shardArgs, '--shard')).toBe(`MATRIX_SHARD/${n}`);
    expectKnownFlags(shardArgs);
    const upload = (workflow.jobs.shard.steps as { uses?: string; with?: Record<string, unknown> }[]).find(
      (s) => s.uses?.startsWith('actions/upload-artifact'),
    );
    expect(upload?.with?.path).toBe(flag(shardArgs, '--out'));
    expect(upload?.with?.['include-hidden-files']).toBe(true); // the results folder's marker file
    expect(workflow.jobs.merge.needs).toBe('shard');
    const [mergeRun] = runs('merge');
    const mergeArgs = cliArgs(mergeRun!);
    expect(mergeArgs[0]).toBe('merge');
    expectKnownFlags(mergeArgs);
    expect(flag(mergeArgs, '--out')).toBe(flag(shardArgs, '--out'));
    expect(flag(mergeArgs, '--scale')).toBe(flag(shardArgs, '--scale'));
  });
});

describe('deploy/Dockerfile', () => {
  it('node:20-slim with the packed package, the CLI as entry point', () => {
    const docker = text('Dockerfile');
    expect(docker).toMatch(/^FROM node:20-slim$/m);
    expect(docker).toMatch(/npm install .*\.\/hippo-prophecy-\*\.tgz/);
    expect(docker).toMatch(/^ENTRYPOINT \["hippo-prophecy"\]$/m);
  });
});
