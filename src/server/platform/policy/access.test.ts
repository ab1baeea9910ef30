import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { aspirationAccess, aspirationListAccess } from '../../growth/aspirations/access';
import { aspirations } from '../../growth/aspirations/tables';
import { testDatabase } from '../../testing/database';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { accessLog } from '../audit/tables';
import type { Actor } from '../auth/actor';
import { loadActor } from '../auth/sessions';
import type { Db } from '../db/client';
import { AppError } from '../errors/appError';
import { defineReach } from './access';

/**
 * The guard's order of decisions, seen through a real guard (aspirations) on the real database:
 * 404 for what the caller may not read, 403 for what they read but may not change, 409 for a stale
 * version, and an access-log line for every read or change by someone other than the owner.
 */
let db: Db;
let cast: Cast;
const actors: Record<string, Actor> = {};

async function actorOf(person: { accountId: string | null }, org = cast.org) {
  const session = await org.sessionFor(person.accountId!);
  return (await loadActor(db, session.token))!;
}

async function aspiration(shared: boolean) {
  const [row] = await db
    .insert(aspirations)
    .values({
      organizationId: cast.org.organizationId,
      ownerId: cast.employee.id,
      kind: 'skill',
      aspirationText: `Learn ${randomUUID()}`,
      sharedWithManager: shared,
      sharedAt: shared ? new Date() : null,
    })
    .returning();
  return row!;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

const logLines = async (viewer: Actor) =>
  (
    await db
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.viewerAccountId, viewer.accountId)),
      )
  ).length;

beforeAll(async () => {
  db = (await testDatabase()).db;
  cast = await createCast(db);
  for (const role of ['employee', 'manager', 'skip', 'hr', 'orgAdmin'] as const)
    actors[role] = await actorOf(cast[role]);
  const elsewhere = await createTestOrganization(db, 'Elsewhere');
  actors.stranger = await actorOf(await elsewhere.addPerson({ roles: ['hr_admin'] }), elsewhere);
});

describe('defineAccess', () => {
  it('answers 404 to whoever may not read, whatever their role, and logs nothing for them', async () => {
    const privateOne = await aspiration(false);
    for (const who of ['manager', 'skip', 'hr', 'orgAdmin', 'stranger']) {
      expect(await codeOf(aspirationAccess.readFor(db, actors[who]!, privateOne.id)), who).toBe('not_found');
      expect(await codeOf(aspirationAccess.lockFor(db, actors[who]!, privateOne.id, 'edit')), who).toBe(
        'not_found',
      );
    }
    expect(await codeOf(aspirationAccess.readFor(db, actors.employee!, randomUUID()))).toBe('not_found');
    expect(await logLines(actors.hr!)).toBe(0);
  });

  it('lets a reader read (logged for the owner) but answers 403 when they may not change it', async () => {
    const shared = await aspiration(true);
    const before = await logLines(actors.manager!);
    const read = await aspirationAccess.readFor(db, actors.manager!, shared.id);
    expect(read.relation).toBe('direct_manager');
    expect(read.policy).toMatchObject({ read: true, edit: false });
    expect(await logLines(actors.manager!)).toBe(before + 1);
    expect(await codeOf(aspirationAccess.lockFor(db, actors.manager!, shared.id, 'edit'))).toBe('forbidden');
  });

  it('checks the version after the ability, and never logs the owner', async () => {
    const own = await aspiration(false);
    expect(
      await codeOf(aspirationAccess.lockFor(db, actors.employee!, own.id, 'edit', own.version + 1)),
    ).toBe('version_conflict');
    expect(await codeOf(aspirationAccess.lockFor(db, actors.employee!, own.id, 'edit', own.version))).toBe(
      'ok',
    );
    expect(await codeOf(aspirationAccess.lockFor(db, actors.employee!, own.id, 'edit', null))).toBe('ok');
    expect(await logLines(actors.employee!)).toBe(0);
  });
});

describe('read options', () => {
  it('answers 404 to a reader without the ability a read needs, 403 to one without the action it prepares', async () => {
    const shared = await aspiration(true);
    expect(await codeOf(aspirationAccess.readFor(db, actors.manager!, shared.id, { need: 'edit' }))).toBe(
      'not_found',
    );
    expect(await codeOf(aspirationAccess.readFor(db, actors.manager!, shared.id, { action: 'edit' }))).toBe(
      'forbidden',
    );
    expect(await codeOf(aspirationAccess.readFor(db, actors.employee!, shared.id, { need: 'edit' }))).toBe(
      'ok',
    );
  });

  it('logs a read under the part it names, and not at all when it shows nothing of the record', async () => {
    const shared = await aspiration(true);
    const before = await logLines(actors.manager!);
    await aspirationAccess.readFor(db, actors.manager!, shared.id, { resource: false });
    expect(await logLines(actors.manager!)).toBe(before);
    await aspirationAccess.readFor(db, actors.manager!, shared.id, { resource: 'aspiration summary' });
    const [line] = await db
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.resource, 'aspiration summary')),
      );
    expect(line?.viewerAccountId).toBe(actors.manager!.accountId);
  });
});

describe('defineReach', () => {
  it('gives each relation its reach, 404 for none, and logs every reach but the owner’s', async () => {
    const reachOf = (who: string) =>
      aspirationListAccess.reachFor(db, actors[who]!, cast.employee.id).then(
        (result) => result.reach,
        (error: AppError) => error.code,
      );
    expect(await reachOf('employee')).toBe('all');
    expect(await reachOf('manager')).toBe('shared');
    for (const who of ['skip', 'hr', 'orgAdmin', 'stranger'])
      expect(await reachOf(who), who).toBe('not_found');
  });

  it('leaves a reach off the log when it shows only what the person shows everyone', async () => {
    const everyoneSees = defineReach({
      dataClass: 'performance',
      resource: `public ${randomUUID()}`,
      reach: (_actor, relation) => (relation === null ? 'none' : relation === 'colleague' ? 'public' : 'all'),
      logged: (reach) => reach !== 'public',
    });
    const before = await logLines(actors.hr!);
    expect((await everyoneSees.reachFor(db, actors.hr!, cast.employee.id)).reach).toBe('public');
    expect(await logLines(actors.hr!)).toBe(before);
    expect((await everyoneSees.reachFor(db, actors.manager!, cast.employee.id)).reach).toBe('all');
    expect(await codeOf(everyoneSees.reachFor(db, actors.stranger!, cast.employee.id))).toBe('not_found');
  });
});
