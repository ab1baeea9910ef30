import { parseArgs } from 'node:util';
import { demoAccounts, demoPassword } from '../../org/seed/demo';
import { seedSyntheticOrganization } from '../../org/seed/synthetic';
import { seedDemo } from '../../seed/demo';
import { type Command, UsageError, withDatabase } from '../command';
import { slugPattern } from '../organizations';

const usage = `trellis seed --demo
trellis seed --people N [--slug SLUG] [--seed NUMBER] [--accounts]

  --demo           Create the demo organisation (slug "demo") with its sign-in accounts; does nothing if it exists
  --people N       Create a synthetic organisation of N people (a realistic hierarchy, for trials and benchmarks)
  --slug SLUG      Slug of the synthetic organisation (default synthetic-N)
  --seed NUMBER    Random seed: the same seed and size give the same organisation
  --accounts       Also create a (password-less) login per synthetic person`;

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Create the demo organisation, or a synthetic one of N people',
  usage,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: {
        demo: { type: 'boolean' },
        people: { type: 'string' },
        slug: { type: 'string' },
        seed: { type: 'string' },
        accounts: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (Boolean(values.demo) === (values.people !== undefined))
      throw new UsageError('Use either --demo or --people N.');
    if (values.demo) {
      if (values.slug || values.seed || values.accounts) {
        throw new UsageError('--slug, --seed and --accounts apply to --people only.');
      }
      const { organizationId } = await withDatabase(context, (database) => seedDemo(database.db));
      context.out(`Demo organisation ready (slug "demo", id ${organizationId}) in ${context.databaseLabel}.`);
      context.out(`Sign in with password "${demoPassword}" as:`);
      for (const [role, email] of Object.entries(demoAccounts)) context.out(`  ${role.padEnd(9)} ${email}`);
      return 0;
    }
    const people = parseCount(values.people!, '--people');
    const seed = values.seed === undefined ? undefined : parseCount(values.seed, '--seed');
    if (values.slug !== undefined && !slugPattern.test(values.slug)) {
      throw new UsageError('A slug uses lower-case letters, digits and hyphens, e.g. "acme-trial".');
    }
    const result = await withDatabase(context, (database) =>
      seedSyntheticOrganization(database.db, { people, slug: values.slug, seed, accounts: values.accounts }),
    );
    context.out(
      `Created ${result.count.toLocaleString('en')} people (organisation ${result.organizationId}) in ${(result.ms / 1000).toFixed(1)} s.`,
    );
    return 0;
  },
};

function parseCount(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new UsageError(`${option} needs a whole number of at least 1.`);
  return value;
}
