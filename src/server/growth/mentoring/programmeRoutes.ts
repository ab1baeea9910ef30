import { z } from 'zod';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import {
  adminMatchRequest,
  createProgrammeRequest,
  match,
  matchListQuery,
  menteeChoices,
  participant,
  participantListQuery,
  participationCounts,
  poolDraft,
  profile,
  profileParams,
  programme,
  programmeListQuery,
  pullGapsRequest,
  requestMentorRequest,
  suggestionsPage,
  updateProgrammeRequest,
  upsertProfileRequest,
} from '../../../contracts/mentoring';
import type { Actor } from '../../platform/auth/actor';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { forbidden, notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { enrolmentOpenOn, matchAccess, programmeAccess, recordProgrammeListed } from './access';
import { findDraft } from './commands/pool';
import { pullGaps, upsertProfile } from './commands/profiles';
import { createProgramme, updateProgramme } from './commands/programmes';
import { adminMatch, expireProposals, requestMentor } from './commands/proposals';
import { matchPolicy, programmePolicy } from './policy';
import { presentMatches, presentProfiles, presentProgramme } from './present';
import { listMatches, listOwnProfiles, listProgrammes, programmeAdminIds } from './queries';
import {
  listParticipants,
  menteeChoices as loadChoices,
  participationCounts as loadParticipation,
  pendingDraftId,
  presentDraft,
  presentSuggestions,
  suggestionsFor,
} from './reads';

const tags = ['mentoring'];
const base = '/api/growth/mentoring';
const params = z.object({ programmeId: uuidParam });

async function presentOne(db: Db, actor: Actor, id: string) {
  const { row, policy } = await programmeAccess.readFor(db, actor, id);
  return presentProgramme(db, row, policy, await programmeAdminIds(db, row.id));
}

/** The programme, for those who run it (others who may read it get 403; the rest 404). */
const managed = (db: Db, actor: Actor, id: string) =>
  programmeAccess.readFor(db, actor, id, { action: 'manage', resource: false });

export const mentoringProgrammeRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    `${base}/programmes`,
    {
      schema: {
        tags,
        summary: 'Mentoring programmes: open ones, and those you run',
        querystring: programmeListQuery,
        response: { 200: pageOf(programme) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, status } = request.query;
      const { rows, total } = await listProgrammes(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        hr: actor.roles.has('hr_admin'),
        status,
        page,
        pageSize,
      });
      const today = await actorToday(db, actor);
      const items = [];
      for (const row of rows) {
        const admins = await programmeAdminIds(db, row.id);
        const designated = actor.personId !== null && admins.includes(actor.personId);
        const policy = programmePolicy(actor, row, designated, enrolmentOpenOn(row, today));
        items.push(await presentProgramme(db, row, policy, admins));
      }
      return { items, page, pageSize, total };
    },
  );

  app.post(
    `${base}/programmes`,
    {
      schema: {
        tags,
        summary: 'Create a mentoring programme (HR)',
        body: createProgrammeRequest,
        response: { 201: programme },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createProgramme(db, actor, request.body);
      return reply.status(201).send(await presentOne(db, actor, id));
    },
  );

  app.get(
    `${base}/programmes/:programmeId`,
    { schema: { tags, summary: 'One mentoring programme', params, response: { 200: programme } } },
    async (request) => presentOne(db, requireActor(request), request.params.programmeId),
  );

  app.patch(
    `${base}/programmes/:programmeId`,
    {
      schema: {
        tags,
        summary: 'Change a programme you run; version-checked',
        params,
        body: updateProgrammeRequest,
        response: { 200: programme },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateProgramme(db, actor, request.params.programmeId, request.body);
      return presentOne(db, actor, request.params.programmeId);
    },
  );

  app.get(
    `${base}/profiles`,
    {
      schema: {
        tags,
        summary: 'Your own mentor and mentee profiles',
        querystring: pageQuery,
        response: { 200: pageOf(profile) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listOwnProfiles(db, actor, { page, pageSize });
      const items = await presentProfiles(db, actor.organizationId, rows);
      return { items, page, pageSize, total };
    },
  );

  app.put(
    `${base}/programmes/:programmeId/profiles/:role`,
    {
      schema: {
        tags,
        summary: 'Create or change your mentor or mentee profile in a programme',
        params: profileParams,
        body: upsertProfileRequest,
        response: { 200: profile },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.personId) throw forbidden();
      const id = await upsertProfile(
        db,
        actor,
        request.params.programmeId,
        request.params.role,
        request.body,
      );
      const { rows } = await listOwnProfiles(db, actor, { page: 1, pageSize: 1, profileId: id });
      const [presented] = await presentProfiles(db, actor.organizationId, rows);
      return presented!;
    },
  );

  app.post(
    `${base}/profiles/:profileId/gaps`,
    {
      schema: {
        tags,
        summary: 'With your consent, add the competencies of your career-path gap to your mentee profile',
        params: z.object({ profileId: uuidParam }),
        body: pullGapsRequest,
        response: { 200: profile },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await pullGaps(db, actor, request.params.profileId, request.body);
      const { rows } = await listOwnProfiles(db, actor, {
        page: 1,
        pageSize: 1,
        profileId: request.params.profileId,
      });
      const [presented] = await presentProfiles(db, actor.organizationId, rows);
      return presented!;
    },
  );

  app.get(
    `${base}/programmes/:programmeId/suggestions`,
    {
      schema: {
        tags,
        summary: 'Eligible mentors for you, ranked by score, with the featured suggestion',
        params,
        querystring: pageQuery,
        response: { 200: suggestionsPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await programmeAccess.readFor(db, actor, request.params.programmeId, {
        resource: false,
      });
      const { page, pageSize } = request.query;
      const found = actor.personId
        ? await suggestionsFor(db, row, actor.personId, await actorToday(db, actor))
        : null;
      if (!found) throw notFound('Profile');
      return {
        items: await presentSuggestions(db, row, found, page, pageSize),
        page,
        pageSize,
        total: found.ranked.length,
        featuredMentorId: found.featuredMentorId,
        hasOpenMatch: found.hasOpenMatch,
      };
    },
  );

  app.post(
    `${base}/programmes/:programmeId/requests`,
    {
      schema: {
        tags,
        summary: 'Ask a mentor (self-select): a proposal they accept or decline',
        params,
        body: requestMentorRequest,
        response: { 201: match },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await requestMentor(db, actor, request.params.programmeId, request.body.mentorId);
      return reply.status(201).send(await matchFor(db, actor, id));
    },
  );

  app.get(
    `${base}/programmes/:programmeId/participants`,
    {
      schema: {
        tags,
        summary: 'Participants of a programme you run',
        params,
        querystring: participantListQuery,
        response: { 200: pageOf(participant) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await managed(db, actor, request.params.programmeId);
      const { page, pageSize, role } = request.query;
      const { items, total } = await listParticipants(db, row, { role, page, pageSize });
      await recordProgrammeListed(
        db,
        actor,
        items.map((i) => i.person.id),
      );
      return { items, page, pageSize, total };
    },
  );

  app.get(
    `${base}/programmes/:programmeId/participation`,
    {
      schema: {
        tags,
        summary: 'Participation by department, small groups suppressed',
        params,
        response: { 200: participationCounts },
      },
    },
    async (request) => {
      const { row } = await managed(db, requireActor(request), request.params.programmeId);
      return loadParticipation(db, row);
    },
  );

  app.get(
    `${base}/programmes/:programmeId/matches`,
    {
      schema: {
        tags,
        summary: 'Who is matched to whom, with state and score (programme admins)',
        params,
        querystring: matchListQuery,
        response: { 200: pageOf(match) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await managed(db, actor, request.params.programmeId);
      await expireProposals(db, { organizationId: actor.organizationId });
      const { page, pageSize, status } = request.query;
      const { rows, total } = await listMatches(db, {
        organizationId: actor.organizationId,
        programmeId: row.id,
        status,
        page,
        pageSize,
      });
      await recordProgrammeListed(
        db,
        actor,
        rows.map((r) => r.menteeId),
      );
      const standing = { relationToMentee: null, programmeAdmin: true };
      const items = await presentMatches(
        db,
        actor,
        rows.map((r) => ({ row: r, policy: matchPolicy(actor, r, standing) })),
      );
      return { items, page, pageSize, total };
    },
  );

  app.post(
    `${base}/programmes/:programmeId/matches`,
    {
      schema: {
        tags,
        summary: 'Decide a pair (programme admins); every rule is checked again',
        params,
        body: adminMatchRequest,
        response: { 201: match },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await adminMatch(db, actor, request.params.programmeId, request.body);
      return reply.status(201).send(await matchFor(db, actor, id));
    },
  );

  app.get(
    `${base}/programmes/:programmeId/choices`,
    {
      schema: {
        tags,
        summary: "Mentees' ranked mentor choices with scores (programme admins)",
        params,
        querystring: pageQuery,
        response: { 200: pageOf(menteeChoices) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await managed(db, actor, request.params.programmeId);
      const { page, pageSize } = request.query;
      const { items, total } = await loadChoices(db, row, await actorToday(db, actor), page, pageSize);
      await recordProgrammeListed(
        db,
        actor,
        items.map((i) => i.mentee.id),
      );
      return { items, page, pageSize, total };
    },
  );

  app.get(
    `${base}/programmes/:programmeId/drafts/pending`,
    {
      schema: {
        tags,
        summary: 'The pending whole-pool draft of a programme you run',
        params,
        response: { 200: poolDraft },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await managed(db, actor, request.params.programmeId);
      const id = await pendingDraftId(db, row.id);
      const draft = id ? await findDraft(db, actor.organizationId, id) : null;
      if (!draft) throw notFound('Draft');
      return presentDraft(db, draft);
    },
  );
};

/** A match the caller just created, presented as they see it. */
export async function matchFor(db: Db, actor: Actor, id: string) {
  const { row, policy } = await matchAccess.readFor(db, actor, id, { resource: false });
  const [presented] = await presentMatches(db, actor, [{ row, policy }]);
  return presented!;
}
