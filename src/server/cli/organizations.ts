import { eq } from 'drizzle-orm';
import { organizations } from '../org/tables';
import type { Db } from '../platform/db/client';
import { UsageError } from './command';

export async function findOrganization(db: Db, slug: string) {
  const [organization] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return organization ?? null;
}

/** For commands that act on one existing organisation, named by --org. */
export async function requireOrganization(db: Db, slug: string | undefined) {
  if (!slug) throw new UsageError('Name the organisation with --org SLUG.');
  const organization = await findOrganization(db, slug);
  if (!organization) {
    const known = await db
      .select({ slug: organizations.slug })
      .from(organizations)
      .orderBy(organizations.slug);
    const list =
      known.length > 0 ? ` Organisations: ${known.map((o) => o.slug).join(', ')}.` : ' There are none yet.';
    throw new UsageError(`No organisation has the slug "${slug}".${list}`);
  }
  return organization;
}

export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
