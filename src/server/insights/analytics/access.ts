import { sql } from 'drizzle-orm';
import type { AnalyticsScope } from '../../../contracts/analytics';
import { type Actor, hasRole } from '../../platform/auth/actor';
import { type Db, queryRows } from '../../platform/db/client';
import { forbidden, notFound } from '../../platform/errors/appError';
import type { MetricInfo } from './definition';
import type { ScopeFilter } from './read';

/** What the caller may see of HR analytics, decided once per request. */
export interface AnalyticsViewer {
  /** HR admins: the whole organisation, and the HR-only metrics. */
  hr: boolean;
  /** The caller's person when they manage anyone today: their subtree. */
  managerId: string | null;
}

/**
 * The one policy of HR analytics (SPEC S5, issue 14 item 5): HR admins read the organisation (or
 * their own subtree); a manager reads their subtree; anyone else — an employee without reports, an
 * approver, a coach, an organisation admin — gets 403, since the page is not a record whose
 * existence could leak. Manager leniency and compensation figures (`audience: 'hr'`) are HR's.
 */
export async function analyticsViewer(db: Db, actor: Actor): Promise<AnalyticsViewer> {
  const hr = hasRole(actor, 'hr_admin');
  let managerId: string | null = null;
  if (actor.personId) {
    const [row] = await queryRows<{ manages: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM people WHERE organization_id = ${actor.organizationId}
                           AND manager_id = ${actor.personId}::uuid AND status <> 'terminated') AS manages`,
    );
    if (row?.manages) managerId = actor.personId;
  }
  return { hr, managerId };
}

/** The scope a request asks for, checked: 403 when the caller may not read it. */
export function resolveScope(viewer: AnalyticsViewer, requested: AnalyticsScope | undefined) {
  const scope: AnalyticsScope = requested ?? (viewer.hr ? 'org' : 'subtree');
  if (scope === 'org') {
    if (!viewer.hr) throw forbidden();
    return { scope, filter: { kind: 'org' } as ScopeFilter };
  }
  if (!viewer.managerId) throw forbidden();
  return { scope, filter: { kind: 'subtree', managerId: viewer.managerId } as ScopeFilter };
}

/** Whether the caller may see a metric at all. */
export const maySee = (viewer: AnalyticsViewer, metric: MetricInfo) =>
  metric.audience === 'managers' || viewer.hr;

/** A metric the caller may not see answers as one that does not exist (404), like an unknown id. */
export function assertMaySee(viewer: AnalyticsViewer, metric: MetricInfo | undefined): MetricInfo {
  if (!metric || !maySee(viewer, metric)) throw notFound('That metric');
  return metric;
}

/** HR's "refresh now". */
export function assertMayRefresh(viewer: AnalyticsViewer) {
  if (!viewer.hr) throw forbidden();
}
