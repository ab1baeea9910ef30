import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../org/tables';
import { createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { auditEvents } from '../audit/tables';

/**
 * The organisation settings the admin settings screen edits, here the calibration switch that lets
 * approvers sign off an incomplete session without acknowledging it (issue 11, item 9). Who may
 * call these routes is the authorization matrix's job; this file checks what a save does.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function orgAdminOfNewOrganisation() {
  const cast = await createCast(server.database.db);
  const client = new ApiClient(server.baseUrl).withSession(
    await cast.org.sessionFor(cast.orgAdmin.accountId!),
  );
  return { cast, client };
}

const storedSettings = async (organizationId: string) =>
  (
    await server.database.db
      .select({ settings: organizations.settings })
      .from(organizations)
      .where(eq(organizations.id, organizationId))
  )[0]!.settings;

describe('organisation settings: incomplete calibration sign-off', () => {
  it('is off by default, and switching it on is stored, answered and audited', async () => {
    const { cast, client } = await orgAdminOfNewOrganisation();
    const { body: before } = await client.get('/api/admin/settings');
    expect(before.allowIncompleteCalibrationSignOff).toBe(false);

    const saved = await client.put('/api/admin/settings', {
      ...before,
      allowIncompleteCalibrationSignOff: true,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.allowIncompleteCalibrationSignOff).toBe(true);
    expect((await client.get('/api/admin/settings')).body.allowIncompleteCalibrationSignOff).toBe(true);
    expect((await storedSettings(cast.org.organizationId)).allowIncompleteCalibrationSignOff).toBe(true);

    const [event] = await server.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, cast.org.organizationId),
          eq(auditEvents.action, 'organization.settings_changed'),
        ),
      );
    expect(event).toMatchObject({
      actorAccountId: cast.orgAdmin.accountId,
      before: { allowIncompleteCalibrationSignOff: false },
      after: { allowIncompleteCalibrationSignOff: true },
    });
  });

  it('keeps the stored value when a save leaves the field out, and turns it off again when told', async () => {
    const { cast, client } = await orgAdminOfNewOrganisation();
    const { body: before } = await client.get('/api/admin/settings');
    await client.put('/api/admin/settings', { ...before, allowIncompleteCalibrationSignOff: true });

    const { allowIncompleteCalibrationSignOff: _left, ...withoutSwitch } = before;
    const renamed = await client.put('/api/admin/settings', { ...withoutSwitch, name: 'Renamed Org' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed Org', allowIncompleteCalibrationSignOff: true });

    const off = await client.put('/api/admin/settings', {
      ...renamed.body,
      allowIncompleteCalibrationSignOff: false,
    });
    expect(off.body.allowIncompleteCalibrationSignOff).toBe(false);
    expect((await storedSettings(cast.org.organizationId)).allowIncompleteCalibrationSignOff).toBe(false);
  });

  it('refuses a value that is not a yes or no, naming the field, and changes nothing', async () => {
    const { cast, client } = await orgAdminOfNewOrganisation();
    const { body: before } = await client.get('/api/admin/settings');
    const refused = await client.put('/api/admin/settings', {
      ...before,
      allowIncompleteCalibrationSignOff: 'yes',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty('allowIncompleteCalibrationSignOff');
    expect((await storedSettings(cast.org.organizationId)).allowIncompleteCalibrationSignOff).toBeUndefined();
  });
});

describe('organisation settings: pay', () => {
  it('the over-budget policy and the least promotion increase default to warn and 0, and are stored as given', async () => {
    const { cast, client } = await orgAdminOfNewOrganisation();
    const { body: before } = await client.get('/api/admin/settings');
    expect(before).toMatchObject({ compOverBudgetPolicy: 'warn', compPromotionMinIncreasePct: '0' });

    const saved = await client.put('/api/admin/settings', {
      ...before,
      compOverBudgetPolicy: 'block',
      compPromotionMinIncreasePct: ' 7.5 ',
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ compOverBudgetPolicy: 'block', compPromotionMinIncreasePct: '7.5' });
    expect(await storedSettings(cast.org.organizationId)).toMatchObject({
      compOverBudgetPolicy: 'block',
      compPromotionMinIncreasePct: '7.5',
    });
  });

  it('refuses a least promotion increase that is not a percent, naming the field, and keeps the stored one', async () => {
    const { cast, client } = await orgAdminOfNewOrganisation();
    const { body: before } = await client.get('/api/admin/settings');
    for (const wrong of ['ten', '-1', '1.23456', '1e3']) {
      const refused = await client.put('/api/admin/settings', {
        ...before,
        compPromotionMinIncreasePct: wrong,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields).toHaveProperty('compPromotionMinIncreasePct');
    }
    expect((await storedSettings(cast.org.organizationId)).compPromotionMinIncreasePct).toBeUndefined();
  });
});
