import { and, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { plantCanary, scanForDataClass, textCarriesDataClass } from '../../platform/dataClasses/scanner';
import { queryRows } from '../../platform/db/client';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const daysFromNow = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};
const dayOnly = (iso: string) => iso.slice(0, 10);
const yesterday = dayOnly(new Date(Date.now() - 86_400_000).toISOString());

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

/** A review cycle for `subjectId`, active with a release deadline, or released on `releasedAt`. */
async function reviewFor(subjectId: string, options: { releaseDue: string; releasedAt?: string }) {
  const [cycle] = await queryRows<{ id: string }>(
    server.database.db,
    sql`INSERT INTO review_cycles (organization_id, name, period_start, period_end, content, status,
          self_review_due, manager_review_due, calibration_due, release_due, acknowledge_due)
        VALUES (${cast.org.organizationId}, 'Growth test cycle', '2026-01-01', '2026-06-30', '{}'::jsonb, 'active',
          ${options.releaseDue}, ${options.releaseDue}, ${options.releaseDue}, ${options.releaseDue}, ${options.releaseDue})
        RETURNING id`,
  );
  await server.database.db.execute(
    sql`INSERT INTO reviews (organization_id, cycle_id, subject_id, state, released_at)
        VALUES (${cast.org.organizationId}, ${cycle!.id}, ${subjectId}, ${options.releasedAt ? 'released' : 'self_review'},
                ${options.releasedAt ?? null})`,
  );
}

describe('scheduling', () => {
  it('either side schedules with the other; the other is notified of the task only; anyone else names the field', async () => {
    const employee = await as(cast.employee);
    const created = await employee.post('/api/growth/conversations', {
      personId: cast.manager.id,
      scheduledAt: daysFromNow(40),
      durationMinutes: 60,
      location: 'Garden room',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      employee: { id: cast.employee.id },
      manager: { id: cast.manager.id },
      viewerRole: 'employee',
      status: 'scheduled',
      durationMinutes: 60,
      releaseWarning: null,
      abilities: { reschedule: true, cancel: true, complete: true, recordOutcome: true },
    });
    // The organisation's default question bank is there on first use.
    expect(created.body.questions.length).toBe(10);
    expect(created.body.questions.map((q: { theme: string }) => q.theme)).toContain('best_work');

    const inbox = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientId, cast.manager.id),
          eq(notifications.kind, 'career_conversation.scheduled'),
        ),
      );
    expect(inbox.map((n) => n.title)).toContain('Eli Employee scheduled a career conversation with you');
    expect(inbox.every((n) => n.emailState === 'pending')).toBe(true);

    const byManager = await (await as(cast.manager)).post('/api/growth/conversations', {
      personId: cast.employee2.id,
      scheduledAt: daysFromNow(41),
    });
    expect(byManager.status).toBe(201);
    expect(byManager.body).toMatchObject({ viewerRole: 'manager', employee: { id: cast.employee2.id } });

    for (const [who, other] of [
      [cast.employee, cast.peer],
      [cast.skip, cast.employee],
      [cast.hr, cast.employee],
      [cast.employee, cast.employee],
    ] as const) {
      const refused = await (await as(who)).post('/api/growth/conversations', {
        personId: other.id,
        scheduledAt: daysFromNow(40),
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields).toHaveProperty('personId');
    }
    const badTime = await employee.post('/api/growth/conversations', {
      personId: cast.manager.id,
      scheduledAt: 'soon',
    });
    expect(badTime.body.error.fields).toHaveProperty('scheduledAt');
  });

  it('warns, without refusing, when scheduled within the window of a review release', async () => {
    const releaseDue = dayOnly(daysFromNow(20));
    await reviewFor(cast.peer.id, { releaseDue });
    const peer = await as(cast.peer);
    const near = await peer.post('/api/growth/conversations', {
      personId: cast.peerManager.id,
      scheduledAt: daysFromNow(12),
    });
    expect(near.status).toBe(201);
    expect(near.body.releaseWarning).toEqual({ releaseDate: releaseDue, windowDays: 14 });
    // Moving it well away clears the warning.
    const moved = await peer.patch(`/api/growth/conversations/${near.body.id}`, {
      version: 1,
      scheduledAt: daysFromNow(60),
      durationMinutes: 45,
    });
    expect(moved.body).toMatchObject({ releaseWarning: null, version: 2 });
    // A released review counts by its release date.
    const releasedOn = daysFromNow(-80);
    await reviewFor(cast.peer.id, { releaseDue: dayOnly(daysFromNow(-90)), releasedAt: releasedOn });
    const afterRelease = await peer.patch(`/api/growth/conversations/${near.body.id}`, {
      version: 2,
      scheduledAt: daysFromNow(-75),
      durationMinutes: 45,
    });
    expect(afterRelease.body.releaseWarning).toEqual({ releaseDate: dayOnly(releasedOn), windowDays: 14 });
    // Nothing of the review travels with the warning.
    expect(scanForDataClass(afterRelease.body, 'performance')).toEqual([]);
    expect(afterRelease.text).not.toMatch(/rating|self_review|Growth test cycle/);
  });
});

describe('a conversation', () => {
  it('offers an iCalendar invite with time, place and link, and none of the notes', async () => {
    const employee = await as(cast.employee2);
    const scheduledAt = daysFromNow(30, 14);
    const created = await employee.post('/api/growth/conversations', {
      personId: cast.manager.id,
      scheduledAt,
      durationMinutes: 50,
      location: 'Room Kestrel',
    });
    const secret = plantCanary('development', 'note');
    await employee.post(`/api/growth/conversations/${created.body.id}/notes`, {
      conversationNote: secret,
      sharedWithManager: true,
    });
    for (const who of [cast.employee2, cast.manager]) {
      const response = await (await as(who)).get(`/api/growth/conversations/${created.body.id}/invite.ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/calendar');
      expect(response.headers.get('content-disposition')).toContain('.ics');
      expect(textCarriesDataClass(response.text, 'development')).toBe(false);
      const calendar = new ICAL.Component(ICAL.parse(response.text));
      const vevent = calendar.getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      expect(event.summary).toBe('Career conversation: Ema Employee and Mia Manager');
      expect(event.startDate.toJSDate().toISOString()).toBe(scheduledAt);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(50 * 60_000);
      expect(event.location).toBe('Room Kestrel');
      expect(event.uid).toBe(`career-conversation-${created.body.id}@trellis`);
      expect(event.description).toContain(`/growth/conversations/${created.body.id}`);
      const attendees = vevent
        .getAllProperties('attendee')
        .map((p) => String(p.getFirstValue()).toLowerCase());
      expect(attendees).toEqual([`mailto:${cast.employee2.email}`, `mailto:${cast.manager.email}`]);
    }
    expect(
      (await (await as(cast.skip)).get(`/api/growth/conversations/${created.body.id}/invite.ics`)).status,
    ).toBe(404);
  });

  it('notes are the employee’s: private until shared, revocable; a manager’s note is read by both; reads are logged', async () => {
    const employee = await as(cast.employee);
    const manager = await as(cast.manager);
    const created = await employee.post('/api/growth/conversations', {
      personId: cast.manager.id,
      scheduledAt: daysFromNow(50),
    });
    const id = created.body.id;
    const question = created.body.questions[0];
    const privateText = plantCanary('development', 'private');
    let detail = await employee.post(`/api/growth/conversations/${id}/notes`, {
      questionId: question.id,
      conversationNote: privateText,
    });
    expect(detail.status).toBe(201);
    detail = await employee.post(`/api/growth/conversations/${id}/notes`, {
      conversationNote: 'I would like to mentor new joiners',
      sharedWithManager: true,
    });
    const [privateNote, sharedNote] = detail.body.notes;
    expect(privateNote).toMatchObject({
      questionId: question.id,
      questionPrompt: question.prompt,
      sharedWithManager: false,
    });

    let seen = await manager.get(`/api/growth/conversations/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.notes.map((n: { id: string }) => n.id)).toEqual([sharedNote.id]);
    expect(textCarriesDataClass(seen.text, 'development')).toBe(false);
    expect(seen.body.abilities.recordOutcome).toBe(false);

    // The manager may not share, reword or remove the employee's notes.
    expect(
      (
        await manager.patch(`/api/growth/conversations/${id}/notes/${sharedNote.id}`, {
          version: 1,
          conversationNote: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (await manager.request('DELETE', `/api/growth/conversations/${id}/notes/${sharedNote.id}`)).status,
    ).toBe(403);
    expect(
      (
        await manager.patch(`/api/growth/conversations/${id}/notes/${privateNote.id}`, {
          version: 1,
          sharedWithManager: true,
        })
      ).status,
    ).toBe(404);

    const revoked = await employee.patch(`/api/growth/conversations/${id}/notes/${sharedNote.id}`, {
      version: 1,
      sharedWithManager: false,
    });
    expect(revoked.status).toBe(200);
    const stale = await employee.patch(`/api/growth/conversations/${id}/notes/${sharedNote.id}`, {
      version: 1,
      sharedWithManager: true,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.currentVersion).toBe(2);
    seen = await manager.get(`/api/growth/conversations/${id}`);
    expect(seen.body.notes).toEqual([]);

    const managerNote = await manager.post(`/api/growth/conversations/${id}/notes`, {
      conversationNote: 'Pair with Pia on the next launch',
      sharedWithManager: false,
    });
    expect(managerNote.body.notes).toMatchObject([
      { authorRole: 'manager', abilities: { edit: true, share: false } },
    ]);
    const ownView = await employee.get(`/api/growth/conversations/${id}`);
    const fromManager = ownView.body.notes.find((n: { authorRole: string }) => n.authorRole === 'manager');
    expect(fromManager).toMatchObject({ abilities: { edit: false, remove: true } });
    expect(ownView.body.notes.length).toBe(3);

    for (const outsider of [cast.skip, cast.hr, cast.orgAdmin, cast.coach, cast.approver, cast.employee2])
      expect((await (await as(outsider)).get(`/api/growth/conversations/${id}`)).status).toBe(404);

    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.viewerPersonId, cast.manager.id)),
      );
    expect(
      logged.some((row) => row.dataClass === 'development' && row.resource === 'career conversation'),
    ).toBe(true);
  });

  it('what was shared with the manager stays with the current direct manager, not one the employee left', async () => {
    // An organisation of its own: moving people must not change the other tests' teams and counts.
    const own = await createCast(server.database.db);
    const asOwn = async (who: { accountId: string | null }) =>
      new ApiClient(server.baseUrl).withSession(await own.org.sessionFor(who.accountId!));
    const [person, formerManager, nextManager] = [own.employee, own.manager, own.peerManager];
    const employee = await asOwn(person);
    const manager = await asOwn(formerManager);
    const created = await employee.post('/api/growth/conversations', {
      personId: formerManager.id,
      scheduledAt: daysFromNow(45),
    });
    const id = created.body.id;
    await employee.post(`/api/growth/conversations/${id}/notes`, {
      conversationNote: 'I would like to lead the next migration',
      sharedWithManager: true,
    });
    expect((await manager.get(`/api/growth/conversations/${id}`)).body.notes).toHaveLength(1);

    const moved = await (await asOwn(own.hr)).patch(`/api/people/${person.id}`, {
      version: 1,
      managerId: nextManager.id,
      managerChangeEffective: new Date().toISOString().slice(0, 10),
    });
    expect(moved.status).toBe(200);
    // The former manager keeps the date they were part of, but no longer reads what was shared.
    const after = await manager.get(`/api/growth/conversations/${id}`);
    expect(after.status).toBe(200);
    expect(after.body.notes).toEqual([]);
    expect(after.text).not.toContain('lead the next migration');
    expect((await employee.get(`/api/growth/conversations/${id}`)).body.notes).toHaveLength(1);
  });

  it('the outcome updates aspirations and drafts a plan; only the employee records it', async () => {
    const employee = await as(cast.employee);
    const manager = await as(cast.manager);
    const existing = await employee.post('/api/growth/aspirations', {
      kind: 'skill',
      horizon: 'one_year',
      aspirationText: 'Public speaking',
    });
    const created = await employee.post('/api/growth/conversations', {
      personId: cast.manager.id,
      scheduledAt: daysFromNow(-1),
    });
    const id = created.body.id;
    const byManager = await manager.post(`/api/growth/conversations/${id}/complete`, {
      version: 1,
      heldOn: yesterday,
      aspirations: [{ kind: 'value', aspirationText: 'Autonomy' }],
    });
    expect(byManager.status).toBe(400);
    expect(byManager.body.error.fields).toHaveProperty('aspirations');
    const notMine = await employee.post(`/api/growth/conversations/${id}/complete`, {
      version: 1,
      heldOn: yesterday,
      aspirations: [{ id: created.body.id, kind: 'value', aspirationText: 'x' }],
    });
    expect(notMine.body.error.fields).toHaveProperty(['aspirations.0.id']);

    const tomorrow = dayOnly(new Date(Date.now() + 86_400_000).toISOString());
    const future = await employee.post(`/api/growth/conversations/${id}/complete`, {
      version: 1,
      heldOn: tomorrow,
    });
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toHaveProperty('heldOn');
    const missing = await employee.post(`/api/growth/conversations/${id}/complete`, { version: 1 });
    expect(missing.body.error.fields).toHaveProperty('heldOn');

    const done = await employee.post(`/api/growth/conversations/${id}/complete`, {
      version: 1,
      heldOn: yesterday,
      outcomeSummary: 'Aim for tech lead within two years; speak at one meetup.',
      outcomeShared: true,
      aspirations: [
        {
          id: existing.body.id,
          kind: 'skill',
          horizon: 'one_year',
          aspirationText: 'Speak at a meetup',
          sharedWithManager: true,
        },
        {
          kind: 'target_role',
          horizon: 'two_three_years',
          aspirationText: 'Tech lead',
          sharedWithManager: true,
        },
      ],
      planDraft: { title: 'Towards tech lead', goals: [{ title: 'Run the design review for one project' }] },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      planDrafted: true,
      abilities: { complete: false },
    });
    // Recorded on the day it was held, not the day it was marked.
    expect(dayOnly(done.body.completedAt)).toBe(yesterday);

    const mine = await employee.get('/api/growth/aspirations?pageSize=100');
    const texts = mine.body.items.map((a: { aspirationText: string }) => a.aspirationText);
    expect(texts).toEqual(expect.arrayContaining(['Speak at a meetup', 'Tech lead']));
    expect(texts).not.toContain('Public speaking');
    expect(mine.body.items.find((a: { id: string }) => a.id === existing.body.id)).toMatchObject({
      fromConversation: true,
      version: 2,
    });
    const plans = await queryRows<{ status: string; origin: string; origin_ref: string }>(
      server.database.db,
      sql`SELECT status, origin, origin_ref FROM development_plans WHERE origin_ref = ${id}`,
    );
    expect(plans).toEqual([{ status: 'draft', origin: 'career_conversation', origin_ref: id }]);

    const managerView = await manager.get(`/api/growth/conversations/${id}`);
    expect(managerView.body.outcomeSummary).toBe('Aim for tech lead within two years; speak at one meetup.');
    expect((await manager.post(`/api/growth/conversations/${id}/cancel`, { version: 2 })).status).toBe(409);
  });
});

describe('agreed actions and a plan from the conversation', () => {
  it('either side writes down agreed actions; the employee makes a draft plan from them once it was held', async () => {
    const employee = await as(cast.employee);
    const manager = await as(cast.manager);
    const created = await manager.post('/api/growth/conversations', {
      personId: cast.employee.id,
      scheduledAt: daysFromNow(-2),
    });
    const id = created.body.id;
    expect(created.body.abilities).toMatchObject({ addAction: true, makePlan: false });
    const byManager = await manager.post(`/api/growth/conversations/${id}/actions`, {
      actionText: 'Shadow the next architecture review',
    });
    expect(byManager.status).toBe(201);
    const byEmployee = await employee.post(`/api/growth/conversations/${id}/actions`, {
      actionText: 'Write one design document this quarter',
    });
    expect(byEmployee.body.agreedActions.map((a: { actionText: string }) => a.actionText)).toEqual([
      'Shadow the next architecture review',
      'Write one design document this quarter',
    ]);
    expect((await employee.post(`/api/growth/conversations/${id}/actions`, { actionText: ' ' })).status).toBe(
      400,
    );
    // Only the employee makes the plan, and only once it was held.
    const early = await employee.post(`/api/growth/conversations/${id}/plan`, { title: 'Next steps' });
    expect(early.status).toBe(409);
    await employee.post(`/api/growth/conversations/${id}/complete`, { version: 1, heldOn: yesterday });
    expect((await manager.post(`/api/growth/conversations/${id}/plan`, { title: 'Next steps' })).status).toBe(
      403,
    );
    const planned = await employee.post(`/api/growth/conversations/${id}/plan`, { title: 'Next steps' });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({ planDrafted: true, abilities: { makePlan: false } });
    const plans = await queryRows<{ id: string; status: string; shared_with_id: string | null }>(
      server.database.db,
      sql`SELECT id, status, shared_with_id FROM development_plans WHERE origin_ref = ${id}`,
    );
    expect(plans).toEqual([{ id: expect.any(String), status: 'draft', shared_with_id: null }]);
    const goals = await queryRows<{ title: string }>(
      server.database.db,
      sql`SELECT title FROM development_goals WHERE plan_id = ${plans[0]!.id} ORDER BY position, title`,
    );
    expect(goals.map((g) => g.title).sort()).toEqual([
      'Shadow the next architecture review',
      'Write one design document this quarter',
    ]);
    // The plan is private to the employee until they share it: the manager does not read it.
    expect((await manager.get(`/api/growth/plans/${plans[0]!.id}`)).status).toBe(404);
    expect((await employee.post(`/api/growth/conversations/${id}/plan`, { title: 'Again' })).status).toBe(
      409,
    );

    // The manager removes only their own action; the employee may remove any.
    const managerView = await manager.get(`/api/growth/conversations/${id}`);
    const [mine, theirs] = managerView.body.agreedActions;
    expect(mine.abilities.remove).toBe(true);
    expect(theirs.abilities.remove).toBe(false);
    const refused = await manager.request('DELETE', `/api/growth/conversations/${id}/actions/${theirs.id}`);
    expect(refused.status).toBe(403);
    const removed = await employee.request('DELETE', `/api/growth/conversations/${id}/actions/${mine.id}`);
    expect(removed.body.agreedActions).toHaveLength(1);
    expect((await (await as(cast.peer)).get(`/api/growth/conversations/${id}`)).status).toBe(404);
  });
});

describe('cadence, coverage and the question bank', () => {
  it('managers see who is overdue; HR sees counts per department and nothing else', async () => {
    const manager = await as(cast.manager);
    // The rule is counted from when it began (its first use, today here): move that back to 2023.
    await server.database.db.execute(
      sql`UPDATE career_conversation_settings SET policy_started_on = '2023-01-01'
           WHERE organization_id = ${cast.org.organizationId}`,
    );
    const reports = await manager.get('/api/growth/conversations/reports');
    expect(reports.status).toBe(200);
    const byId = new Map(reports.body.items.map((r: { person: { id: string } }) => [r.person.id, r]));
    // Eli held one yesterday (previous test); Ema never did and joined in 2022.
    expect(byId.get(cast.employee.id)).toMatchObject({ overdue: false });
    expect(byId.get(cast.employee2.id)).toMatchObject({ overdue: true, lastHeldAt: null });
    expect(reports.body.overdueCount).toBeGreaterThanOrEqual(1);
    expect((await (await as(cast.employee)).get('/api/growth/conversations/reports')).body.items).toEqual([]);
    const partners = await manager.get('/api/growth/conversations/partners');
    expect(
      partners.body.items.map((p: { person: { id: string }; relation: string }) => [p.person.id, p.relation]),
    ).toEqual([
      [cast.skip.id, 'manager'],
      [cast.employee.id, 'report'],
      [cast.employee2.id, 'report'],
    ]);

    const summary = await manager.get(`/api/growth/conversations/people/${cast.employee.id}`);
    expect(summary.body).toMatchObject({ personId: cast.employee.id, overdue: false });
    expect(
      (await (await as(cast.skip)).get(`/api/growth/conversations/people/${cast.employee.id}`)).status,
    ).toBe(404);

    const coverage = await (await as(cast.hr)).get('/api/growth/conversations/coverage');
    expect(coverage.status).toBe(200);
    expect(coverage.body.items).toEqual([
      expect.objectContaining({ departmentName: 'Engineering', people: 11, withConversation: 1 }),
    ]);
    expect(textCarriesDataClass(coverage.text, 'development')).toBe(false);
    expect(coverage.text).not.toMatch(/meetup|tech lead/i);
    expect((await manager.get('/api/growth/conversations/coverage')).status).toBe(403);
    expect((await (await as(cast.orgAdmin)).get('/api/growth/conversations/coverage')).status).toBe(403);
  });

  it('HR adds, rewords, reorders and retires questions and sets the cadence; others may only read', async () => {
    const hr = await as(cast.hr);
    const added = await hr.post('/api/growth/conversations/questions', {
      theme: 'future',
      prompt: 'What would you like to learn next year?',
    });
    expect(added.status).toBe(201);
    const reworded = await hr.patch(`/api/growth/conversations/questions/${added.body.id}`, {
      version: 1,
      prompt: 'What would you most like to learn next year?',
    });
    expect(reworded.body).toMatchObject({
      prompt: 'What would you most like to learn next year?',
      version: 2,
    });
    const list = await hr.get('/api/growth/conversations/questions?pageSize=100');
    const reversed = list.body.items.map((q: { id: string }) => q.id).reverse();
    const reordered = await hr.post('/api/growth/conversations/questions/order', { questionIds: reversed });
    expect(reordered.body.items.map((q: { id: string }) => q.id)).toEqual(reversed);
    const partial = await hr.post('/api/growth/conversations/questions/order', {
      questionIds: reversed.slice(1),
    });
    expect(partial.body.error.fields).toHaveProperty('questionIds');

    const retired = await hr.patch(`/api/growth/conversations/questions/${added.body.id}`, {
      version: 3,
      retired: true,
    });
    expect(retired.body.retired).toBe(true);
    const employee = await as(cast.employee);
    const active = await employee.get('/api/growth/conversations/questions?pageSize=100&includeRetired=true');
    expect(active.body.items.map((q: { id: string }) => q.id)).not.toContain(added.body.id);
    const all = await hr.get('/api/growth/conversations/questions?pageSize=100&includeRetired=true');
    expect(all.body.items.at(-1)).toMatchObject({ id: added.body.id, retired: true });
    expect(
      (
        await employee.patch(`/api/growth/conversations/questions/${added.body.id}`, {
          version: 4,
          retired: false,
        })
      ).status,
    ).toBe(403);

    const settings = await hr.get('/api/growth/conversations/settings');
    expect(settings.body).toMatchObject({
      cadenceMonths: 6,
      releaseWindowDays: 14,
      abilities: { edit: true },
    });
    const changed = await hr.put('/api/growth/conversations/settings', {
      version: settings.body.version,
      cadenceMonths: 3,
      releaseWindowDays: 21,
    });
    expect(changed.body).toMatchObject({ cadenceMonths: 3, releaseWindowDays: 21 });
    const stale = await hr.put('/api/growth/conversations/settings', {
      version: settings.body.version,
      cadenceMonths: 4,
      releaseWindowDays: 7,
    });
    expect(stale.body.error).toMatchObject({
      code: 'version_conflict',
      currentVersion: settings.body.version + 1,
    });
    const tooLong = await hr.put('/api/growth/conversations/settings', {
      version: changed.body.version,
      cadenceMonths: 40,
      releaseWindowDays: 7,
    });
    expect(tooLong.body.error.fields).toHaveProperty('cadenceMonths');
    expect((await employee.get('/api/growth/conversations/settings')).body.abilities.edit).toBe(false);
    expect(
      (
        await employee.put('/api/growth/conversations/settings', {
          version: changed.body.version,
          cadenceMonths: 12,
          releaseWindowDays: 0,
        })
      ).status,
    ).toBe(403);
  });

  it('counts overdue from the latest of: the rule began, the hire, the start with the current manager', async () => {
    const own = await createCast(server.database.db);
    const asOwn = async (who: { accountId: string | null }) =>
      new ApiClient(server.baseUrl).withSession(await own.org.sessionFor(who.accountId!));
    const manager = await asOwn(own.manager);
    const today = dayOnly(new Date().toISOString());
    const dueOf = async () => {
      const reports = await manager.get('/api/growth/conversations/reports');
      return new Map(
        reports.body.items.map((r: { person: { id: string }; dueBy: string; overdue: boolean }) => [
          r.person.id,
          { dueBy: r.dueBy, overdue: r.overdue },
        ]),
      );
    };
    // Both joined in 2022 and never had one, but the rule began today: nobody is overdue yet.
    const fresh = await dueOf();
    expect(fresh.get(own.employee2.id)).toEqual({ dueBy: expect.any(String), overdue: false });
    expect((fresh.get(own.employee2.id) as { dueBy: string }).dueBy > today).toBe(true);

    const hr = await asOwn(own.hr);
    const settings = await hr.get('/api/growth/conversations/settings');
    expect(settings.body.policyStartedOn).toBe(today);
    const moved = await hr.put('/api/growth/conversations/settings', {
      version: settings.body.version,
      cadenceMonths: 6,
      releaseWindowDays: 14,
      policyStartedOn: '2023-01-01',
    });
    expect(moved.body.policyStartedOn).toBe('2023-01-01');
    // Eli has reported to this manager only for 30 days; Ema since she joined in 2022.
    const since = dayOnly(new Date(Date.now() - 30 * 86_400_000).toISOString());
    await server.database.db.execute(
      sql`UPDATE reporting_lines SET valid_from = ${since} WHERE person_id = ${own.employee.id}`,
    );
    const later = await dueOf();
    expect(later.get(own.employee2.id)).toEqual({ dueBy: '2023-07-01', overdue: true });
    expect((later.get(own.employee.id) as { overdue: boolean }).overdue).toBe(false);
    expect((later.get(own.employee.id) as { dueBy: string }).dueBy > today).toBe(true);
  });

  it('no response of this part carries review or rating fields', async () => {
    const employee = await as(cast.employee);
    const manager = await as(cast.manager);
    const list = await employee.get('/api/growth/conversations?pageSize=100');
    const bodies = [list.body, (await manager.get('/api/growth/conversations')).body];
    for (const item of list.body.items)
      bodies.push((await employee.get(`/api/growth/conversations/${item.id}`)).body);
    bodies.push((await manager.get('/api/growth/conversations/reports')).body);
    bodies.push((await employee.get(`/api/growth/conversations/people/${cast.employee.id}`)).body);
    bodies.push((await (await as(cast.hr)).get('/api/growth/conversations/coverage')).body);
    for (const body of bodies) expect(scanForDataClass(body, 'performance')).toEqual([]);
  });
});
