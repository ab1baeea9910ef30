import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../org/seed/random';
import { inTransaction } from '../../../platform/db/tx';
import { type Cast, createCast } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { engagementSurveyComments, engagementSurveyHeldAnswers, engagementSurveyResponses } from '../tables';
import { releaseHeldAnswers, shuffled } from './releaseAnswers';
import { runPulseSchedule } from './schedule';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const pulse = {
  name: 'Held pulse',
  questions: [
    { kind: 'likert', driver: 'growth', prompt: 'I am learning' },
    { kind: 'enps', prompt: 'Would you recommend us?' },
    { kind: 'comment', prompt: 'Anything else?' },
  ],
};

/** The eleven people of a cast, all invited to an organisation-wide round. */
const everyone = (cast: Cast) => [
  cast.ceo,
  cast.skip,
  cast.manager,
  cast.employee,
  cast.employee2,
  cast.peerManager,
  cast.peer,
  cast.hr,
  cast.approver,
  cast.coach,
  cast.orgAdmin,
];

async function launchFor(cast: Cast) {
  const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
  const created = await hr.post('/api/growth/surveys', pulse);
  const q = created.body.questions as { id: string; kind: string }[];
  const launched = await hr.post(`/api/growth/surveys/${created.body.id}/rounds`);
  expect(launched.status).toBe(201);
  return {
    hr,
    roundId: launched.body.id as string,
    likertId: q.find((x) => x.kind === 'likert')!.id,
    commentId: q.find((x) => x.kind === 'comment')!.id,
  };
}

/** Person `index` of the cast answers the round signed in, with eNPS `index` (answers tell their order). */
async function answerAs(cast: Cast, index: number, round: Awaited<ReturnType<typeof launchFor>>) {
  const client = new ApiClient(server.baseUrl).withSession(
    await cast.org.sessionFor(everyone(cast)[index]!.accountId!),
  );
  const sent = await client.post(`/api/growth/surveys/mine/${round.roundId}/answers`, {
    likert: { [round.likertId]: 1 + (index % 5) },
    enps: index,
    comments: { [round.commentId]: `comment ${index}` },
  });
  expect(sent.status).toBe(204);
}

const responsesOf = (roundId: string) =>
  server.database.db
    .select({ enps: engagementSurveyResponses.enpsScore })
    .from(engagementSurveyResponses)
    .where(eq(engagementSurveyResponses.roundId, roundId))
    // The physical order, as someone reading the table's pages would see it.
    .orderBy(sql`ctid`);
const heldOf = (roundId: string) =>
  server.database.db
    .select({ id: engagementSurveyHeldAnswers.id })
    .from(engagementSurveyHeldAnswers)
    .where(eq(engagementSurveyHeldAnswers.roundId, roundId));

describe('answers are held, then released in shuffled batches', () => {
  it('an answer writes no response; the job releases once the threshold of answers waits; the close flushes the rest', async () => {
    const cast = await createCast(server.database.db);
    const round = await launchFor(cast);
    const run = () => runPulseSchedule({ db: server.database.db, organizationId: cast.org.organizationId });

    for (const index of [0, 1, 2, 3]) await answerAs(cast, index, round);
    expect(await responsesOf(round.roundId)).toEqual([]);
    expect(await heldOf(round.roundId)).toHaveLength(4);
    // Four waiting, below the survey's threshold of five: the job keeps holding them.
    expect((await run()).released).toBe(0);
    expect(await responsesOf(round.roundId)).toEqual([]);

    await answerAs(cast, 4, round);
    expect((await run()).released).toBe(5);
    expect(await heldOf(round.roundId)).toEqual([]);
    expect((await responsesOf(round.roundId)).map((r) => r.enps).sort()).toEqual([0, 1, 2, 3, 4]);
    const comments = await server.database.db
      .select({ text: engagementSurveyComments.verbatimText })
      .from(engagementSurveyComments)
      .where(eq(engagementSurveyComments.roundId, round.roundId));
    expect(comments.map((c) => c.text).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `comment ${i}`));

    // Two more wait when HR closes the round: the close releases them, and the results count all seven.
    for (const index of [5, 6]) await answerAs(cast, index, round);
    expect(await heldOf(round.roundId)).toHaveLength(2);
    expect((await round.hr.post(`/api/growth/surveys/rounds/${round.roundId}/close`)).status).toBe(200);
    expect(await heldOf(round.roundId)).toEqual([]);
    expect(await responsesOf(round.roundId)).toHaveLength(7);
    const results = await round.hr.get(`/api/growth/surveys/rounds/${round.roundId}/results`);
    expect(results.status).toBe(200);
    expect(results.body.participation).toMatchObject({ invited: 11, responded: 7 });
    expect(results.body.enps).toMatchObject({ state: 'shown', n: 7 });

    // After the close an answer is refused, so nothing is held for a closed round.
    const late = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.orgAdmin.accountId!),
    );
    const refused = await late.post(`/api/growth/surveys/mine/${round.roundId}/answers`, {
      likert: { [round.likertId]: 3 },
      enps: 3,
    });
    expect(refused.status).toBe(409);
    expect(await heldOf(round.roundId)).toEqual([]);
  });

  it('a release stores the answers in an order that is not the order they came in', async () => {
    const cast = await createCast(server.database.db);
    const round = await launchFor(cast);
    for (let index = 0; index < 11; index++) await answerAs(cast, index, round);
    const released = await inTransaction(server.database.db, (tx) => {
      const random = new SeededRandom(7);
      return releaseHeldAnswers(tx, { roundId: round.roundId, minimum: 5, random: () => random.next() });
    });
    expect(released).toBe(11);
    const order = (await responsesOf(round.roundId)).map((r) => r.enps);
    expect([...order].sort((a, b) => a! - b!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(order).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(order).not.toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it('shuffles into a permutation, the same one for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const seeded = () => {
      const random = new SeededRandom(42);
      return shuffled(items, () => random.next());
    };
    expect(seeded()).toEqual(seeded());
    expect([...seeded()].sort((a, b) => a - b)).toEqual(items);
    expect(seeded()).not.toEqual(items);
    // Without a seed: the system's CSPRNG, still a permutation.
    expect([...shuffled(items)].sort((a, b) => a - b)).toEqual(items);
  });
});
