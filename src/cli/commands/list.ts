/**
 * `hippo-prophecy list measures | discretizations | systems | experiments [--json]`: what the library knows, from
 * the registries themselves (nothing here is a second copy of them).
 */
import type { Command } from 'commander';
import { discretizations } from '../../discretize/index.ts';
import { measures } from '../../hippo/index.ts';
import { systems } from '../../systems/index.ts';
import { checkArgumentsAsync } from '../errors.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';
import { addOutputOptions } from '../outputOptions.ts';
import type { OutputCliOptions } from '../outputOptions.ts';

/** One listed entry: its name, a one-line description and its metadata. */
export interface ListEntry {
  name: string;
  description: string;
  [key: string]: unknown;
}

const LISTS = ['measures', 'discretizations', 'systems', 'experiments'] as const;
type ListName = (typeof LISTS)[number];

/** Plain-data metadata of an entry (functions dropped). */
function metadata(entry: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => typeof v !== 'function'));
}

/**
 * The entries of one list.
 *
 * @throws RangeError for an unknown list name
 */
export async function listEntries(what: string): Promise<ListEntry[]> {
  switch (what as ListName) {
    case 'measures':
      return Object.values(measures).map((m) => ({
        ...metadata(m),
        name: m.name,
        description: m.description,
      }));
    case 'discretizations':
      return discretizations.map((d) => ({ ...metadata(d), name: d.name, description: d.description }));
    case 'systems':
      return Object.values(systems).map((s) => ({
        ...metadata(s),
        name: s.name,
        description: s.description,
      }));
    case 'experiments': {
      // the registry is loaded only here: it is the one heavy import of this command
      const { experiments } = await import('../../../experiments/registry.ts');
      return experiments.map((e) => ({
        name: e.id,
        description: e.title,
        reproduces: e.reproduces,
        scales: e.scales,
      }));
    }
    default:
      throw new RangeError(`list: what must be one of ${LISTS.join(', ')}; got "${what}"`);
  }
}

/** Registers the `list` command on `program`. */
export function register(program: Command): void {
  const command = program
    .command('list')
    .description(`list ${LISTS.join(' | ')}`)
    .argument('<what>', LISTS.join(' | '));
  addOutputOptions(command, 'entries (with their metadata)').action(
    async (what: string, opts: OutputCliOptions) => {
      const entries = await checkArgumentsAsync(() => listEntries(what));
      await checkOutputPath(opts.output);
      const width = Math.max(...entries.map((e) => e.name.length), 4);
      await emit({
        command: 'list',
        params: { what },
        result: { entries },
        json: opts.json === true,
        output: opts.output,
        text: (sink) =>
          sink.write(entries.map((e) => `${e.name.padEnd(width)}  ${e.description}`).join('\n') + '\n'),
      });
    },
  );
}
