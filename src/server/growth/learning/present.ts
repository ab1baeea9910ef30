import {
  type Certification,
  certificationReminderDays,
  type Enrolment,
  type LearningItem,
} from '../../../contracts/learning';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { canEnrol, catalogueAbilities, certificationState } from './policy';
import {
  type CertificationRow,
  competenciesOfItems,
  type EnrolmentRow,
  enrolmentCounts,
  enrolmentsOfPersonFor,
  type LearningItemRow,
} from './queries';

/** Catalogue items with the caller's own enrolment; counts (aggregates) only for HR. */
export async function presentLearningItems(
  db: Db,
  actor: Actor,
  rows: LearningItemRow[],
): Promise<LearningItem[]> {
  const ids = rows.map((r) => r.id);
  const abilities = catalogueAbilities(actor);
  const [competencyMap, counts, mine] = await Promise.all([
    competenciesOfItems(db, ids),
    abilities.seeCounts ? enrolmentCounts(db, ids) : Promise.resolve(null),
    actor.personId ? enrolmentsOfPersonFor(db, actor.personId, ids) : Promise.resolve(null),
  ]);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    url: row.url,
    provider: row.provider,
    durationMinutes: row.durationMinutes,
    skills: row.skills,
    competencies: competencyMap.get(row.id) ?? [],
    status: row.status,
    version: row.version,
    myEnrolment: mine?.get(row.id) ?? null,
    enrolledCount: counts ? (counts.get(row.id)?.enrolled ?? 0) : null,
    completedCount: counts ? (counts.get(row.id)?.completed ?? 0) : null,
    abilities: { edit: abilities.manage, enrol: canEnrol(actor, row) && !mine?.get(row.id) },
  }));
}

export function presentEnrolment(
  row: { enrolment: EnrolmentRow; item: LearningItemRow },
  canEdit: boolean,
): Enrolment {
  const { enrolment, item } = row;
  return {
    id: enrolment.id,
    item: { id: item.id, title: item.title, kind: item.kind, url: item.url },
    status: enrolment.status,
    completedOn: enrolment.completedOn,
    sharedWithManager: enrolment.sharedWithManager,
    enrolledAt: enrolment.enrolledAt.toISOString(),
    version: enrolment.version,
    abilities: { edit: canEdit },
  };
}

export function presentCertification(
  row: { certification: CertificationRow; itemTitle: string | null },
  canEdit: boolean,
  /** The organisation's date (`actorToday`, platform/clock.ts): expiry is a calendar date there. */
  today: string,
): Certification {
  const { certification: c } = row;
  return {
    id: c.id,
    certificationName: c.name,
    issuer: c.issuer,
    item: c.itemId && row.itemTitle !== null ? { id: c.itemId, title: row.itemTitle } : null,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    state: certificationState(c.expiresOn, today, certificationReminderDays),
    sharedWithManager: c.sharedWithManager,
    version: c.version,
    abilities: { edit: canEdit },
  };
}
