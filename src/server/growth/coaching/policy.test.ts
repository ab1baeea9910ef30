import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor';
import type { RoleName } from '../../platform/auth/tables';
import { mayCoachRequester } from './policy';

const actor = (personId: string | null, roles: RoleName[] = []): Actor => ({
  accountId: 'a',
  organizationId: 'o',
  personId,
  email: 'x@example.test',
  roles: new Set(roles),
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

describe('who may coach the requester', () => {
  it('any other coach', () => {
    expect(mayCoachRequester(actor('employee'), 'coach')).toBe(true);
    expect(mayCoachRequester(actor('coach-a', ['coach']), 'coach-b')).toBe(true);
  });

  it('never the requester themself, a coach included', () => {
    expect(mayCoachRequester(actor('coach', ['coach']), 'coach')).toBe(false);
    expect(mayCoachRequester(actor('hr', ['hr_admin', 'coach']), 'hr')).toBe(false);
  });
});
