import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

const theirPlans = (s: ErasureSubject) =>
  sql`SELECT id FROM development_plans WHERE organization_id = ${s.organizationId} AND owner_id = ${s.personId}`;
const reason = retentionRules.development.reason;
const othersRecord = "Another person's plan: kept; the link to the erased person is removed";

/** Development plans (SPEC S4.4): the person's own, with goals, actions and updates, deleted. */
export const plansEraser: PersonalDataEraser = {
  domain: 'plans',
  operations: (s) => [
    {
      table: 'development_plan_updates',
      kind: 'Updates on their plans',
      dataClass: 'development',
      action: 'delete',
      reason,
      covers: [],
      where: sql`plan_id IN (${theirPlans(s)})`,
    },
    {
      table: 'development_actions',
      kind: 'Actions of their plans',
      dataClass: 'development',
      action: 'delete',
      reason,
      covers: [],
      where: sql`plan_id IN (${theirPlans(s)})`,
    },
    {
      table: 'development_goals',
      kind: 'Development goals of their plans',
      dataClass: 'development',
      action: 'delete',
      reason,
      covers: [],
      where: sql`plan_id IN (${theirPlans(s)})`,
    },
    {
      table: 'development_plans',
      kind: 'Their development plans',
      dataClass: 'development',
      action: 'delete',
      reason,
      covers: ['development_plans.owner_id'],
      where: sql`id IN (${theirPlans(s)})`,
    },
    {
      table: 'development_plans',
      kind: 'Plans others shared with them',
      dataClass: 'development',
      action: 'anonymise',
      othersRecord: true,
      reason: othersRecord,
      covers: ['development_plans.shared_with_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'shared_with_id')} AND owner_id <> ${s.personId}`,
      set: sql`shared_with_id = NULL`,
    },
    {
      table: 'development_plan_updates',
      kind: "Updates they wrote on others' plans",
      dataClass: 'development',
      action: 'anonymise',
      othersRecord: true,
      reason: othersRecord,
      covers: ['development_plan_updates.author_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'author_id')} AND plan_id NOT IN (${theirPlans(s)})`,
      set: sql`author_id = NULL`,
    },
  ],
};
