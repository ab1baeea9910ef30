import { and, eq, or } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { CreateSeriesRequest } from '../../../../contracts/oneOnOnes';
import { people } from '../../../org/tables';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, forbidden, validationFailed } from '../../../platform/errors/appError';
import { oneOnOneMeetings, oneOnOneSeries } from '../tables';
import { recordOneOnOneEvent } from './audit';

/**
 * Starts a 1:1 series between the caller and a colleague, with its first meeting. Any two active
 * people of the organisation may meet; one series per pair.
 */
export async function createSeries(db: Db, actor: Actor, input: CreateSeriesRequest): Promise<string> {
  const me = actor.personId;
  if (!me) throw forbidden();
  if (input.withPersonId === me) throw validationFailed({ withPersonId: issue('chooseOtherThanSelf') });
  return inTransaction(db, async (tx) => {
    const [colleague] = await tx
      .select({ id: people.id, status: people.status })
      .from(people)
      .where(and(eq(people.id, input.withPersonId), eq(people.organizationId, actor.organizationId)));
    if (!colleague || colleague.status === 'terminated') {
      throw validationFailed({ withPersonId: issue('chooseCurrentColleague') });
    }
    const [existing] = await tx
      .select({ id: oneOnOneSeries.id })
      .from(oneOnOneSeries)
      .where(
        and(
          eq(oneOnOneSeries.organizationId, actor.organizationId),
          or(
            and(eq(oneOnOneSeries.organizerId, me), eq(oneOnOneSeries.attendeeId, colleague.id)),
            and(eq(oneOnOneSeries.organizerId, colleague.id), eq(oneOnOneSeries.attendeeId, me)),
          ),
        ),
      );
    if (existing) {
      throw new AppError('already_exists', issue('seriesExists'), {
        fieldIssues: { withPersonId: issue('seriesExists') },
      });
    }
    const [series] = await tx
      .insert(oneOnOneSeries)
      .values({
        organizationId: actor.organizationId,
        organizerId: me,
        attendeeId: colleague.id,
        cadence: input.cadence,
      })
      .returning();
    const [meeting] = await tx
      .insert(oneOnOneMeetings)
      .values({
        organizationId: actor.organizationId,
        seriesId: series!.id,
        scheduledOn: input.firstMeetingOn,
      })
      .returning({ id: oneOnOneMeetings.id });
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.series_created',
      targetType: 'one_on_one_series',
      targetId: series!.id,
      after: {
        attendeeId: colleague.id,
        cadence: input.cadence,
        firstMeetingId: meeting!.id,
        firstMeetingOn: input.firstMeetingOn,
      },
    });
    return series!.id;
  });
}
