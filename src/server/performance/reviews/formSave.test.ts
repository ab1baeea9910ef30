import type { PGlite } from '@electric-sql/pglite';
import { and, eq } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import type { Actor } from '../../platform/auth/actor';
import type { Database, Db } from '../../platform/db/client';
import * as schema from '../../platform/db/schema';
import { startTestServer, type TestServer } from '../../testing/http';
import { saveReviewAnswers } from './commands/saveReviewAnswers';
import { reviewAnswers } from './tables';
import { type LaunchedCycle, launchCycleForCast } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const formUrl = (setup: LaunchedCycle) => `/api/review-forms/${setup.selfFormId}/answers`;

/** The self form's three questions, first answers (version 0). */
const firstAnswers = [
  { questionId: 'delivery', rating: 4, version: 0 },
  { questionId: 'collab', rating: 3, text: 'Paired with the support team', version: 0 },
  { questionId: 'wins', text: 'Shipped the billing rewrite', version: 0 },
];

async function storedAnswers(formId: string) {
  const rows = await server.database.db
    .select({
      questionId: reviewAnswers.questionId,
      rating: reviewAnswers.rating,
      text: reviewAnswers.text,
      version: reviewAnswers.version,
    })
    .from(reviewAnswers)
    .where(eq(reviewAnswers.formId, formId));
  return Object.fromEntries(rows.map((row) => [row.questionId, row]));
}

/**
 * The same database through a Drizzle handle that writes down every statement it sends (BEGIN and
 * COMMIT excluded): statements of a command are counted, whichever driver runs the tests.
 */
function countingDb(database: Database) {
  const statements: string[] = [];
  const logger = {
    logQuery: (query: string) => {
      if (!/^\s*(begin|commit|rollback|savepoint|release)\b/i.test(query)) statements.push(query);
    },
  };
  const client = (database.db as unknown as { $client: unknown }).$client;
  const db =
    database.kind === 'pglite'
      ? drizzlePglite({ client: client as PGlite, schema, logger })
      : drizzlePg({ client: client as pg.Pool, schema, logger });
  return { db: db as unknown as Db, statements };
}

describe('saving a whole form in one request', () => {
  it('stores every answer at version 1 and writes one audit event without the answers’ content', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    const saved = await employee.put(formUrl(setup), { answers: firstAnswers });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.answers).toMatchObject([
      { questionId: 'delivery', rating: 4, text: null, version: 1 },
      { questionId: 'collab', rating: 3, text: 'Paired with the support team', version: 1 },
      { questionId: 'wins', rating: null, text: 'Shipped the billing rewrite', version: 1 },
    ]);
    const form = await employee.get(`/api/review-forms/${setup.selfFormId}`);
    expect(form.body.form.answers).toHaveLength(3);

    const events = await server.database.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'review_answer.saved'), eq(auditEvents.targetId, setup.selfFormId)));
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toEqual({
      answers: [
        { questionId: 'delivery', version: 1 },
        { questionId: 'collab', version: 1 },
        { questionId: 'wins', version: 1 },
      ],
    });
    expect(JSON.stringify(events[0]!.after)).not.toContain('billing');
  });

  it('stores the current answers and reports a stale one with what is stored now (409)', async () => {
    const setup = await launchCycleForCast(server);
    const tabA = await setup.client(setup.cast.employee);
    const tabB = await setup.client(setup.cast.employee);
    expect((await tabA.put(formUrl(setup), { answers: firstAnswers })).status).toBe(200);
    // Another tab rewrites one answer in the meantime.
    expect(
      (await tabB.put(formUrl(setup), { answers: [{ questionId: 'wins', text: 'From tab B', version: 1 }] }))
        .status,
    ).toBe(200);

    const second = await tabA.put(formUrl(setup), {
      answers: [
        { questionId: 'delivery', rating: 5, version: 1 },
        { questionId: 'wins', text: 'From tab A', version: 1 },
        { questionId: 'collab', rating: 2, text: 'Led the handover', version: 1 },
      ],
    });
    expect(second.status, second.text).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'version_conflict',
      currentVersion: 2,
      conflicts: [{ questionId: 'wins', currentVersion: 2 }],
    });
    // The message names the stale answer and says the others were saved.
    expect(second.body.error.message).toContain('"wins"');
    expect(second.body.error.message).toContain('The other 2 answers were saved');
    expect(second.body.saved).toMatchObject([
      { questionId: 'delivery', rating: 5, version: 2 },
      { questionId: 'collab', rating: 2, text: 'Led the handover', version: 2 },
    ]);
    expect(second.body.conflicts).toMatchObject([
      { questionId: 'wins', current: { questionId: 'wins', text: 'From tab B', version: 2 } },
    ]);

    const form = await tabA.get(`/api/review-forms/${setup.selfFormId}`);
    const answers = Object.fromEntries(
      form.body.form.answers.map((a: { questionId: string }) => [a.questionId, a]),
    );
    expect(answers).toMatchObject({
      delivery: { rating: 5, version: 2 },
      collab: { rating: 2, text: 'Led the handover', version: 2 },
      wins: { text: 'From tab B', version: 2 },
    });
  });

  it('refuses the whole save before writing anything, naming each invalid field', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    const invalid = await employee.put(formUrl(setup), {
      answers: [
        { questionId: 'delivery', rating: 6, version: 0 },
        // "feedback" is a manager question; the self form does not ask it.
        { questionId: 'feedback', text: 'x', version: 0 },
        { questionId: 'wins', rating: 3, version: 0 },
        { questionId: 'collab', rating: 2, version: 0 },
      ],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('validation_failed');
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual([
      'answers.0.rating',
      'answers.1.questionId',
      'answers.2.rating',
    ]);

    const twice = await employee.put(formUrl(setup), {
      answers: [
        { questionId: 'collab', rating: 2, version: 0 },
        { questionId: 'collab', rating: 3, version: 0 },
      ],
    });
    expect(twice.status).toBe(400);
    expect(Object.keys(twice.body.error.fields)).toEqual(['answers.1.questionId']);

    const none = await employee.put(formUrl(setup), { answers: [] });
    expect(none.status).toBe(400);
    expect(none.body.error.fields).toHaveProperty('answers');

    expect(await storedAnswers(setup.selfFormId)).toEqual({});
  });

  it('of two simultaneous saves of the same answers, exactly one wins each answer', async () => {
    const setup = await launchCycleForCast(server);
    const [tabA, tabB] = [await setup.client(setup.cast.employee), await setup.client(setup.cast.employee)];
    const [a, b] = await Promise.all([
      tabA.put(formUrl(setup), {
        answers: [
          { questionId: 'delivery', rating: 2, version: 0 },
          { questionId: 'wins', text: 'A', version: 0 },
        ],
      }),
      tabB.put(formUrl(setup), {
        answers: [
          { questionId: 'wins', text: 'B', version: 0 },
          { questionId: 'delivery', rating: 5, version: 0 },
          { questionId: 'collab', rating: 3, version: 0 },
        ],
      }),
    ]);
    const savedBy = (response: typeof a) =>
      (response.status === 200 ? response.body.answers : response.body.saved) as {
        questionId: string;
        rating: number | null;
        text: string | null;
      }[];
    const stored = await storedAnswers(setup.selfFormId);
    for (const questionId of ['delivery', 'wins']) {
      const winners = [a, b].filter((r) => savedBy(r).some((s) => s.questionId === questionId));
      expect(winners, questionId).toHaveLength(1);
      const winner = savedBy(winners[0]!).find((s) => s.questionId === questionId)!;
      expect(stored[questionId]).toMatchObject({ rating: winner.rating, text: winner.text, version: 1 });
      const loser = winners[0] === a ? b : a;
      expect(loser.status).toBe(409);
      expect(
        loser.body.conflicts.find((c: { questionId: string }) => c.questionId === questionId).current,
      ).toMatchObject({ rating: winner.rating, text: winner.text, version: 1 });
    }
    // Only B asked about collaboration: stored whatever happened to the others.
    expect(savedBy(b).map((s) => s.questionId)).toContain('collab');
    expect(stored.collab).toMatchObject({ rating: 3, version: 1 });
  });

  it('is refused to anyone but the author, and once the form is submitted', async () => {
    const setup = await launchCycleForCast(server);
    const body = { answers: [{ questionId: 'wins', text: 'x', version: 0 }] };
    expect((await (await setup.client(setup.cast.manager)).put(formUrl(setup), body)).status).toBe(404);
    expect((await setup.hr.put(formUrl(setup), body)).status).toBe(404);

    const employee = await setup.client(setup.cast.employee);
    expect((await employee.put(formUrl(setup), { answers: firstAnswers })).status).toBe(200);
    expect((await employee.post(`/api/review-forms/${setup.selfFormId}/submit`)).status).toBe(200);
    const locked = await employee.put(formUrl(setup), {
      answers: [{ questionId: 'wins', text: 'late', version: 1 }],
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('review_locked');
    expect(locked.body.saved).toBeUndefined();
  });

  it('the one-answer route keeps its shape and writes the same audit event', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    const url = `/api/review-forms/${setup.selfFormId}/answers/wins`;
    const first = await employee.put(url, { text: 'first', version: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ questionId: 'wins', text: 'first', version: 1 });
    const stale = await employee.put(url, { text: 'stale', version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: 'version_conflict', currentVersion: 1 },
      current: { questionId: 'wins', text: 'first', version: 1 },
    });
    const [event] = await server.database.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'review_answer.saved'), eq(auditEvents.targetId, setup.selfFormId)));
    expect(event?.after).toEqual({ answers: [{ questionId: 'wins', version: 1 }] });
  });
});

describe('statements of a whole-form save', () => {
  it('loads and locks in one statement, writes every answer in one, reads stale ones only when there are any, audits in one', async () => {
    const setup = await launchCycleForCast(server);
    const actor: Actor = {
      accountId: setup.cast.employee.accountId!,
      organizationId: setup.cast.org.organizationId,
      personId: setup.cast.employee.id,
      email: setup.cast.employee.email,
      roles: new Set(),
      locale: 'en',
      sessionId: 'statement-count',
      csrfToken: 'statement-count',
    };
    const counted = countingDb(server.database);
    const save = (answers: typeof firstAnswers) =>
      saveReviewAnswers({ db: counted.db, actor, formId: setup.selfFormId, answers });

    const first = await save(firstAnswers);
    expect(first.saved).toHaveLength(3);
    // A cold cache reads the cycle's questions once more; after that they come from the cache.
    expect(counted.statements.length).toBeLessThanOrEqual(4);

    counted.statements.length = 0;
    const all = await save(firstAnswers.map((a) => ({ ...a, version: 1 })));
    expect(all.saved.map((a) => a.version)).toEqual([2, 2, 2]);
    expect(counted.statements, counted.statements.join('\n---\n')).toHaveLength(3);

    counted.statements.length = 0;
    const mixed = await save(firstAnswers.map((a) => ({ ...a, version: a.questionId === 'wins' ? 1 : 2 })));
    expect(mixed.saved.map((a) => a.questionId)).toEqual(['delivery', 'collab']);
    expect(mixed.conflicts).toMatchObject([{ questionId: 'wins', current: { version: 2 } }]);
    expect(counted.statements, counted.statements.join('\n---\n')).toHaveLength(4);
    // The load names its columns: no whole rows, no template JSON.
    expect(counted.statements[0]).not.toMatch(/"content"|select \*/i);
  });
});
