import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  competency,
  competencyInput,
  competencyListQuery,
  gapAnalysis,
  gapQuery,
  personPath,
  proficiencyScale,
  saveAssessmentRequest,
  saveSelfAssessmentRequest,
  setPositionRequest,
  shareAssessmentsRequest,
  track,
  trackInput,
  trackListQuery,
  trackSummary,
  updateCompetencyRequest,
  updateScaleRequest,
  updateTrackRequest,
} from '../../../contracts/paths';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { careerGapAccess, careerPathAccess } from './access';
import { saveManagerAssessment, saveSelfAssessment, shareAllSelfAssessments } from './commands/assessments';
import { createCompetency, removeCompetency, updateCompetency, updateScale } from './commands/library';
import { setCareerPosition } from './commands/setCareerPosition';
import { createTrack, updateTrack } from './commands/tracks';
import { libraryAbilities } from './policy';
import { presentCompetencies, presentGap, presentPersonPath, presentTrack } from './present';
import {
  findCompetency,
  findLevel,
  findPosition,
  findTrack,
  getScale,
  listCompetencies,
  listTracks,
  nextLevelOf,
  scaleInUse,
} from './queries';

const tags = ['career paths'];

async function presentCompetency(db: Db, actor: Actor, competencyId: string) {
  const row = await findCompetency(db, actor.organizationId, competencyId);
  if (!row) throw notFound('Competency');
  const [item] = await presentCompetencies(db, actor, [row]);
  return item!;
}

async function presentTrackById(db: Db, actor: Actor, trackId: string) {
  const row = await findTrack(db, actor.organizationId, trackId);
  if (!row) throw notFound('Track');
  return presentTrack(db, actor, row);
}

/** A person's path as the caller may see it (others 404); a read by anyone but the person is logged. */
async function presentVisiblePath(db: Db, actor: Actor, personId: string) {
  const { policy } = await careerPathAccess.readFor(db, actor, personId);
  return presentPersonPath(db, actor, personId, policy);
}

export const pathsRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  const competencyParams = z.object({ competencyId: uuidParam });
  const trackParams = z.object({ trackId: uuidParam });
  const personParams = z.object({ personId: uuidParam });
  const assessmentParams = z.object({ personId: uuidParam, competencyId: uuidParam });

  async function presentScale(actor: Actor) {
    const scale = await getScale(db, actor.organizationId);
    return {
      levelNames: scale.levelNames,
      version: scale.version,
      canChangeCount: !(await scaleInUse(db, actor.organizationId)),
      abilities: libraryAbilities(actor),
    };
  }

  app.get(
    '/api/growth/paths/scale',
    { schema: { tags, summary: 'The proficiency scale', response: { 200: proficiencyScale } } },
    async (request) => presentScale(requireActor(request)),
  );

  app.put(
    '/api/growth/paths/scale',
    {
      schema: {
        tags,
        summary: 'Rename the proficiency levels, or change how many there are while unused (HR)',
        body: updateScaleRequest,
        response: { 200: proficiencyScale },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateScale(db, actor, request.body);
      return presentScale(actor);
    },
  );

  app.get(
    '/api/growth/paths/competencies',
    {
      schema: {
        tags,
        summary: 'The competency library, by category and name',
        querystring: competencyListQuery,
        response: { 200: pageOf(competency) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, status, search } = request.query;
      const { rows, total } = await listCompetencies(db, actor.organizationId, {
        status,
        search,
        page,
        pageSize,
      });
      return { items: await presentCompetencies(db, actor, rows), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/paths/competencies',
    {
      schema: {
        tags,
        summary: 'Add a competency (HR)',
        body: competencyInput,
        response: { 201: competency },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createCompetency(db, actor, request.body);
      return reply.status(201).send(await presentCompetency(db, actor, id));
    },
  );

  app.get(
    '/api/growth/paths/competencies/:competencyId',
    { schema: { tags, summary: 'One competency', params: competencyParams, response: { 200: competency } } },
    async (request) => presentCompetency(db, requireActor(request), request.params.competencyId),
  );

  app.put(
    '/api/growth/paths/competencies/:competencyId',
    {
      schema: {
        tags,
        summary: 'Edit or retire a competency (HR, version-checked)',
        params: competencyParams,
        body: updateCompetencyRequest,
        response: { 200: competency },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateCompetency(db, actor, request.params.competencyId, request.body);
      return presentCompetency(db, actor, request.params.competencyId);
    },
  );

  app.post(
    '/api/growth/paths/competencies/:competencyId/remove',
    {
      schema: {
        tags,
        summary: 'Delete a competency nobody uses yet (HR); used ones are retired instead',
        params: competencyParams,
        body: z.object({ version: z.number().int() }),
      },
    },
    async (request, reply) => {
      await removeCompetency(db, requireActor(request), request.params.competencyId, request.body.version);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/growth/paths/tracks',
    {
      schema: {
        tags,
        summary: 'Career tracks, by name',
        querystring: trackListQuery,
        response: { 200: pageOf(trackSummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, status } = request.query;
      const { rows, total } = await listTracks(db, actor.organizationId, { status, page, pageSize });
      return {
        items: rows.map(({ track: t, levelCount }) => ({
          id: t.id,
          name: t.name,
          description: t.description,
          status: t.status,
          levelCount,
          version: t.version,
        })),
        page,
        pageSize,
        total,
      };
    },
  );

  app.post(
    '/api/growth/paths/tracks',
    { schema: { tags, summary: 'Add a career track (HR)', body: trackInput, response: { 201: track } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createTrack(db, actor, request.body);
      return reply.status(201).send(await presentTrackById(db, actor, id));
    },
  );

  app.get(
    '/api/growth/paths/tracks/:trackId',
    {
      schema: {
        tags,
        summary: 'A track with its levels and expectations',
        params: trackParams,
        response: { 200: track },
      },
    },
    async (request) => presentTrackById(db, requireActor(request), request.params.trackId),
  );

  app.put(
    '/api/growth/paths/tracks/:trackId',
    {
      schema: {
        tags,
        summary: 'Save a track with its ordered levels and expectations (HR, version-checked)',
        params: trackParams,
        body: updateTrackRequest,
        response: { 200: track },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateTrack(db, actor, request.params.trackId, request.body);
      return presentTrackById(db, actor, request.params.trackId);
    },
  );

  app.get(
    '/api/growth/paths/people/:personId',
    {
      schema: {
        tags,
        summary: "A person's career path: position, next level and the assessments the caller may see",
        params: personParams,
        response: { 200: personPath },
      },
    },
    async (request) => presentVisiblePath(db, requireActor(request), request.params.personId),
  );

  app.put(
    '/api/growth/paths/people/:personId/position',
    {
      schema: {
        tags,
        summary: 'Place a person on a track level (HR or their manager)',
        params: personParams,
        body: setPositionRequest,
        response: { 200: personPath },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setCareerPosition(db, actor, request.params.personId, request.body);
      return presentVisiblePath(db, actor, request.params.personId);
    },
  );

  app.put(
    '/api/growth/paths/people/:personId/assessments/:competencyId/self',
    {
      schema: {
        tags,
        summary: 'Save my self-assessment of a competency (version-checked)',
        params: assessmentParams,
        body: saveSelfAssessmentRequest,
        response: { 200: personPath },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId, competencyId } = request.params;
      await saveSelfAssessment(db, actor, personId, competencyId, request.body);
      return presentVisiblePath(db, actor, personId);
    },
  );

  app.put(
    '/api/growth/paths/people/:personId/assessments/:competencyId/manager',
    {
      schema: {
        tags,
        summary: "Save the manager's developmental assessment of a report's competency (version-checked)",
        params: assessmentParams,
        body: saveAssessmentRequest,
        response: { 200: personPath },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId, competencyId } = request.params;
      await saveManagerAssessment(db, actor, personId, competencyId, request.body);
      return presentVisiblePath(db, actor, personId);
    },
  );

  app.post(
    '/api/growth/paths/people/:personId/assessments/share',
    {
      schema: {
        tags,
        summary: 'Share all my self-assessments with my manager, or stop sharing them',
        params: personParams,
        body: shareAssessmentsRequest,
        response: { 200: personPath },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      await shareAllSelfAssessments(db, actor, personId, request.body.sharedWithManager);
      return presentVisiblePath(db, actor, personId);
    },
  );

  app.get(
    '/api/growth/paths/people/:personId/gap',
    {
      schema: {
        tags,
        summary: 'Gap analysis against the next level, or a chosen target level on any track',
        params: personParams,
        querystring: gapQuery,
        response: { 200: gapAnalysis },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      // HR places people on tracks but never reads their assessments: no gap for them (404).
      const { policy } = await careerGapAccess.readFor(db, actor, personId);
      let targetLevelId = request.query.targetLevelId;
      if (!targetLevelId) {
        const position = await findPosition(db, actor.organizationId, personId);
        const next = position ? await nextLevelOf(db, position.track.id, position.level.position) : null;
        targetLevelId = next?.id;
      }
      const target = targetLevelId ? await findLevel(db, actor.organizationId, targetLevelId) : null;
      if (request.query.targetLevelId && !target) throw notFound('Level');
      return presentGap(db, personId, target, policy);
    },
  );
};
