import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../../org/tables';
import { loadConfig } from '../../../platform/config';
import { enqueueJob } from '../../../platform/jobs/queue';
import { jobQueue } from '../../../platform/jobs/tables';
import { drainJobs } from '../../../platform/jobs/worker';
import { createMailer, type Mailer } from '../../../platform/mail/mailer';
import { outboundEmails } from '../../../platform/mail/tables';
import { notifications } from '../../../platform/notifications/tables';
import { type Cast, createCast } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { type SmtpSink, startSmtpSink } from '../../../testing/smtpSink';
import { engagementSurveyLinks, engagementSurveyParticipants } from '../tables';
import {
  sendRoundInvitations,
  surveyInvitationEmailsHandler,
  surveyInvitationEmailsJobName,
} from './invitationEmails';

let smtp: SmtpSink;
let server: TestServer;
const smtpEnv = (port: number) => ({
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(port),
  SMTP_FROM: 'Trellis <no-reply@trellis.test>',
});

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer(smtpEnv(smtp.port));
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const pulse = {
  name: 'Queued pulse',
  questions: [
    { kind: 'likert', driver: 'growth', prompt: 'I am learning' },
    { kind: 'enps', prompt: 'Would you recommend us?' },
  ],
};

/** Runs the organisation's queued invitation jobs as a worker would (optionally "later", past a retry pause). */
function runInvitationJobs(organizationId: string, options: { mailer?: Mailer; now?: Date } = {}) {
  const config = loadConfig({});
  return drainJobs({
    database: server.database,
    config,
    mailer: options.mailer ?? server.mailer,
    log: { info: () => undefined, error: () => undefined },
    handlers: [surveyInvitationEmailsHandler],
    filter: { organizationId },
    now: options.now,
  });
}

async function launchFor(cast: Cast) {
  const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
  const created = await hr.post('/api/growth/surveys', pulse);
  const launched = await hr.post(`/api/growth/surveys/${created.body.id}/rounds`);
  expect(launched.status).toBe(201);
  return launched.body.id as string;
}

const mailsTo = (addresses: Set<string>) =>
  smtp.received.filter((m) => m.to.some((to) => addresses.has(to))).flatMap((m) => m.to);

async function participantsOf(roundId: string) {
  return server.database.db
    .select()
    .from(engagementSurveyParticipants)
    .where(eq(engagementSurveyParticipants.roundId, roundId));
}

async function addressesOf(cast: Cast, roundId: string) {
  const ids = (await participantsOf(roundId)).map((p) => p.personId);
  const rows = await server.database.db
    .select({ email: people.email })
    .from(people)
    .where(and(eq(people.organizationId, cast.org.organizationId), inArray(people.id, ids)));
  return new Set(rows.map((r) => r.email));
}

const storedInvitations = (organizationId: string) =>
  server.database.db
    .select({ id: outboundEmails.id })
    .from(outboundEmails)
    .where(
      and(eq(outboundEmails.organizationId, organizationId), eq(outboundEmails.kind, 'survey.invitation')),
    );

describe('launch invitations through the job queue', () => {
  it('the launch mails nobody itself; the job mails each invitee once, in batches, and a rerun mails none twice', async () => {
    const cast = await createCast(server.database.db);
    for (let i = 0; i < 14; i++) await cast.org.addPerson({ managerId: cast.manager.id });
    const roundId = await launchFor(cast);
    const addresses = await addressesOf(cast, roundId);
    expect(addresses.size).toBe(25);

    // The request wrote the participants, the in-app invitations and one queued job: no email.
    expect(mailsTo(addresses)).toEqual([]);
    expect(await storedInvitations(cast.org.organizationId)).toEqual([]);
    const inApp = await server.database.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.organizationId, cast.org.organizationId),
          eq(notifications.kind, 'survey.invited'),
        ),
      );
    expect(inApp).toHaveLength(25);
    const queued = await server.database.db
      .select({ payload: jobQueue.payload, state: jobQueue.state })
      .from(jobQueue)
      .where(
        and(
          eq(jobQueue.organizationId, cast.org.organizationId),
          eq(jobQueue.name, surveyInvitationEmailsJobName),
        ),
      );
    expect(queued).toEqual([{ payload: { roundId }, state: 'queued' }]);

    // One batch of ten by hand: the rest wait.
    const first = await sendRoundInvitations(server.database.db, {
      organizationId: cast.org.organizationId,
      roundId,
      mailer: server.mailer,
      publicUrl: 'http://trellis.test',
      limit: 10,
    });
    expect(first).toEqual({ sent: 10, failed: 0, remaining: 15 });

    const outcomes = await runInvitationJobs(cast.org.organizationId);
    expect(outcomes.map((o) => o.status)).toEqual(['done']);
    const received = mailsTo(addresses);
    expect(received).toHaveLength(25);
    expect(new Set(received)).toEqual(addresses);
    expect(await storedInvitations(cast.org.organizationId)).toHaveLength(25);
    const rows = await participantsOf(roundId);
    expect(rows.every((p) => p.invitationMailed)).toBe(true);
    const links = await server.database.db
      .select({ participantId: engagementSurveyLinks.participantId })
      .from(engagementSurveyLinks)
      .where(
        inArray(
          engagementSurveyLinks.participantId,
          rows.map((p) => p.id),
        ),
      );
    expect(links).toHaveLength(25);

    // The job once more (a retry, a second worker): nothing is mailed twice.
    await enqueueJob(server.database.db, {
      name: surveyInvitationEmailsJobName,
      organizationId: cast.org.organizationId,
      payload: { roundId },
    });
    expect((await runInvitationJobs(cast.org.organizationId)).map((o) => o.status)).toEqual(['done']);
    expect(mailsTo(addresses)).toHaveLength(25);
    expect(await storedInvitations(cast.org.organizationId)).toHaveLength(25);
  });

  it('a send that fails leaves the invitation waiting, and the retry mails it', async () => {
    const cast = await createCast(server.database.db);
    const roundId = await launchFor(cast);
    const addresses = await addressesOf(cast, roundId);
    // A real SMTP server that has gone away: every connection is refused.
    const gone = await startSmtpSink();
    await gone.close();
    const down = createMailer(loadConfig(smtpEnv(gone.port)), { info: () => undefined });

    const [failed] = await runInvitationJobs(cast.org.organizationId, { mailer: down });
    expect(failed?.status).toBe('retrying');
    expect(mailsTo(addresses)).toEqual([]);
    expect(await storedInvitations(cast.org.organizationId)).toEqual([]);
    expect((await participantsOf(roundId)).some((p) => p.invitationMailed)).toBe(false);

    // The retry is due after its pause: run it "then" instead of waiting, with SMTP back.
    const [retried] = await runInvitationJobs(cast.org.organizationId, {
      now: new Date(Date.now() + 60 * 60_000),
    });
    expect(retried?.status).toBe('done');
    expect(retried?.attempt).toBe(2);
    expect(new Set(mailsTo(addresses))).toEqual(addresses);
    expect(mailsTo(addresses)).toHaveLength(addresses.size);
  });

  it('mails nobody who already answered in the app, and nothing once the round is closed', async () => {
    const cast = await createCast(server.database.db);
    const roundId = await launchFor(cast);
    const employee = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.employee.accountId!),
    );
    const questionnaire = await employee.get(`/api/growth/surveys/mine/${roundId}`);
    const likert = Object.fromEntries(
      (questionnaire.body.questions as { id: string; kind: string }[])
        .filter((q) => q.kind === 'likert')
        .map((q) => [q.id, 4]),
    );
    expect(
      (await employee.post(`/api/growth/surveys/mine/${roundId}/answers`, { likert, enps: 7 })).status,
    ).toBe(204);
    const addresses = await addressesOf(cast, roundId);
    await runInvitationJobs(cast.org.organizationId);
    const received = mailsTo(addresses);
    expect(received).toHaveLength(addresses.size - 1);
    const [answered] = await server.database.db
      .select({ email: people.email })
      .from(people)
      .where(eq(people.id, cast.employee.id));
    expect(received).not.toContain(answered!.email);

    const closing = await createCast(server.database.db);
    const closedRound = await launchFor(closing);
    const hr = new ApiClient(server.baseUrl).withSession(await closing.org.sessionFor(closing.hr.accountId!));
    expect((await hr.post(`/api/growth/surveys/rounds/${closedRound}/close`)).status).toBe(200);
    await runInvitationJobs(closing.org.organizationId);
    expect(mailsTo(await addressesOf(closing, closedRound))).toEqual([]);
  });
});
