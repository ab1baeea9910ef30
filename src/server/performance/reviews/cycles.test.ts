import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updatePerson } from '../../org/commands/updatePerson';
import { auditEvents } from '../../platform/audit/tables';
import type { Actor } from '../../platform/auth/actor';
import { notifications } from '../../platform/notifications/tables';
import { createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { sendDueReviewReminders } from './reminders';
import { reviewForms, reviews } from './tables';
import { fillAndSubmit, launchCycleForCast, sampleCycle, sampleTemplate, selfAnswers } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('templates', () => {
  it('HR creates, edits (version-checked) and archives; the scale must have 2–10 labelled points', async () => {
    const cast = await createCast(server.database.db);
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    const tooSmall = sampleTemplate();
    tooSmall.content.ratingScale.labels = ['Only one'];
    const refused = await hr.post('/api/review-templates', tooSmall);
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields).join()).toContain('ratingScale');

    const created = await hr.post('/api/review-templates', sampleTemplate());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, scaleSize: 5, questionCount: 4 });
    const edited = await hr.put(`/api/review-templates/${created.body.id}`, {
      ...sampleTemplate('Renamed'),
      version: 1,
    });
    expect(edited.body).toMatchObject({ name: 'Renamed', version: 2 });
    const stale = await hr.put(`/api/review-templates/${created.body.id}`, {
      ...sampleTemplate('Again'),
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const archived = await hr.post(`/api/review-templates/${created.body.id}/archive`, { version: 2 });
    expect(archived.body.archived).toBe(true);
    const list = await hr.get('/api/review-templates');
    expect(list.body.items.map((t: { id: string }) => t.id)).not.toContain(created.body.id);

    const employee = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.employee.accountId!),
    );
    expect((await employee.get('/api/review-templates')).status).toBe(403);
  });
});

describe('cycles', () => {
  it('previews the participants, refuses deadlines out of phase order, launches for the eligible only', async () => {
    const cast = await createCast(server.database.db);
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    await cast.org.addPerson({ managerId: cast.manager.id, hireDate: '2026-12-01' }); // hired after the cut-off
    const template = await hr.post('/api/review-templates', sampleTemplate());
    const filter = { departmentIds: [cast.org.departmentId], hiredOnOrBefore: '2026-06-30' };
    const preview = await hr.post('/api/review-cycles/preview', { participantFilter: filter });
    expect(preview.body.count).toBe(11); // the cast, without the late hire

    const badOrder = await hr.post(
      '/api/review-cycles',
      sampleCycle(template.body.id, { managerReviewDue: '2027-01-01' }),
    );
    expect(badOrder.status).toBe(400);
    expect(badOrder.body.error.fields).toHaveProperty('managerReviewDue');

    const cycle = await hr.post(
      '/api/review-cycles',
      sampleCycle(template.body.id, { participantFilter: filter }),
    );
    expect(cycle.body).toMatchObject({ status: 'draft', abilities: { launch: true } });
    const launched = await hr.post(`/api/review-cycles/${cycle.body.id}/launch`, {
      version: cycle.body.version,
    });
    expect(launched.status).toBe(200);
    expect(launched.body.participants).toBe(11);
    expect(launched.body.cycle).toMatchObject({
      status: 'active',
      participantCount: 11,
      abilities: { launch: false },
    });

    const [employeeReview] = await server.database.db
      .select()
      .from(reviews)
      .where(and(eq(reviews.cycleId, cycle.body.id), eq(reviews.subjectId, cast.employee.id)));
    expect(employeeReview).toMatchObject({ reviewerId: cast.manager.id, state: 'self_review' });
    const forms = await server.database.db
      .select()
      .from(reviewForms)
      .where(eq(reviewForms.reviewId, employeeReview!.id));
    expect(forms.map((f) => [f.kind, f.authorId]).sort()).toEqual([
      ['manager', cast.manager.id],
      ['self', cast.employee.id],
    ]);
    const notices = await server.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.recipientId, cast.manager.id));
    expect(notices.map((n) => n.kind).sort()).toEqual([
      'review.manager_reviews_assigned',
      'review.self_review_open',
    ]);
    const events = await server.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'review_cycle.launched'), eq(auditEvents.targetId, cycle.body.id)));
    expect(events).toHaveLength(1);

    const twice = await hr.post(`/api/review-cycles/${cycle.body.id}/launch`, {
      version: launched.body.cycle.version,
    });
    expect(twice.status).toBe(409);
  });

  it('lists who takes part, searchable and paged, and leaves out the people HR excludes, at launch too', async () => {
    const cast = await createCast(server.database.db);
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    const template = await hr.post('/api/review-templates', sampleTemplate());
    const filter = { departmentIds: [cast.org.departmentId] };
    const firstPage = await hr.post('/api/review-cycles/preview', { participantFilter: filter, pageSize: 5 });
    expect(firstPage.status).toBe(200);
    expect(firstPage.body).toMatchObject({ count: 11, excludedCount: 0, people: { total: 11, pageSize: 5 } });
    expect(firstPage.body.people.items).toHaveLength(5);
    const found = await hr.post('/api/review-cycles/preview', { participantFilter: filter, search: 'ema' });
    expect(found.body.people.items.map((p: { id: string }) => p.id)).toContain(cast.employee2.id);
    expect(found.body.people.total).toBeLessThan(11);

    const excluded = { ...filter, excludedPersonIds: [cast.employee2.id] };
    const preview = await hr.post('/api/review-cycles/preview', {
      participantFilter: excluded,
      search: 'ema',
    });
    expect(preview.body).toMatchObject({ count: 10, excludedCount: 1 });
    expect(preview.body.people.items.find((p: { id: string }) => p.id === cast.employee2.id)).toMatchObject({
      excluded: true,
    });

    const cycle = await hr.post(
      '/api/review-cycles',
      sampleCycle(template.body.id, { participantFilter: excluded }),
    );
    expect(cycle.body.participantFilter.excludedPersonIds).toEqual([cast.employee2.id]);
    const launched = await hr.post(`/api/review-cycles/${cycle.body.id}/launch`, {
      version: cycle.body.version,
    });
    expect(launched.body.participants).toBe(10);
    const subjects = await server.database.db
      .select({ subjectId: reviews.subjectId })
      .from(reviews)
      .where(eq(reviews.cycleId, cycle.body.id));
    expect(subjects.map((r) => r.subjectId)).not.toContain(cast.employee2.id);
    expect(subjects.map((r) => r.subjectId)).toContain(cast.employee.id);
  });

  it('a manager change mid-cycle keeps the reviewer and tells HR; HR reassigns with a reason', async () => {
    const setup = await launchCycleForCast(server);
    const { cast } = setup;
    const hrActor: Actor = {
      accountId: cast.hr.accountId!,
      organizationId: cast.org.organizationId,
      personId: cast.hr.id,
      email: cast.hr.email,
      roles: new Set(['hr_admin']),
      locale: 'en',
      sessionId: 's',
      csrfToken: 'c',
    };
    const person = await setup.hr.get(`/api/people/${cast.employee.id}`);
    await updatePerson(server.database.db, hrActor, cast.employee.id, {
      ...person.body,
      levelId: person.body.level?.id ?? null,
      departmentId: person.body.department?.id ?? null,
      managerId: cast.peerManager.id,
      version: person.body.version,
    });
    const review = await setup.hr.get(`/api/reviews/${setup.reviewId}`);
    expect(review.body.reviewer.id).toBe(cast.manager.id);
    const told = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientId, cast.hr.id),
          eq(notifications.kind, 'review.reviewer_changed_manager'),
        ),
      );
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/performance/reviews/${setup.reviewId}`);

    const noReason = await setup.hr.post(`/api/reviews/${setup.reviewId}/reassign`, {
      reviewerId: cast.peerManager.id,
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const byManager = await (await setup.client(cast.manager)).post(
      `/api/reviews/${setup.reviewId}/reassign`,
      {
        reviewerId: cast.peerManager.id,
        reason: 'Moved teams',
      },
    );
    expect(byManager.status).toBe(403);
    const reassigned = await setup.hr.post(`/api/reviews/${setup.reviewId}/reassign`, {
      reviewerId: cast.peerManager.id,
      reason: 'Eli moved to Pat’s team in week one of the cycle.',
    });
    expect(reassigned.status).toBe(200);
    expect(reassigned.body.reviewer.id).toBe(cast.peerManager.id);
    const oldReviewer = await (await setup.client(cast.manager)).get(`/api/reviews/${setup.reviewId}`);
    expect(oldReviewer.status).toBe(404);
    const newReviewer = await (await setup.client(cast.peerManager)).get(`/api/reviews/${setup.reviewId}`);
    expect(newReviewer.body.abilities.editManager).toBe(true);
  });

  it('dashboard counts by state and department; overdue lists people past a deadline', async () => {
    const setup = await launchCycleForCast(server, {
      selfReviewDue: '2026-01-05',
      peerInputDue: null,
      managerReviewDue: '2026-01-20',
    });
    await fillAndSubmit(await setup.client(setup.cast.employee), setup.selfFormId, selfAnswers);
    const dashboard = await setup.hr.get(`/api/review-cycles/${setup.cycleId}/dashboard`);
    expect(dashboard.body).toMatchObject({ total: 11, byState: { self_review: 10, manager_review: 1 } });
    expect(dashboard.body.withoutReviewer).toBe(1); // the CEO has no manager
    expect(dashboard.body.byDepartment).toEqual([
      expect.objectContaining({ name: 'Engineering', total: 11 }),
    ]);
    const overdue = await setup.hr.get(`/api/review-cycles/${setup.cycleId}/overdue?pageSize=100`);
    // 10 self reviews and 11 − 1 (no reviewer) manager reviews are past due in 2026.
    expect(overdue.body.total).toBe(20);
    expect(
      overdue.body.items.some(
        (i: { person: { id: string }; task: string }) =>
          i.person.id === setup.cast.employee.id && i.task === 'self',
      ),
    ).toBe(false);
    const list = await setup.hr.get(`/api/review-cycles/${setup.cycleId}/reviews?state=manager_review`);
    expect(list.body.items).toEqual([expect.objectContaining({ id: setup.reviewId, selfSubmitted: true })]);
  });

  it('reminders go out once per person and phase inside the window, in-app and by email', async () => {
    const setup = await launchCycleForCast(server, { reminderDaysBefore: 3 });
    const db = server.database.db;
    const count = () =>
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(
          and(
            eq(notifications.kind, 'review.reminder'),
            eq(notifications.organizationId, setup.cast.org.organizationId),
          ),
        );
    const organizationId = setup.cast.org.organizationId;
    // The organisation has no time zone set: its days are UTC days.
    const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
    await sendDueReviewReminders({ db, organizationId, now: at('2027-01-01') }); // outside the window
    expect((await count())[0]!.n).toBe(0);
    await sendDueReviewReminders({ db, organizationId, now: at('2027-01-08') });
    const first = (await count())[0]!.n;
    expect(first).toBe(11); // every participant's self review
    await sendDueReviewReminders({ db, organizationId, now: at('2027-01-09') });
    expect((await count())[0]!.n).toBe(first);
    const [mail] = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.kind, 'review.reminder'), eq(notifications.recipientId, setup.cast.employee.id)),
      );
    expect(mail).toMatchObject({
      emailState: expect.stringMatching(/pending|sent/),
      link: `/performance/reviews/${setup.reviewId}`,
    });

    const manual = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/reminders`);
    expect(manual.status).toBe(200);
    expect(manual.body.sent).toBeGreaterThanOrEqual(11);
    const again = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/reminders`);
    expect(again.body.sent).toBe(0);
  });

  it("a reminder due today goes out on the organisation's date, across the date line", async () => {
    const db = server.database.db;
    // Self reviews are due 2027-01-10; with one day's notice the window opens on 2027-01-09.
    const launch = async (zone: string) => {
      const setup = await launchCycleForCast(server, { reminderDaysBefore: 1 });
      await db.execute(
        sql`UPDATE organizations SET settings = settings || jsonb_build_object('defaultTimezone', ${zone}::text)
             WHERE id = ${setup.cast.org.organizationId}::uuid`,
      );
      return setup.cast.org.organizationId;
    };
    const auckland = await launch('Pacific/Auckland');
    const honolulu = await launch('Pacific/Honolulu');
    const reminded = async (organizationId: string) =>
      (
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(notifications)
          .where(
            and(eq(notifications.kind, 'review.reminder'), eq(notifications.organizationId, organizationId)),
          )
      )[0]!.n;
    const run = async (now: string) => {
      await sendDueReviewReminders({ db, organizationId: auckland, now: new Date(now) });
      await sendDueReviewReminders({ db, organizationId: honolulu, now: new Date(now) });
    };

    // 2027-01-08 10:30 UTC: 23:30 on the 8th in Auckland (UTC+13), 00:30 on the 8th in Honolulu.
    await run('2027-01-08T10:30:00Z');
    expect(await reminded(auckland)).toBe(0);
    // 11:30 UTC, still the 8th in UTC: already the 9th in Auckland, so its reminders go out.
    await run('2027-01-08T11:30:00Z');
    expect(await reminded(auckland)).toBe(11);
    expect(await reminded(honolulu)).toBe(0); // not a day early
    // 2027-01-09 09:30 UTC is 23:30 on the 8th in Honolulu (UTC-10): still not its day.
    await run('2027-01-09T09:30:00Z');
    expect(await reminded(honolulu)).toBe(0);
    // Half an hour after Honolulu's midnight, on its 9th.
    await run('2027-01-09T10:30:00Z');
    expect(await reminded(honolulu)).toBe(11);
    expect(await reminded(auckland)).toBe(11);
  });
});
