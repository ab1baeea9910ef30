import { parseArgs } from 'node:util';
import { asc } from 'drizzle-orm';
import { organizations } from '../../org/tables';
import { verifyAuditChain } from '../../platform/audit/verify';
import { type Command, UsageError, withDatabase } from '../command';
import { requireOrganization } from '../organizations';
import { formatTable } from '../table';

export const auditVerifyCommand: Command = {
  name: 'audit-verify',
  summary: 'Check that the audit log hash chain is intact',
  usage: `trellis audit-verify [--org SLUG]

  Seals the events recorded so far, then recomputes every sealed event's hash in chain order; exit
  code 1 if any organisation's chain is broken. Without --org, every organisation is checked.
  The head (last position and its hash) is printed: keep it somewhere else, since events cut from
  the end of a chain are only noticed by comparing with a head recorded earlier. "redacted" counts
  events whose payloads an executed erasure request blanked; a blanked event without one breaks the
  chain (unauthorised_redaction).`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      options: { org: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    const results = await withDatabase(context, async ({ db }) => {
      const targets = values.org
        ? [await requireOrganization(db, values.org)]
        : await db.select().from(organizations).orderBy(asc(organizations.slug));
      const checked = [];
      for (const organization of targets) {
        checked.push({ slug: organization.slug, ...(await verifyAuditChain(db, organization.id)) });
      }
      return checked;
    });
    if (results.length === 0) {
      context.out('There are no organisations yet.');
      return 0;
    }
    const rows = results.map((result) => [
      result.slug,
      String(result.checked),
      result.ok
        ? 'intact'
        : `BROKEN at position ${result.brokenAt} (${result.reason}${result.brokenSeq === null ? '' : `, event seq ${result.brokenSeq}`})`,
      result.head ? `${result.head.chainPos} ${result.head.hash}` : '—',
      String(result.unsealed),
      String(result.redacted),
    ]);
    const headings = ['organisation', 'events', 'chain', 'head', 'unsealed', 'redacted'];
    for (const line of formatTable(headings, rows)) {
      context.out(line);
    }
    const broken = results.filter((result) => !result.ok);
    if (broken.length > 0) {
      context.err(
        `The audit log of ${broken.map((r) => r.slug).join(', ')} was altered or has gaps; the first position that does not verify is shown.`,
      );
      return 1;
    }
    return 0;
  },
};
