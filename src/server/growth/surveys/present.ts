import type { Survey, SurveyRound, TeamAction } from '../../../contracts/surveys';
import type { Actor } from '../../platform/auth/actor';
import { surveyPolicy, teamActionPolicy } from './policy';
import type { QuestionRow, RoundRow, SurveyRow, TeamActionRow } from './queries';

export const presentQuestion = (q: QuestionRow) => ({
  id: q.id,
  kind: q.kind,
  driver: q.driver,
  prompt: q.prompt,
  position: q.position,
});

export function presentSurvey(
  actor: Actor,
  row: SurveyRow,
  extra: { questions: QuestionRow[]; locked: boolean; roundCount: number },
): Survey {
  const policy = surveyPolicy(actor, row);
  return {
    id: row.id,
    name: row.name,
    audience:
      row.audienceKind === 'departments'
        ? { kind: 'departments', departmentIds: row.audienceDepartmentIds }
        : { kind: 'organization' },
    anonymity: { threshold: row.anonymityThreshold, commentThreshold: row.commentThreshold },
    anonymityLocked: extra.locked,
    schedule: row.schedule,
    driversPerRound: row.driversPerRound,
    openDays: row.openDays,
    nextRoundOn: row.nextRoundOn,
    ended: row.ended,
    questions: extra.questions.map(presentQuestion),
    roundCount: extra.roundCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    abilities: { edit: policy.edit, launch: policy.launch, editAnonymity: policy.edit && !extra.locked },
  };
}

/** A round; the invited count only when it reaches the threshold (a count of 3 says who was asked). */
export function presentRound(
  row: RoundRow,
  survey: Pick<SurveyRow, 'name' | 'anonymityThreshold'>,
  invited: number,
): SurveyRound {
  return {
    id: row.id,
    surveyId: row.surveyId,
    surveyName: survey.name,
    roundNumber: row.roundNumber,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    status: row.closed ? 'closed' : 'open',
    questionIds: row.questionIds,
    invited: invited >= survey.anonymityThreshold ? invited : null,
    skippedForFatigue: row.skippedForFatigue,
  };
}

export function presentTeamAction(actor: Actor, row: TeamActionRow): TeamAction {
  return {
    id: row.id,
    surveyId: row.surveyId,
    teamKind: row.teamKind,
    teamId: row.teamId,
    driver: row.driver,
    actionTitle: row.actionTitle,
    ownerId: row.ownerId,
    dueOn: row.dueOn,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    abilities: { edit: teamActionPolicy(actor, row).edit },
  };
}
