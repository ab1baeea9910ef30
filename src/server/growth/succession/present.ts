import type { KeyPositionSummary, SuccessionPersonRef, SuccessionPlan } from '../../../contracts/succession';
import { displayName } from '../../org/present';
import type { readPlan } from './access';
import type { successionPlanPolicy } from './policy';
import type { PositionSummaryRow } from './queries';

/** A person as a plan names them: id, name, job title — nothing else of their record. */
export const presentPersonRef = (p: {
  id: string;
  givenName: string;
  familyName: string;
  jobTitle: string | null;
}): SuccessionPersonRef => ({ id: p.id, displayName: displayName(p), jobTitle: p.jobTitle ?? '' });

/** A key position as lists show it: no reason text, no successor names, just the counts. */
export function presentPositionSummary(row: PositionSummaryRow): KeyPositionSummary {
  const p = row.position;
  return {
    id: p.id,
    title: p.title,
    department:
      p.departmentId && row.departmentName ? { id: p.departmentId, name: row.departmentName } : null,
    incumbent:
      p.incumbentId && row.incumbentGivenName !== null && row.incumbentFamilyName !== null
        ? presentPersonRef({
            id: p.incumbentId,
            givenName: row.incumbentGivenName,
            familyName: row.incumbentFamilyName,
            jobTitle: row.incumbentJobTitle,
          })
        : null,
    criticality: p.criticality,
    vacancyRisk: p.vacancyRisk,
    expectedVacancyOn: p.expectedVacancyOn,
    successorCount: row.successorCount,
    readyNowCount: row.readyNowCount,
    hasInterim: Boolean(row.hasInterim),
    version: p.version,
  };
}

/** The whole plan for those who may read it, with what they may do with it. */
export function presentPlan(
  summary: PositionSummaryRow,
  plan: Awaited<ReturnType<typeof readPlan>>,
): SuccessionPlan {
  const policy: ReturnType<typeof successionPlanPolicy> = plan.policy;
  return {
    ...presentPositionSummary(summary),
    vacancyReason: summary.position.vacancyReason,
    reviewers: plan.reviewers.map(presentPersonRef),
    successors: plan.slate.map(({ candidate, person }) => ({
      person: presentPersonRef(person),
      readiness: candidate.readiness,
      rank: candidate.rank,
      interim: candidate.interim,
      successorNote: candidate.successorNote,
    })),
    updatedAt: summary.position.updatedAt.toISOString(),
    abilities: {
      edit: policy.edit,
      editSlate: policy.editSlate,
      designateReviewers: policy.designateReviewers,
      remove: policy.remove,
    },
  };
}
