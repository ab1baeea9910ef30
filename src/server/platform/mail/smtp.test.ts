import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { type SmtpSink, startSmtpSink } from '../../testing/smtpSink';

const linkIn = (data: string, path: string) => {
  const unfolded = data.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = unfolded.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`));
  return match?.[1] ?? null;
};

let smtp: SmtpSink;
let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Trellis <no-reply@trellis.test>',
  });
  cast = await createCast(server.database.db);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

describe('email over SMTP', () => {
  it('an invitation arrives by SMTP and its link sets a password that signs in', async () => {
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    const created = await hr.post('/api/people', {
      givenName: 'Ines',
      familyName: 'Invited',
      email: 'ines.invited@example.test',
      hireDate: '2026-11-01',
      sendInvitation: true,
    });
    expect(created.status).toBe(201);
    const mail = smtp.received.find((m) => m.to.includes('ines.invited@example.test'));
    expect(mail?.data).toMatch(/Subject: You are invited to Trellis/);
    const token = linkIn(mail!.data, '/accept-invitation');
    expect(token).toBeTruthy();
    const anonymous = new ApiClient(server.baseUrl);
    expect(
      (await anonymous.post('/api/auth/invitations/accept', { token, password: 'a-fresh-password-1' }))
        .status,
    ).toBe(204);
    // Single use.
    expect(
      (await anonymous.post('/api/auth/invitations/accept', { token, password: 'another-password-2' })).body
        .error.code,
    ).toBe('invalid_token');
    expect(
      (
        await anonymous.post('/api/auth/login', {
          email: 'ines.invited@example.test',
          password: 'a-fresh-password-1',
        })
      ).status,
    ).toBe(200);
    // HR sees that the invitation went out, and to whom, but not its text; the outbox has no token.
    const outbox = await hr.get('/api/admin/outbox');
    const stored = outbox.body.items.find((e: { to: string }) => e.to === 'ines.invited@example.test');
    expect(stored).toMatchObject({
      transport: 'smtp',
      kind: 'account.invitation',
      dataClass: 'credential',
      view: 'recipient',
      subject: null,
      text: null,
    });
    expect(outbox.text).not.toContain(token);
  });

  it('a password reset by email ends the old sessions', async () => {
    const person = await cast.org.addPerson();
    const oldSession = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(person.accountId!),
    );
    const anonymous = new ApiClient(server.baseUrl);
    expect((await anonymous.post('/api/auth/password-reset/request', { email: person.email })).status).toBe(
      202,
    );
    // Unknown addresses get the same answer and no mail.
    expect(
      (await anonymous.post('/api/auth/password-reset/request', { email: 'nobody@example.test' })).status,
    ).toBe(202);
    const mail = smtp.received.find((m) => m.to.includes(person.email));
    const token = linkIn(mail!.data, '/reset-password');
    expect(
      (await anonymous.post('/api/auth/password-reset/complete', { token, password: 'short' })).body.error
        .fields.password,
    ).toBeTruthy();
    expect(
      (await anonymous.post('/api/auth/password-reset/complete', { token, password: 'a-brand-new-password' }))
        .status,
    ).toBe(204);
    expect((await oldSession.get('/api/auth/me')).status).toBe(401);
    expect(smtp.received.some((m) => m.to.includes('nobody@example.test'))).toBe(false);
  });
});
