import { and, eq } from 'drizzle-orm';
import type { UpdateSeriesRequest } from '../../../../contracts/oneOnOnes';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { seriesAccess } from '../access';
import { oneOnOneMeetings, oneOnOneSeries } from '../tables';
import { changedFields, recordOneOnOneEvent } from './audit';

/** Changes the cadence and/or moves the upcoming meeting; version-checked on the series. */
export async function updateSeries(db: Db, actor: Actor, seriesId: string, input: UpdateSeriesRequest) {
  await inTransaction(db, async (tx) => {
    const series = (await seriesAccess.lockFor(tx, actor, seriesId, 'update', input.version)).row;
    await tx
      .update(oneOnOneSeries)
      .set({ cadence: input.cadence ?? series.cadence, version: series.version + 1, updatedAt: new Date() })
      .where(eq(oneOnOneSeries.id, series.id));
    if (input.nextMeetingOn) {
      await tx
        .update(oneOnOneMeetings)
        .set({ scheduledOn: input.nextMeetingOn, updatedAt: new Date() })
        .where(and(eq(oneOnOneMeetings.seriesId, series.id), eq(oneOnOneMeetings.status, 'upcoming')));
    }
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.series_updated',
      targetType: 'one_on_one_series',
      targetId: series.id,
      after: { fields: changedFields(input), cadence: input.cadence, nextMeetingOn: input.nextMeetingOn },
    });
  });
}
