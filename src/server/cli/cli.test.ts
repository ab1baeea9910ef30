import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { people } from '../org/tables';
import { auditEvents } from '../platform/audit/tables';
import { verifyPassword } from '../platform/auth/passwords';
import { accounts } from '../platform/auth/tables';
import type { Database } from '../platform/db/client';
import { testDatabase } from '../testing/database';
import { createTestOrganization } from '../testing/factories';
import { ApiClient, startTestServer } from '../testing/http';
import { splitName } from './commands/createAdmin';
import { runCli } from './run';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});

/** Runs one command line against the shared test database and captures what it prints. */
async function trellis(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    // The test database outlives each command, so the command's close() must not end it.
    openDatabase: async () => ({ ...database, close: async () => undefined }),
    databaseLabel: 'the test database',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const uniqueSlug = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

describe('trellis command line', () => {
  it('lists the commands with --help and rejects unknown ones', async () => {
    const help = await trellis('--help');
    expect(help.code).toBe(0);
    for (const name of ['migrate', 'seed', 'create-admin', 'issue-link', 'import-people', 'audit-verify']) {
      expect(help.out).toContain(name);
    }
    expect((await trellis()).code).toBe(2);
    const unknown = await trellis('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command "frobnicate"');
    const badOption = await trellis('seed', '--peple', '5');
    expect(badOption.code).toBe(2);
    expect(badOption.err).toContain('--peple');
  });

  it('migrates an up-to-date database without complaint', async () => {
    const result = await trellis('migrate');
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('up to date') });
  });

  it('seeds a synthetic organisation and refuses to reuse its slug', async () => {
    const slug = uniqueSlug('cli-synthetic');
    const first = await trellis('seed', '--people', '40', '--slug', slug);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Created 40 people');
    const again = await trellis('seed', '--people', '40', '--slug', slug);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    expect((await trellis('seed', '--people', 'many')).code).toBe(2);
    expect((await trellis('seed', '--demo', '--people', '3')).code).toBe(2);
  });

  it('creates an administrator, and restores one whose login exists', async () => {
    const slug = uniqueSlug('cli-admin');
    const email = `root@${slug}.test`;
    const created = await trellis(
      'create-admin',
      '--email',
      email,
      '--password',
      'first long password',
      '--org',
      slug,
    );
    expect(created.code).toBe(0);
    const [login] = await database.db.select().from(accounts).where(eq(accounts.email, email));
    expect(login?.roles).toEqual(['org_admin']);
    const [person] = await database.db.select().from(people).where(eq(people.id, login!.personId!));
    expect(person).toMatchObject({ givenName: 'Root', familyName: 'Administrator', managerId: null });

    const restored = await trellis(
      'create-admin',
      '--email',
      email,
      '--password',
      'second long password',
      '--org',
      slug,
    );
    expect(restored.out).toContain('password was reset');
    const [after] = await database.db.select().from(accounts).where(eq(accounts.email, email));
    expect(await verifyPassword(after!.passwordHash, 'second long password')).toBe(true);

    const weak = await trellis('create-admin', '--email', email, '--password', 'short', '--org', slug);
    expect(weak.code).toBe(2);
    expect(weak.err).toContain('at least 10 characters');
  });

  it('imports a CSV file, refusing it whole when a row is invalid', async () => {
    const slug = uniqueSlug('cli-import');
    await trellis('seed', '--people', '5', '--slug', slug);
    const folder = await mkdtemp(join(tmpdir(), 'trellis-cli-'));
    const header = 'email,given_name,family_name,hire_date,manager_email';
    const good = join(folder, 'good.csv');
    await writeFile(
      good,
      `${header}\nzoe@${slug}.test,Zoe,Quinn,2025-04-01,\nyan@${slug}.test,Yan,Ng,2025-04-02,zoe@${slug}.test\n`,
    );
    const bad = join(folder, 'bad.csv');
    await writeFile(
      bad,
      `${header}\nxia@${slug}.test,Xia,Li,2025-04-01,\nwes@${slug}.test,Wes,Ode,yesterday,\n`,
    );

    const refused = await trellis('import-people', bad, '--org', slug);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/3\s+invalid\s+wes@\S+\s+hire_date/);
    expect(refused.out).toContain('Nothing was imported');

    const dryRun = await trellis('import-people', good, '--org', slug, '--dry-run');
    expect(dryRun).toMatchObject({ code: 0, out: expect.stringContaining('Dry run') });
    const imported = await trellis('import-people', good, '--org', slug);
    expect(imported).toMatchObject({ code: 0, out: expect.stringContaining('2 created') });
    const [yan] = await database.db
      .select()
      .from(people)
      .where(eq(people.email, `yan@${slug}.test`));
    const [zoe] = await database.db
      .select()
      .from(people)
      .where(eq(people.email, `zoe@${slug}.test`));
    expect(yan?.managerId).toBe(zoe?.id);

    expect((await trellis('import-people', good, '--org', 'no-such-org')).code).toBe(2);
    expect((await trellis('import-people', join(folder, 'missing.csv'), '--org', slug)).code).toBe(2);
  });

  it('verifies the audit chain and notices an edited event', async () => {
    const slug = uniqueSlug('cli-audit');
    await trellis(
      'create-admin',
      '--email',
      `audit@${slug}.test`,
      '--password',
      'a long password here',
      '--org',
      slug,
    );
    const intact = await trellis('audit-verify', '--org', slug);
    expect(intact).toMatchObject({ code: 0, out: expect.stringContaining('intact') });

    await database.db.execute(sql`
      UPDATE audit_events SET after = '{"tampered": true}'::jsonb
      WHERE seq = (SELECT min(seq) FROM audit_events e JOIN organizations o ON o.id = e.organization_id WHERE o.slug = ${slug})`);
    const broken = await trellis('audit-verify', '--org', slug);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('BROKEN');
  });
});

describe('trellis issue-link', () => {
  it('prints a working invitation or reset link for one person and records that it was issued', async () => {
    const server = await startTestServer();
    try {
      const org = await createTestOrganization(database.db);
      const invitee = await org.addPerson({ withPassword: false });
      const invited = await trellis('issue-link', '--email', invitee.email, '--org', org.slug);
      expect(invited.code, invited.err).toBe(0);
      expect(invited.out).toContain('Invitation link');
      const invitationToken = invited.out.match(/\/accept-invitation\?token=([A-Za-z0-9_-]+)/)?.[1];
      expect(invitationToken).toBeTruthy();
      const anonymous = new ApiClient(server.baseUrl);
      expect(
        (
          await anonymous.post('/api/auth/invitations/accept', {
            token: invitationToken,
            password: 'my own password 1',
          })
        ).status,
      ).toBe(204);
      expect(
        (await anonymous.post('/api/auth/login', { email: invitee.email, password: 'my own password 1' }))
          .status,
      ).toBe(200);

      // Now that a password is set, the same command (no --purpose) issues a reset link.
      expect(
        (await trellis('issue-link', '--email', invitee.email, '--org', org.slug, '--purpose', 'invitation'))
          .code,
      ).toBe(2);
      const reset = await trellis('issue-link', '--email', invitee.email.toUpperCase(), '--org', org.slug);
      expect(reset.out).toContain('Password reset link');
      const resetToken = reset.out.match(/\/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];
      expect(
        (
          await anonymous.post('/api/auth/password-reset/complete', {
            token: resetToken,
            password: 'my new password 22',
          })
        ).status,
      ).toBe(204);
      expect(
        (await anonymous.post('/api/auth/login', { email: invitee.email, password: 'my new password 22' }))
          .status,
      ).toBe(200);

      // One audit event per link, naming the purpose, never the link.
      const events = await database.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.organizationId, org.organizationId),
            eq(auditEvents.action, 'account.link_issued'),
          ),
        );
      expect(events.map((event) => event.after)).toEqual([
        { purpose: 'invitation', via: 'command line' },
        { purpose: 'password_reset', via: 'command line' },
      ]);
      expect(
        events.every((event) => event.targetId === invitee.accountId && event.actorAccountId === null),
      ).toBe(true);
      expect(JSON.stringify(events)).not.toContain(invitationToken);
      expect(JSON.stringify(events)).not.toContain(resetToken);

      // Refused: unknown people, people who left, and calls without --org.
      expect(
        (await trellis('issue-link', '--email', `nobody@${org.slug}.test`, '--org', org.slug)).code,
      ).toBe(2);
      const leaver = await org.addPerson({ withPassword: false });
      await database.db
        .update(people)
        .set({ status: 'terminated', terminatedOn: '2026-01-31' })
        .where(eq(people.id, leaver.id));
      expect((await trellis('issue-link', '--email', leaver.email, '--org', org.slug)).code).toBe(2);
      expect((await trellis('issue-link', '--email', invitee.email)).code).toBe(2);
      expect(
        (await trellis('issue-link', '--email', invitee.email, '--org', org.slug, '--purpose', 'login')).code,
      ).toBe(2);
    } finally {
      await server.close();
    }
  });
});

describe('splitName', () => {
  it('splits a full name at the last word and falls back to the email', () => {
    expect(splitName('Mary Ann Smith', 'x@y.test')).toEqual({ givenName: 'Mary Ann', familyName: 'Smith' });
    expect(splitName(undefined, 'ada.lovelace@y.test')).toEqual({ givenName: 'Ada', familyName: 'Lovelace' });
    expect(splitName(undefined, 'root@y.test')).toEqual({ givenName: 'Root', familyName: 'Administrator' });
  });
});
