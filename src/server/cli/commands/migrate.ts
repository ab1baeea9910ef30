import { migrateDatabase } from '../../platform/db/migrate';
import { type Command, UsageError, withDatabase } from '../command';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  usage: 'trellis migrate',
  async run(args, context) {
    if (args.length > 0) throw new UsageError(`migrate takes no arguments (got "${args.join(' ')}").`);
    const { applied } = await withDatabase(context, (database) => migrateDatabase(database), {
      migrate: false,
    });
    context.out(
      applied === 0
        ? `The database is up to date (${context.databaseLabel}).`
        : `Applied ${applied} migration${applied === 1 ? '' : 's'} to ${context.databaseLabel}.`,
    );
    return 0;
  },
};
