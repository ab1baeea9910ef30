import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
  signedIn,
} from '../../../platform/policy/matrix/types';
import { compLetterTemplates } from './tables';
import { insertApprovedOutcome, insertReleasedCycle } from './testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** A released, visible cycle in which the target person was raised (anonymous cases: the cycle alone). */
async function releasedOutcome({ db, organizationId, personId }: ParamsContext) {
  const cycle = await insertReleasedCycle(db, { organizationId });
  if (!personId) return { cycleId: cycle.id, participantId: randomUUID() };
  const { participant } = await insertApprovedOutcome(db, { organizationId, cycleId: cycle.id, personId });
  return { cycleId: cycle.id, participantId: participant.id };
}

/** The German template back to the default (version 0), so each saving case starts from it. */
async function defaultGermanTemplate({ db, organizationId }: ParamsContext) {
  await db
    .delete(compLetterTemplates)
    .where(
      and(eq(compLetterTemplates.organizationId, organizationId), eq(compLetterTemplates.language, 'de')),
    );
  return { language: 'de' };
}

const hrOnly: Carries = { compensation: 'hr_admin' };

/** HR reads anyone's letter in the organisation; nobody else sees a cycle or a participation (404). */
const hrLetter = {
  anonymous: 401,
  employee: rel(404, 'n/a', 404, 404),
  manager: rel(404, 404, 404, 404),
  skip_level: rel(404, 404, 404, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(404, 'n/a', 404, 404),
  coach: rel(404, 'n/a', 404, 404),
  org_admin: rel(404, 'n/a', 404, 404),
};

/** Only the person reads their own letter; for everyone else it does not exist. */
const ownOnly = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 404, 404, 404),
  skip_level: rel(200, 404, 404, 404),
  hr_admin: rel(200, 'n/a', 404, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 404, 404),
};

const base = '/api/performance/compensation';
const template = {
  title: 'Your pay from {{effectiveDate}}',
  body: 'Dear {{givenName}},\nNew base: {{newBase}}',
};

/** Authorization-matrix rows for every route of pay letters. */
export const payLetterRows: MatrixRow[] = [
  {
    route: `GET ${base}/letter-templates/:language`,
    target: 'none',
    params: async () => ({ language: 'en' }),
    expect: onlyRoles(['hr_admin'], 200),
  },
  {
    route: `PUT ${base}/letter-templates/:language`,
    target: 'none',
    params: defaultGermanTemplate,
    body: () => ({ version: 0, ...template }),
    expect: onlyRoles(['hr_admin'], 200),
  },
  {
    route: `POST ${base}/letter-templates/preview`,
    target: 'none',
    body: () => ({ language: 'en', ...template }),
    expect: onlyRoles(['hr_admin'], 200),
  },
  {
    route: `GET ${base}/cycles/:cycleId/letters.zip`,
    target: 'person',
    params: releasedOutcome,
    expect: hrLetter,
    carries: hrOnly,
  },
  {
    route: `GET ${base}/cycles/participants/:participantId/letter`,
    target: 'person',
    params: releasedOutcome,
    expect: hrLetter,
    carries: hrOnly,
  },
  {
    route: `GET ${base}/me/letters`,
    target: 'none',
    params: releasedOutcome,
    expect: signedIn(200),
    carries: { compensation: '*' },
  },
  {
    route: `GET ${base}/me/letters/:cycleId`,
    target: 'person',
    params: releasedOutcome,
    expect: ownOnly,
    carries: { compensation: 'own' },
  },
];
