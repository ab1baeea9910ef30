import { z } from 'zod';
import { uuidParam } from '../../../../contracts/common';
import {
  letterTemplate,
  letterTemplateParams,
  ownLetters,
  previewLetterRequest,
  saveLetterTemplateRequest,
} from '../../../../contracts/compensation/letters';
import { issue } from '../../../../contracts/issues';
import { actorToday } from '../../../platform/clock';
import { AppError, forbidden, notFound } from '../../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { cycleAccess, participantAccess } from '../cycles/access';
import { outcomeOf } from '../release/outcome';
import { logLetterListAccess } from './access';
import { saveLetterTemplate } from './commands/saveLetterTemplate';
import { letterFileName, letterPdf, safeFilePart, sampleOutcome } from './pdf';
import { lettersReleased, letterTemplatePolicy } from './policy';
import { presentLetterTemplate } from './present';
import { findLetterTemplate, letterSettingsOf, localesOf, visibleLetterParticipations } from './queries';
import { cycleLetterFiles, letterContextOf, renderLetter } from './render';
import { refuseTemplateProblems } from './template';
import { hasLetter } from './values';
import { zipStream } from './zip';

const tags = ['compensation'];
const base = '/api/performance/compensation';

const notReleased = () => new AppError('invalid_state', issue('compLettersNotReleased'));
const attachment = (name: string) => `attachment; filename="${name}"`;
/** Pay letters (issue 12 item 7): HR's template, HR's downloads, and the employee's own letters. */
export const payLetterRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    `${base}/letter-templates/:language`,
    {
      schema: {
        tags,
        summary: "The organisation's pay-letter template in a language, or the default (HR admin)",
        params: letterTemplateParams,
        response: { 200: letterTemplate },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!letterTemplatePolicy(actor).read) throw forbidden();
      const { language } = request.params;
      const [row, settings] = await Promise.all([
        findLetterTemplate(db, actor.organizationId, language),
        letterSettingsOf(db, actor.organizationId),
      ]);
      return presentLetterTemplate(language, row, settings.showBandPlacement);
    },
  );

  app.put(
    `${base}/letter-templates/:language`,
    {
      schema: {
        tags,
        summary: 'Save the pay-letter template of a language (HR admin); version-checked',
        params: letterTemplateParams,
        body: saveLetterTemplateRequest,
        response: { 200: letterTemplate },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { language } = request.params;
      const row = await saveLetterTemplate(db, { actor, language, input: request.body });
      const settings = await letterSettingsOf(db, actor.organizationId);
      return presentLetterTemplate(language, row, settings.showBandPlacement);
    },
  );

  app.post(
    `${base}/letter-templates/preview`,
    {
      schema: {
        tags,
        summary: 'A sample letter (made-up person and figures) from a template as edited, as PDF (HR admin)',
        body: previewLetterRequest,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!letterTemplatePolicy(actor).preview) throw forbidden();
      const { language, title, body } = request.body;
      refuseTemplateProblems({ title, body });
      const settings = await letterSettingsOf(db, actor.organizationId);
      const pdf = await letterPdf(sampleOutcome(language), {
        template: { title, body },
        language,
        organizationName: settings.name,
        showBandPlacement: settings.showBandPlacement,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="letter-preview-${language}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    `${base}/cycles/:cycleId/letters.zip`,
    {
      schema: {
        tags,
        summary:
          "Every letter of a released cycle as a ZIP, one PDF per person whose pay changed, in each person's language (HR admin; each is logged for the person)",
        params: z.object({ cycleId: uuidParam }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { row } = await cycleAccess.readFor(db, actor, request.params.cycleId);
      if (!lettersReleased(row)) throw notReleased();
      const context = await letterContextOf(db, actor.organizationId);
      const files = cycleLetterFiles(db, {
        organizationId: actor.organizationId,
        cycleId: row.id,
        context,
        onPage: (outcomes) =>
          logLetterListAccess(
            db,
            actor,
            outcomes.map((outcome) => outcome.personId),
          ),
      });
      return reply
        .type('application/zip')
        .header('content-disposition', attachment(`pay-letters-${safeFilePart(row.name, 60)}.zip`))
        .send(zipStream(files));
    },
  );

  app.get(
    `${base}/cycles/participants/:participantId/letter`,
    {
      schema: {
        tags,
        summary:
          "One person's letter of a released cycle as PDF, in their language (HR admin; logged for the person)",
        params: z.object({ participantId: uuidParam }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { row } = await participantAccess.readFor(db, actor, request.params.participantId, {
        resource: false,
      });
      if (!lettersReleased(row)) throw notReleased();
      const outcome = await outcomeOf(db, { organizationId: actor.organizationId, participantId: row.id });
      if (!outcome || !hasLetter(outcome)) throw notFound('Letter');
      await logLetterListAccess(db, actor, [outcome.personId]);
      const [context, locales] = await Promise.all([
        letterContextOf(db, actor.organizationId),
        localesOf(db, actor.organizationId, [outcome.personId]),
      ]);
      const pdf = await renderLetter(outcome, context, locales.get(outcome.personId));
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(letterFileName(outcome)))
        .send(pdf);
    },
  );

  app.get(
    `${base}/me/letters`,
    {
      schema: {
        tags,
        summary: 'My pay letters: released cycles whose visibility date has come, newest first',
        response: { 200: ownLetters },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.personId) return { items: [] };
      const today = await actorToday(db, actor);
      const rows = await visibleLetterParticipations(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        today,
      });
      // A person is in a handful of cycles: one outcome read each says whether a letter exists.
      const items = [];
      for (const { participantId, ...letter } of rows) {
        const outcome = await outcomeOf(db, { organizationId: actor.organizationId, participantId });
        if (outcome && hasLetter(outcome)) items.push(letter);
      }
      return { items };
    },
  );

  app.get(
    `${base}/me/letters/:cycleId`,
    {
      schema: {
        tags,
        summary: 'My letter of a cycle as PDF, from its visibility date on (before it: 404)',
        params: z.object({ cycleId: uuidParam }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!actor.personId) throw notFound('Letter');
      const today = await actorToday(db, actor);
      const [row] = await visibleLetterParticipations(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        today,
        cycleId: request.params.cycleId,
      });
      const outcome = row
        ? await outcomeOf(db, { organizationId: actor.organizationId, participantId: row.participantId })
        : null;
      if (!outcome || !hasLetter(outcome)) throw notFound('Letter');
      const context = await letterContextOf(db, actor.organizationId);
      const pdf = await renderLetter(outcome, context, actor.locale);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(letterFileName(outcome)))
        .send(pdf);
    },
  );
};
