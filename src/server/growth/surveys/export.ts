import { and, asc, eq } from 'drizzle-orm';
import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { engagementSurveyParticipants, engagementSurveyRounds, engagementSurveys } from './tables';

/**
 * The person's survey invitations (SPEC S5): which rounds they were asked to and whether they
 * answered. Never the answers: nothing ties a response to anyone, so there is nothing to look up.
 */
export const surveysExporter: PersonalDataExporter = {
  kind: 'surveys',
  async collect({ db, subject }: ExportContext) {
    const rows = subject.personId
      ? await db
          .select({
            surveyName: engagementSurveys.name,
            roundNumber: engagementSurveyRounds.roundNumber,
            opensOn: engagementSurveyRounds.opensOn,
            closesOn: engagementSurveyRounds.closesOn,
            invitedOn: engagementSurveyParticipants.invitedOn,
            answered: engagementSurveyParticipants.responded,
            answeredOn: engagementSurveyParticipants.respondedOn,
          })
          .from(engagementSurveyParticipants)
          .innerJoin(
            engagementSurveyRounds,
            eq(engagementSurveyRounds.id, engagementSurveyParticipants.roundId),
          )
          .innerJoin(engagementSurveys, eq(engagementSurveys.id, engagementSurveyRounds.surveyId))
          .where(
            and(
              eq(engagementSurveyParticipants.organizationId, subject.organizationId),
              eq(engagementSurveyParticipants.personId, subject.personId),
            ),
          )
          .orderBy(asc(engagementSurveyParticipants.invitedOn))
      : [];
    return {
      visible: [
        {
          name: 'survey-invitations.json',
          title: 'Engagement survey invitations',
          dataClass: 'anonymous',
          records: rows,
        },
      ],
    };
  },
};
