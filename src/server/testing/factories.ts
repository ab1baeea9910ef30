import { randomUUID } from 'node:crypto';
import { departments, levels, organizations, people, reportingLines } from '../org/tables';
import { hashPassword } from '../platform/auth/passwords';
import { createSession } from '../platform/auth/sessions';
import { accounts, type RoleName } from '../platform/auth/tables';
import type { Db } from '../platform/db/client';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export interface PersonInput {
  givenName?: string;
  familyName?: string;
  managerId?: string | null;
  roles?: RoleName[];
  jobTitle?: string;
  hireDate?: string;
  withAccount?: boolean;
  /** false: an account that was never activated (invited people). */
  withPassword?: boolean;
}

/** An organisation of its own for one test, so tests never see each other's data. */
export async function createTestOrganization(db: Db, name = 'Test Org') {
  const slug = `test-${randomUUID().slice(0, 8)}`;
  const [org] = await db.insert(organizations).values({ slug, name }).returning();
  const [department] = await db
    .insert(departments)
    .values({ organizationId: org!.id, name: 'Engineering' })
    .returning();
  const [level] = await db
    .insert(levels)
    .values({ organizationId: org!.id, code: 'IC2', name: 'Engineer', rank: 2 })
    .returning();
  const organizationId = org!.id;

  async function addPerson(input: PersonInput = {}) {
    const id = randomUUID();
    const email = `${id.slice(0, 8)}@${slug}.test`;
    const hireDate = input.hireDate ?? '2022-01-10';
    await db.insert(people).values({
      id,
      organizationId,
      email,
      givenName: input.givenName ?? 'Test',
      familyName: input.familyName ?? `Person ${id.slice(0, 4)}`,
      jobTitle: input.jobTitle ?? 'Engineer',
      departmentId: department!.id,
      levelId: level!.id,
      hireDate,
      managerId: input.managerId ?? null,
    });
    await db
      .insert(reportingLines)
      .values({ organizationId, personId: id, managerId: input.managerId ?? null, validFrom: hireDate });
    let accountId: string | null = null;
    if (input.withAccount !== false) {
      const [account] = await db
        .insert(accounts)
        .values({
          organizationId,
          personId: id,
          email,
          passwordHash: input.withPassword === false ? null : await testPasswordHash(),
          roles: input.roles ?? [],
        })
        .returning({ id: accounts.id });
      accountId = account!.id;
    }
    return { id, email, accountId, organizationId };
  }

  async function sessionFor(accountId: string) {
    return createSession(db, { id: accountId, organizationId }, 'vitest');
  }

  return { organizationId, slug, departmentId: department!.id, levelId: level!.id, addPerson, sessionFor };
}

export type TestOrganization = Awaited<ReturnType<typeof createTestOrganization>>;

/**
 * The cast every authorization test uses:
 *   ceo ─ skip ─ manager ─ employee
 *                        └ employee2
 *       └ peerManager ─ peer
 * plus hr, approver, coach and orgAdmin who report to the ceo.
 */
export async function createCast(db: Db) {
  const org = await createTestOrganization(db);
  const ceo = await org.addPerson({ givenName: 'Cleo', familyName: 'Chief', jobTitle: 'CEO' });
  const skip = await org.addPerson({
    givenName: 'Sam',
    familyName: 'Skip',
    managerId: ceo.id,
    jobTitle: 'Director',
  });
  const manager = await org.addPerson({
    givenName: 'Mia',
    familyName: 'Manager',
    managerId: skip.id,
    jobTitle: 'Engineering Manager',
  });
  const employee = await org.addPerson({ givenName: 'Eli', familyName: 'Employee', managerId: manager.id });
  const employee2 = await org.addPerson({ givenName: 'Ema', familyName: 'Employee', managerId: manager.id });
  const peerManager = await org.addPerson({ givenName: 'Pat', familyName: 'Peerlead', managerId: ceo.id });
  const peer = await org.addPerson({ givenName: 'Pia', familyName: 'Peer', managerId: peerManager.id });
  const hr = await org.addPerson({
    givenName: 'Hana',
    familyName: 'Hr',
    managerId: ceo.id,
    roles: ['hr_admin'],
  });
  const approver = await org.addPerson({
    givenName: 'Aron',
    familyName: 'Approver',
    managerId: ceo.id,
    roles: ['approver'],
  });
  const coach = await org.addPerson({
    givenName: 'Cora',
    familyName: 'Coach',
    managerId: ceo.id,
    roles: ['coach'],
  });
  const orgAdmin = await org.addPerson({
    givenName: 'Ada',
    familyName: 'Admin',
    managerId: ceo.id,
    roles: ['org_admin'],
  });
  return { org, ceo, skip, manager, employee, employee2, peerManager, peer, hr, approver, coach, orgAdmin };
}
export type Cast = Awaited<ReturnType<typeof createCast>>;
