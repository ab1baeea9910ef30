import { eq } from 'drizzle-orm';
import type {
  LetterLanguage,
  SaveLetterTemplateRequest,
} from '../../../../../contracts/compensation/letters';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { forbidden, versionConflict } from '../../../../platform/errors/appError';
import { letterTemplatePolicy } from '../policy';
import { findLetterTemplate } from '../queries';
import { compLetterTemplates, type LetterTemplateRow } from '../tables';
import { refuseTemplateProblems } from '../template';

/**
 * HR saves the organisation's letter template in one language. `version` is the one HR read (0
 * while the default applies); a newer saved version answers 409 naming it. An unknown merge field
 * answers 400 on `title` or `body`, naming the field. Audited with the text before and after.
 */
export async function saveLetterTemplate(
  db: Db,
  options: { actor: Actor; language: LetterLanguage; input: SaveLetterTemplateRequest },
): Promise<LetterTemplateRow> {
  const { actor, language, input } = options;
  if (!letterTemplatePolicy(actor).edit) throw forbidden();
  refuseTemplateProblems(input);
  return inTransaction(db, async (tx) => {
    const before = await findLetterTemplate(tx, actor.organizationId, language, true);
    const current = before?.version ?? 0;
    if (current !== input.version) throw versionConflict(current);
    const values = {
      title: input.title,
      body: input.body,
      updatedAt: new Date(),
      updatedByAccountId: actor.accountId,
    };
    const [row] = before
      ? await tx
          .update(compLetterTemplates)
          .set({ ...values, version: current + 1 })
          .where(eq(compLetterTemplates.id, before.id))
          .returning()
      : await tx
          .insert(compLetterTemplates)
          .values({ ...values, organizationId: actor.organizationId, language, version: 1 })
          .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'comp_letter_template.saved',
      targetType: 'comp_letter_template',
      targetId: row!.id,
      before: before ? { language, title: before.title, body: before.body, version: before.version } : null,
      after: { language, title: row!.title, body: row!.body, version: row!.version },
    });
    return row!;
  });
}
