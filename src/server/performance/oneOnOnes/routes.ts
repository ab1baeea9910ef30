import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  addActionItemRequest,
  addAgendaItemRequest,
  completeMeetingRequest,
  createSeriesRequest,
  meetingDetail,
  meetingSummary,
  meetingsQuery,
  privateNoteRequest,
  seriesDetail,
  seriesListQuery,
  seriesSummary,
  sharedNotesRequest,
  updateActionItemRequest,
  updateAgendaItemRequest,
  updateSeriesRequest,
  versionQuery,
} from '../../../contracts/oneOnOnes';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { meetingAccess, seriesAccess } from './access';
import { addActionItem, updateActionItem } from './commands/actionItems';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from './commands/agendaItems';
import { completeMeeting } from './commands/completeMeeting';
import { createSeries } from './commands/createSeries';
import { savePrivateNote, saveSharedNotes } from './commands/notes';
import { updateSeries } from './commands/updateSeries';
import { seriesReach } from './policy';
import { presentMeeting, presentMeetingSummary, presentSeries, presentSeriesSummary } from './present';
import { listMeetings, listOwnSeries, upcomingMeeting } from './queries';

const seriesParams = z.object({ seriesId: uuidParam });
const meetingParams = z.object({ meetingId: uuidParam });
const itemParams = z.object({ itemId: uuidParam });
const tags = ['one-on-ones'];

async function seriesResponse(db: Db, actor: Actor, seriesId: string) {
  const series = (await seriesAccess.readFor(db, actor, seriesId)).row;
  return presentSeries(db, actor, series, await upcomingMeeting(db, series.id));
}

async function meetingResponse(db: Db, actor: Actor, meetingId: string) {
  const { meeting, series } = (await meetingAccess.readFor(db, actor, meetingId)).row;
  return presentMeeting(db, actor, series, meeting);
}

/**
 * 1:1 routes. Every series, meeting and item passes its guard (access.ts), which answers 404 to
 * anyone but the two participants. 1:1 reads are not written to the access log: the two readers are
 * the record's owners.
 */
export const oneOnOnesRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/one-on-ones',
    {
      schema: {
        tags,
        summary: 'My 1:1 series',
        querystring: seriesListQuery,
        response: { 200: pageOf(seriesSummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, withPersonId } = request.query;
      const { rows, total } = await listOwnSeries(db, actor, seriesReach(actor), {
        page,
        pageSize,
        withPersonId,
      });
      return { items: rows.map(presentSeriesSummary), page, pageSize, total };
    },
  );

  app.post(
    '/api/one-on-ones',
    {
      schema: {
        tags,
        summary: 'Start a 1:1 series with a colleague',
        body: createSeriesRequest,
        response: { 201: seriesDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const seriesId = await createSeries(db, actor, request.body);
      return reply.status(201).send(await seriesResponse(db, actor, seriesId));
    },
  );

  app.get(
    '/api/one-on-ones/:seriesId',
    {
      schema: {
        tags,
        summary: 'A series with its upcoming meeting',
        params: seriesParams,
        response: { 200: seriesDetail },
      },
    },
    async (request) => seriesResponse(db, requireActor(request), request.params.seriesId),
  );

  app.patch(
    '/api/one-on-ones/:seriesId',
    {
      schema: {
        tags,
        summary: 'Change the cadence or move the next meeting; version-checked',
        params: seriesParams,
        body: updateSeriesRequest,
        response: { 200: seriesDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateSeries(db, actor, request.params.seriesId, request.body);
      return seriesResponse(db, actor, request.params.seriesId);
    },
  );

  app.get(
    '/api/one-on-ones/:seriesId/meetings',
    {
      schema: {
        tags,
        summary: 'Meetings of a series, newest first',
        params: seriesParams,
        querystring: meetingsQuery,
        response: { 200: pageOf(meetingSummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const series = (await seriesAccess.readFor(db, actor, request.params.seriesId)).row;
      const { page, pageSize, status } = request.query;
      const { rows, total } = await listMeetings(db, series.id, { page, pageSize, status });
      return { items: rows.map(presentMeetingSummary), page, pageSize, total };
    },
  );

  app.get(
    '/api/one-on-ones/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'A meeting: agenda, action items, notes',
        params: meetingParams,
        response: { 200: meetingDetail },
      },
    },
    async (request) => meetingResponse(db, requireActor(request), request.params.meetingId),
  );

  app.post(
    '/api/one-on-ones/meetings/:meetingId/complete',
    {
      schema: {
        tags,
        summary: 'Complete the meeting; open items carry over to the next one, which is returned',
        params: meetingParams,
        body: completeMeetingRequest,
        response: { 200: meetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const nextId = await completeMeeting(db, actor, request.params.meetingId, request.body);
      return meetingResponse(db, actor, nextId);
    },
  );

  app.post(
    '/api/one-on-ones/meetings/:meetingId/agenda-items',
    {
      schema: {
        tags,
        summary: 'Add an agenda item',
        params: meetingParams,
        body: addAgendaItemRequest,
        response: { 201: meetingDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addAgendaItem(db, actor, request.params.meetingId, request.body);
      return reply.status(201).send(await meetingResponse(db, actor, request.params.meetingId));
    },
  );

  app.patch(
    '/api/one-on-ones/agenda-items/:itemId',
    {
      schema: {
        tags,
        summary: 'Reword or tick an agenda item; version-checked',
        params: itemParams,
        body: updateAgendaItemRequest,
        response: { 200: meetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const meetingId = await updateAgendaItem(db, actor, request.params.itemId, request.body);
      return meetingResponse(db, actor, meetingId);
    },
  );

  app.delete(
    '/api/one-on-ones/agenda-items/:itemId',
    {
      schema: {
        tags,
        summary: 'Remove an agenda item you added; version-checked',
        params: itemParams,
        querystring: versionQuery,
        response: { 200: meetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const meetingId = await removeAgendaItem(db, actor, request.params.itemId, request.query.version);
      return meetingResponse(db, actor, meetingId);
    },
  );

  app.post(
    '/api/one-on-ones/meetings/:meetingId/action-items',
    {
      schema: {
        tags,
        summary: 'Add an action item',
        params: meetingParams,
        body: addActionItemRequest,
        response: { 201: meetingDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addActionItem(db, actor, request.params.meetingId, request.body);
      return reply.status(201).send(await meetingResponse(db, actor, request.params.meetingId));
    },
  );

  app.patch(
    '/api/one-on-ones/action-items/:itemId',
    {
      schema: {
        tags,
        summary: 'Update or tick an action item; version-checked',
        params: itemParams,
        body: updateActionItemRequest,
        response: { 200: meetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const meetingId = await updateActionItem(db, actor, request.params.itemId, request.body);
      return meetingResponse(db, actor, meetingId);
    },
  );

  app.put(
    '/api/one-on-ones/meetings/:meetingId/shared-notes',
    {
      schema: {
        tags,
        summary: 'Save the notes both participants see; version-checked',
        params: meetingParams,
        body: sharedNotesRequest,
        response: { 200: meetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveSharedNotes(db, actor, request.params.meetingId, request.body);
      return meetingResponse(db, actor, request.params.meetingId);
    },
  );

  app.put(
    '/api/one-on-ones/meetings/:meetingId/private-note',
    {
      schema: {
        tags,
        summary: 'Save my private note on a meeting (only I can ever read it); version-checked',
        params: meetingParams,
        body: privateNoteRequest,
        response: { 200: meetingDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await savePrivateNote(db, actor, request.params.meetingId, request.body);
      return meetingResponse(db, actor, request.params.meetingId);
    },
  );
};
