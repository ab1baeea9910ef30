import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../org/tables';
import { addDays, organizationToday } from '../../platform/clock';
import { loadConfig } from '../../platform/config';
import { drainJobs } from '../../platform/jobs/worker';
import { outboundEmails } from '../../platform/mail/tables';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { type SmtpSink, startSmtpSink } from '../../testing/smtpSink';
import { surveyInvitationEmailsHandler } from './commands/invitationEmails';
import {
  engagementSurveyComments,
  engagementSurveyHeldAnswers,
  engagementSurveyParticipants,
  engagementSurveyResponses,
} from './tables';

let smtp: SmtpSink;
let server: TestServer;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Trellis <no-reply@trellis.test>',
  });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const as = async (cast: Cast, person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

/** The survey link mailed to an address (quoted-printable unfolded). */
const linkTokenFor = (email: string) => {
  const mail = [...smtp.received].reverse().find((m) => m.to.includes(email));
  const unfolded = mail?.data.replace(/=\r?\n/g, '').replace(/=3D/g, '=') ?? '';
  return unfolded.match(/\/surveys\/answer\?token=([A-Za-z0-9_-]+)/)?.[1] ?? null;
};

const pulse = {
  name: 'Autumn pulse',
  questions: [
    { kind: 'likert', driver: 'growth', prompt: 'I am learning' },
    { kind: 'likert', driver: 'workload', prompt: 'My workload is fine' },
    { kind: 'enps', prompt: 'Would you recommend us?' },
    { kind: 'comment', prompt: 'Anything else?' },
  ],
};

async function emailOf(personId: string) {
  const [row] = await server.database.db
    .select({ email: people.email })
    .from(people)
    .where(eq(people.id, personId));
  return row!.email;
}

describe('survey set-up', () => {
  it('only HR sets up surveys; rules are validated with the field named', async () => {
    const cast = await createCast(server.database.db);
    const hr = await as(cast, cast.hr);
    expect((await (await as(cast, cast.manager)).post('/api/growth/surveys', pulse)).status).toBe(403);
    const low = await hr.post('/api/growth/surveys', {
      ...pulse,
      anonymity: { threshold: 2, commentThreshold: 10 },
    });
    expect(low.status).toBe(400);
    expect(low.body.error.fieldIssues['anonymity.threshold'].code).toBe('thresholdMin');
    const comments = await hr.post('/api/growth/surveys', {
      ...pulse,
      anonymity: { threshold: 6, commentThreshold: 5 },
    });
    expect(comments.status).toBe(400);
    expect(comments.body.error.fieldIssues['anonymity.commentThreshold'].code).toBe(
      'surveyCommentThresholdBelow',
    );
    const noDriver = await hr.post('/api/growth/surveys', {
      ...pulse,
      questions: [{ kind: 'likert', prompt: 'x' }],
    });
    expect(noDriver.status).toBe(400);

    const created = await hr.post('/api/growth/surveys', pulse);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      anonymity: { threshold: 5, commentThreshold: 10 },
      anonymityLocked: false,
      schedule: 'one_off',
      abilities: { edit: true, launch: true, editAnonymity: true },
    });
    expect((await (await as(cast, cast.employee)).get(`/api/growth/surveys/${created.body.id}`)).status).toBe(
      404,
    );
    // Before any answer the rules may change.
    const raised = await hr.patch(`/api/growth/surveys/${created.body.id}`, {
      version: 1,
      anonymity: { threshold: 4, commentThreshold: 10 },
    });
    expect(raised.status).toBe(200);
    expect(raised.body.anonymity.threshold).toBe(4);
  });
});

describe('a round from launch to report', () => {
  let cast: Cast;
  let hr: ApiClient;
  let surveyId: string;
  let roundId: string;
  let questionIds: { growth: string; workload: string; comment: string };

  beforeAll(async () => {
    cast = await createCast(server.database.db);
    hr = await as(cast, cast.hr);
    const created = await hr.post('/api/growth/surveys', pulse);
    surveyId = created.body.id;
    const q = created.body.questions as { id: string; kind: string; driver: string | null }[];
    questionIds = {
      growth: q.find((x) => x.driver === 'growth')!.id,
      workload: q.find((x) => x.driver === 'workload')!.id,
      comment: q.find((x) => x.kind === 'comment')!.id,
    };
    const mailedBefore = smtp.received.length;
    const launched = await hr.post(`/api/growth/surveys/${surveyId}/rounds`);
    expect(launched.status).toBe(201);
    roundId = launched.body.id;
    // The emails wait for the queue (commands/invitationEmails.test.ts): a worker sends them.
    expect(smtp.received.length).toBe(mailedBefore);
    const outcomes = await drainJobs({
      database: server.database,
      config: loadConfig({}),
      mailer: server.mailer,
      log: { info: () => undefined, error: () => undefined },
      handlers: [surveyInvitationEmailsHandler],
      filter: { organizationId: cast.org.organizationId },
    });
    expect(outcomes.map((o) => o.status)).toEqual(['done']);
  });

  const answer = (score: number) => ({
    likert: { [questionIds.growth]: score, [questionIds.workload]: 3 },
    enps: 9,
    comments: { [questionIds.comment]: 'More quiet time, please' },
  });

  it('invites everyone in-app and by email with a one-time link; the stored copy withholds the link', async () => {
    expect(roundId).toBeTruthy();
    const invited = await server.database.db
      .select()
      .from(engagementSurveyParticipants)
      .where(eq(engagementSurveyParticipants.roundId, roundId));
    expect(invited.length).toBe(11);
    const employee = invited.find((p) => p.personId === cast.employee.id)!;
    expect(employee.snapshotManagerChain).toEqual([cast.manager.id, cast.skip.id, cast.ceo.id]);
    expect(employee.snapshotDepartmentId).toBe(cast.org.departmentId);
    const inApp = await server.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, cast.employee.id), eq(notifications.kind, 'survey.invited')));
    expect(inApp).toHaveLength(1);
    expect(linkTokenFor(await emailOf(cast.employee.id))).toBeTruthy();
    const stored = await server.database.db
      .select()
      .from(outboundEmails)
      .where(
        and(
          eq(outboundEmails.organizationId, cast.org.organizationId),
          eq(outboundEmails.kind, 'survey.invitation'),
        ),
      );
    expect(stored.length).toBe(11);
    for (const row of stored) expect(row.textBody ?? '').not.toMatch(/token=/);
  });

  it('lists the open survey, names the field of a bad answer, stores a good one once (409 after)', async () => {
    const employee = await as(cast, cast.employee);
    const mine = await employee.get('/api/growth/surveys/mine');
    expect(mine.body.items.map((i: { roundId: string }) => i.roundId)).toContain(roundId);
    const questionnaire = await employee.get(`/api/growth/surveys/mine/${roundId}`);
    expect(questionnaire.status).toBe(200);
    expect(questionnaire.body.anonymity).toEqual({ threshold: 5, commentThreshold: 10 });

    const missing = await employee.post(`/api/growth/surveys/mine/${roundId}/answers`, {
      likert: { [questionIds.growth]: 4 },
      enps: 9,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fieldIssues[`likert.${questionIds.workload}`].code).toBe(
      'surveyAnswerRequired',
    );
    const outOfRange = await employee.post(`/api/growth/surveys/mine/${roundId}/answers`, {
      ...answer(4),
      likert: { [questionIds.growth]: 6, [questionIds.workload]: 3 },
    });
    expect(outOfRange.status).toBe(400);
    expect(Object.keys(outOfRange.body.error.fieldIssues ?? outOfRange.body.error.fields)[0]).toContain(
      questionIds.growth,
    );
    const noEnps = await employee.post(`/api/growth/surveys/mine/${roundId}/answers`, {
      ...answer(4),
      enps: null,
    });
    expect(noEnps.body.error.fieldIssues.enps.code).toBe('surveyAnswerRequired');
    const long = await employee.post(`/api/growth/surveys/mine/${roundId}/answers`, {
      ...answer(4),
      comments: { [questionIds.comment]: 'x'.repeat(2001) },
    });
    expect(long.status).toBe(400);

    expect((await employee.post(`/api/growth/surveys/mine/${roundId}/answers`, answer(4))).status).toBe(204);
    const again = await employee.post(`/api/growth/surveys/mine/${roundId}/answers`, answer(2));
    expect(again.status).toBe(409);
    expect(again.body.error.reason.code).toBe('surveyAlreadyAnswered');
    expect((await employee.get('/api/growth/surveys/mine')).body.items).toEqual([]);

    const [participant] = await server.database.db
      .select()
      .from(engagementSurveyParticipants)
      .where(
        and(
          eq(engagementSurveyParticipants.roundId, roundId),
          eq(engagementSurveyParticipants.personId, cast.employee.id),
        ),
      );
    expect(participant!.responded).toBe(true);
    expect(participant!.respondedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Held for a shuffled release with others (commands/releaseAnswers.test.ts), not a response yet.
    const responses = await server.database.db
      .select()
      .from(engagementSurveyResponses)
      .where(eq(engagementSurveyResponses.roundId, roundId));
    expect(responses).toHaveLength(0);
    const held = await server.database.db
      .select()
      .from(engagementSurveyHeldAnswers)
      .where(eq(engagementSurveyHeldAnswers.roundId, roundId));
    expect(held).toHaveLength(1);
    expect(held[0]!.bucketManagerChain).toEqual([cast.manager.id, cast.skip.id, cast.ceo.id]);
    expect(held[0]!.heldComments).toEqual([
      { questionId: questionIds.comment, text: 'More quiet time, please' },
    ]);
    expect(Object.keys(held[0]!)).not.toContain('personId');
  });

  it('locks the anonymity rules once the first response exists (409), other changes still pass', async () => {
    const survey = await hr.get(`/api/growth/surveys/${surveyId}`);
    expect(survey.body.anonymityLocked).toBe(true);
    expect(survey.body.abilities.editAnonymity).toBe(false);
    const same = await hr.patch(`/api/growth/surveys/${surveyId}`, {
      version: survey.body.version,
      anonymity: { threshold: 5, commentThreshold: 10 },
    });
    expect(same.status).toBe(409);
    expect(same.body.error).toMatchObject({
      code: 'threshold_locked',
      reason: { code: 'surveyRulesLocked' },
    });
    const lower = await hr.patch(`/api/growth/surveys/${surveyId}`, {
      version: survey.body.version,
      anonymity: { threshold: 3, commentThreshold: 3 },
    });
    expect(lower.status).toBe(409);
    const renamed = await hr.patch(`/api/growth/surveys/${surveyId}`, {
      version: survey.body.version,
      name: 'Renamed',
    });
    expect(renamed.status).toBe(200);
  });

  it('answers through the emailed link without signing in, once; the link and the signed-in route refuse a second answer', async () => {
    const token = linkTokenFor(await emailOf(cast.employee2.id))!;
    const anonymousClient = new ApiClient(server.baseUrl);
    const questionnaire = await anonymousClient.post('/api/growth/surveys/link/questionnaire', { token });
    expect(questionnaire.status).toBe(200);
    expect(questionnaire.body.roundId).toBe(roundId);
    expect(
      (await anonymousClient.post('/api/growth/surveys/link/answers', { token, ...answer(5) })).status,
    ).toBe(204);
    const reuse = await anonymousClient.post('/api/growth/surveys/link/answers', { token, ...answer(5) });
    expect(reuse.status).toBe(400);
    expect(reuse.body.error.code).toBe('invalid_token');
    const signedIn = await (await as(cast, cast.employee2)).post(
      `/api/growth/surveys/mine/${roundId}/answers`,
      answer(1),
    );
    expect(signedIn.status).toBe(409);

    // The employee who answered signed in cannot answer again through their link either.
    const first = linkTokenFor(await emailOf(cast.employee.id))!;
    expect(
      (await anonymousClient.post('/api/growth/surveys/link/answers', { token: first, ...answer(1) })).status,
    ).toBe(409);
  });

  it('reports only aggregates that pass: scores after close, subtree for managers, nothing for others', async () => {
    for (const person of [cast.peer, cast.peerManager, cast.approver, cast.coach]) {
      const client = await as(cast, person);
      expect((await client.post(`/api/growth/surveys/mine/${roundId}/answers`, answer(4))).status).toBe(204);
    }
    // Open round: participation only, no scores; heatmap waits for the close.
    const open = await hr.get(`/api/growth/surveys/rounds/${roundId}/results`);
    expect(open.status).toBe(200);
    expect(open.body.participation).toEqual({ invited: 11, responded: 6, rate: 0.545 });
    expect(open.body.drivers).toEqual([]);
    expect((await hr.get(`/api/growth/surveys/rounds/${roundId}/heatmap`)).status).toBe(409);

    const manager = await as(cast, cast.manager);
    expect((await manager.post(`/api/growth/surveys/rounds/${roundId}/close`)).status).toBe(403);
    expect((await hr.post(`/api/growth/surveys/rounds/${roundId}/close`)).status).toBe(200);
    expect((await hr.post(`/api/growth/surveys/rounds/${roundId}/close`)).status).toBe(409);

    const results = await hr.get(`/api/growth/surveys/rounds/${roundId}/results`);
    expect(results.body.scope).toBe('organization');
    expect(results.body.enps).toMatchObject({ state: 'shown', n: 6, score: 100 });
    const growth = results.body.drivers.find((d: { driver: string }) => d.driver === 'growth');
    expect(growth.score).toMatchObject({ state: 'shown', n: 6 });
    expect(growth.score.mean).toBeCloseTo((4 + 5 + 4 * 4) / 6, 5);

    // The manager's subtree (two people) is below the threshold: 200, but nothing shown.
    const subtree = await manager.get(`/api/growth/surveys/rounds/${roundId}/results`);
    expect(subtree.status).toBe(200);
    expect(subtree.body.scope).toBe('subtree');
    expect(subtree.body.participation).toBeNull();
    expect(subtree.body.enps.state).not.toBe('shown');
    expect(subtree.body.drivers.every((d: { score: { state: string } }) => d.score.state !== 'shown')).toBe(
      true,
    );
    expect(
      (await manager.get(`/api/growth/surveys/rounds/${roundId}/results?scope=organization`)).status,
    ).toBe(403);
    // HR reads one scope only: their own team beside the organisation could be subtracted from it.
    const hrTeam = await hr.get(`/api/growth/surveys/rounds/${roundId}/results?scope=subtree`);
    expect(hrTeam.status).toBe(400);
    expect(hrTeam.body.error.fieldIssues.scope.code).toBe('surveyHrReadsOrganisation');

    for (const outsider of [cast.employee, cast.orgAdmin, cast.peer])
      expect(
        (await (await as(cast, outsider)).get(`/api/growth/surveys/rounds/${roundId}/results`)).status,
      ).toBe(404);

    const heatmap = await hr.get(`/api/growth/surveys/rounds/${roundId}/heatmap`);
    expect(heatmap.status).toBe(200);
    expect(heatmap.body.rows).toHaveLength(1);
    expect(heatmap.body.rows[0].count).toEqual({ state: 'shown', n: 6 });

    // Six comments are under the comment threshold of ten: none is shown.
    const comments = await hr.get(`/api/growth/surveys/rounds/${roundId}/comments`);
    expect(comments.body.state).toBe('below_threshold');
    expect(comments.body.items).toEqual([]);
    const stored = await server.database.db
      .select()
      .from(engagementSurveyComments)
      .where(eq(engagementSurveyComments.roundId, roundId));
    expect(stored).toHaveLength(6);
  });
});

describe('what leaves the module besides reports', () => {
  it('the analytics read API gives suppressed trend points; the personal export lists invitations, never answers', async () => {
    const cast = await createCast(server.database.db);
    const hr = await as(cast, cast.hr);
    const created = await hr.post('/api/growth/surveys', pulse);
    const likert = (created.body.questions as { id: string; kind: string }[]).filter(
      (q) => q.kind === 'likert',
    );
    const round = await hr.post(`/api/growth/surveys/${created.body.id}/rounds`);
    const people = [cast.employee, cast.employee2, cast.peer, cast.peerManager, cast.approver, cast.coach];
    for (const person of people)
      await (await as(cast, person)).post(`/api/growth/surveys/mine/${round.body.id}/answers`, {
        likert: Object.fromEntries(likert.map((q) => [q.id, 4])),
        enps: 10,
      });
    await hr.post(`/api/growth/surveys/rounds/${round.body.id}/close`);

    const { engagementTrend } = await import('./readApi');
    const [point] = await engagementTrend(server.database.db, { organizationId: cast.org.organizationId });
    expect(point).toMatchObject({
      roundId: round.body.id,
      respondents: { state: 'shown', n: 6 },
      engagement: { state: 'shown', mean: 4, n: 6 },
      enps: { state: 'shown', score: 100 },
      engagementChange: null,
    });
    const [subtree] = await engagementTrend(server.database.db, {
      organizationId: cast.org.organizationId,
      managerId: cast.manager.id,
    });
    expect(subtree!.respondents.state).toBe('below_threshold');
    expect(subtree!.engagement.state).toBe('below_threshold');

    const { surveysExporter } = await import('./export');
    const exported = await surveysExporter.collect({
      db: server.database.db,
      subject: {
        accountId: cast.employee.accountId!,
        organizationId: cast.org.organizationId,
        personId: cast.employee.id,
        email: 'e@x.test',
        roles: new Set(),
        locale: 'en',
        sessionId: 's',
        csrfToken: 'c',
      },
      reviewer: null,
    });
    const records = exported.visible[0]!.records as Record<string, unknown>[];
    expect(records).toEqual([expect.objectContaining({ surveyName: 'Autumn pulse', answered: true })]);
    expect(JSON.stringify(records)).not.toMatch(/likert|enps|score/i);
  });
});

describe('fatigue guard and the pulse job', () => {
  it('skips people who had a pulse in the last week, and the job launches due rounds and closes past ones', async () => {
    const cast = await createCast(server.database.db);
    const hr = await as(cast, cast.hr);
    const first = await hr.post('/api/growth/surveys', pulse);
    expect((await hr.post(`/api/growth/surveys/${first.body.id}/rounds`)).status).toBe(201);
    const second = await hr.post('/api/growth/surveys', { ...pulse, name: 'Second' });
    const resting = await hr.post(`/api/growth/surveys/${second.body.id}/rounds`);
    expect(resting.status).toBe(409);
    // Why, for HR: everyone in the audience rests, and from when the first of them may be asked again.
    const today = await organizationToday(server.database.db, cast.org.organizationId);
    expect(resting.body.error.reason).toEqual({
      code: 'surveyNobodyInvited',
      params: { resting: 11, availableOn: addDays(today, 7) },
    });
    await cast.org.addPerson({ managerId: cast.manager.id });
    const launched = await hr.post(`/api/growth/surveys/${second.body.id}/rounds`);
    expect(launched.status).toBe(201);
    expect(launched.body).toMatchObject({ skippedForFatigue: 11, invited: null });

    const { runPulseSchedule } = await import('./commands/schedule');
    const weekly = await hr.post('/api/growth/surveys', {
      ...pulse,
      name: 'Weekly',
      schedule: 'weekly',
      openDays: 3,
    });
    expect(weekly.body.nextRoundOn).toBeTruthy();
    const later = new Date(Date.now() + 8 * 86_400_000);
    const run = await runPulseSchedule({
      db: server.database.db,
      organizationId: cast.org.organizationId,
      now: later,
    });
    // Both launched rounds are past their close a week later; the weekly pulse launches its first round.
    expect(run).toEqual({ closed: 2, released: 0, launched: 1 });
    const rounds = await hr.get(`/api/growth/surveys/${weekly.body.id}/rounds`);
    expect(rounds.body.items).toHaveLength(1);
    const again = await runPulseSchedule({
      db: server.database.db,
      organizationId: cast.org.organizationId,
      now: later,
    });
    expect(again).toEqual({ closed: 0, released: 0, launched: 0 });
  });
});
