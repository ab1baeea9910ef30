import { eq } from 'drizzle-orm';
import { fairnessSettingsOf } from '../../../contracts/improvementPlans';
import { orgSettings } from '../../../contracts/platform';
import { organizations } from '../../org/tables';
import { recordAuditEvent } from '../audit/record';
import { inTransaction } from '../db/tx';
import { forbidden } from '../errors/appError';
import { type RouteModule, requireActor } from '../http/types';

/** The improvement-plan fairness settings as stored, or their defaults. */
function pipFairnessSettings(settings: Record<string, unknown>) {
  const fairness = fairnessSettingsOf(settings);
  return {
    pipRequirePriorFeedback: fairness.requirePriorFeedback,
    pipPriorFeedbackMonths: fairness.priorFeedbackMonths,
    pipMinimumDurationDays: fairness.minimumDurationDays,
  };
}

function presentSettings(org: { name: string; settings: Record<string, unknown> }) {
  return {
    name: org.name,
    defaultLocale: org.settings.defaultLocale === 'de' ? ('de' as const) : ('en' as const),
    defaultTimezone: typeof org.settings.defaultTimezone === 'string' ? org.settings.defaultTimezone : 'UTC',
    allowIncompleteCalibrationSignOff: org.settings.allowIncompleteCalibrationSignOff === true,
    ...pipFairnessSettings(org.settings),
    showBandPlacementToEmployees: org.settings.showBandPlacementToEmployees === true,
    compOverBudgetPolicy:
      org.settings.compOverBudgetPolicy === 'block' ? ('block' as const) : ('warn' as const),
    compPromotionMinIncreasePct:
      typeof org.settings.compPromotionMinIncreasePct === 'string'
        ? org.settings.compPromotionMinIncreasePct
        : '0',
    talentTransparency: org.settings.talentTransparency === true,
  };
}

export const settingsRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/admin/settings',
    {
      schema: {
        tags: ['admin'],
        summary: 'Organisation settings (org admin)',
        response: { 200: orgSettings },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.roles.has('org_admin')) throw forbidden();
      const [org] = await db.select().from(organizations).where(eq(organizations.id, actor.organizationId));
      return presentSettings(org!);
    },
  );

  app.put(
    '/api/admin/settings',
    {
      schema: {
        tags: ['admin'],
        summary: 'Change organisation settings (org admin)',
        body: orgSettings,
        response: { 200: orgSettings },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.roles.has('org_admin')) throw forbidden();
      return inTransaction(db, async (tx) => {
        const [before] = await tx
          .select()
          .from(organizations)
          .where(eq(organizations.id, actor.organizationId))
          .for('update');
        const { name, ...rest } = request.body;
        const [after] = await tx
          .update(organizations)
          .set({ name, settings: { ...before!.settings, ...rest } })
          .where(eq(organizations.id, actor.organizationId))
          .returning();
        await recordAuditEvent(tx, {
          organizationId: actor.organizationId,
          actorAccountId: actor.accountId,
          action: 'organization.settings_changed',
          targetType: 'organization',
          targetId: actor.organizationId,
          before: presentSettings(before!),
          after: presentSettings(after!),
        });
        return presentSettings(after!);
      });
    },
  );
};
