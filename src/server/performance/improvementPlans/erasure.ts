import { sql } from 'drizzle-orm';
import { inOrg, isPerson, performanceAction } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

/** The plans about the person. */
const theirPlans = (s: ErasureSubject) =>
  sql`SELECT id FROM improvement_plans WHERE organization_id = ${s.organizationId} AND employee_id = ${s.personId}`;

/**
 * Improvement plans (SPEC S3.7): performance records, kept like reviews. Plans about the person are
 * kept within the retention period with every text cleared (reason, expectations, support, check-in
 * summaries and notes, the diffs, their responses); states, dates, visibilities, outcomes and the
 * acknowledgement dates stay, then everything is deleted. Plans about others that the person ran
 * (as manager, drafter, publisher or closer) or recorded check-ins or changes on stay theirs,
 * without the link to the person. Children go before the plans.
 */
export const improvementPlansEraser: PersonalDataEraser = {
  domain: 'improvementPlans',
  operations: (s) => {
    const action = performanceAction(s);
    const keep = action === 'anonymise';
    const reason = retentionRules.performance.reason;
    const own = sql`plan_id IN (${theirPlans(s)})`;
    const othersRecord =
      "Another person's improvement plan: kept for them; the link to the erased person is removed";
    const ofOthers = sql`plan_id NOT IN (${theirPlans(s)})`;
    return [
      {
        table: 'improvement_plan_section_changes',
        kind: 'What changed in each revision of their plans',
        dataClass: 'performance',
        action,
        reason,
        covers: [],
        where: sql`revision_id IN (SELECT id FROM improvement_plan_revisions WHERE ${own})`,
        set: keep ? sql`before = NULL, after = NULL` : undefined,
      },
      {
        table: 'improvement_plan_expectations',
        kind: 'Expectations in their plans',
        dataClass: 'performance',
        action,
        reason,
        covers: [],
        where: own,
        set: keep ? sql`statement = 'Expectation', measure = '', evidence = ''` : undefined,
      },
      {
        table: 'improvement_plan_supports',
        kind: 'Support offered in their plans',
        dataClass: 'performance',
        action,
        reason,
        covers: [],
        where: own,
        set: keep ? sql`description = '', learning_item_id = NULL` : undefined,
      },
      {
        table: 'improvement_plan_check_ins',
        kind: 'Check-ins of their plans',
        dataClass: 'performance',
        action,
        reason,
        covers: [],
        where: own,
        set: keep ? sql`summary = '', notes = ''` : undefined,
      },
      {
        table: 'improvement_plan_responses',
        kind: 'Their responses to their plans',
        dataClass: 'performance',
        action,
        reason,
        covers: ['improvement_plan_responses.author_id'],
        where: sql`${inOrg(s)} AND (${own} OR ${isPerson(s, 'author_id')})`,
        set: keep ? sql`body = ''` : undefined,
      },
      {
        table: 'improvement_plan_acknowledgements',
        kind: 'Their acknowledgements of their plans (dates only)',
        dataClass: 'performance',
        action: action === 'anonymise' ? 'keep' : 'delete',
        reason,
        covers: ['improvement_plan_acknowledgements.person_id'],
        where: sql`${inOrg(s)} AND (${own} OR ${isPerson(s, 'person_id')})`,
      },
      {
        table: 'improvement_plan_revisions',
        kind: 'Revisions of their plans (dates and kinds)',
        dataClass: 'performance',
        action: action === 'anonymise' ? 'keep' : 'delete',
        reason,
        covers: [],
        where: own,
      },
      {
        table: 'improvement_plans',
        kind: 'Improvement plans about them',
        dataClass: 'performance',
        action,
        reason,
        covers: ['improvement_plans.employee_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'employee_id')}`,
        set: keep ? sql`reason = '', outcome_rationale = NULL` : undefined,
      },
      {
        table: 'improvement_plan_check_ins',
        kind: "Check-ins they recorded on others' plans",
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: ['improvement_plan_check_ins.recorded_by_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'recorded_by_id')} AND ${ofOthers}`,
        set: sql`recorded_by_id = NULL`,
      },
      {
        table: 'improvement_plan_revisions',
        kind: "Changes they made to others' plans",
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: ['improvement_plan_revisions.changed_by_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'changed_by_id')} AND ${ofOthers}`,
        set: sql`changed_by_id = NULL`,
      },
      {
        table: 'improvement_plans',
        kind: 'Plans about others they managed, drafted, published or closed',
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: ['improvement_plans.manager_id', 'improvement_plans.created_by_id'],
        where: sql`${inOrg(s)} AND employee_id <> ${s.personId}
          AND ${s.personId} IN (manager_id, created_by_id, published_by, closed_by)`,
        set: sql`manager_id = NULLIF(manager_id, ${s.personId}), created_by_id = NULLIF(created_by_id, ${s.personId}),
          published_by = NULLIF(published_by, ${s.personId}), closed_by = NULLIF(closed_by, ${s.personId})`,
      },
    ];
  },
};
