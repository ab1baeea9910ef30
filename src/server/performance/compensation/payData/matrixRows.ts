import { eq } from 'drizzle-orm';
import { levels, people } from '../../../org/tables';
import type { Db } from '../../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
  signedIn,
} from '../../../platform/policy/matrix/types';
import { insertTestBand, insertTestPayRecord } from './testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** Values a params hook prepares for the body of the same case (bodies only see `unique`). */
const stash = new Map<string, string>();
function recall(unique: string) {
  const value = stash.get(unique);
  if (!value) throw new Error(`matrix case ${unique}: the params hook did not run before the body`);
  stash.delete(unique);
  return value;
}

/**
 * The level a band is for: the target person's, else the organisation's first by rank, else a new
 * one. Never "any person's", which may have no level and made the case depend on which row came back.
 */
async function levelOf({ db, organizationId, personId }: ParamsContext) {
  const [person] = personId
    ? await db.select({ levelId: people.levelId }).from(people).where(eq(people.id, personId))
    : [];
  if (person?.levelId) return person.levelId;
  const [first] = await db
    .select({ id: levels.id })
    .from(levels)
    .where(eq(levels.organizationId, organizationId))
    .orderBy(levels.rank, levels.id)
    .limit(1);
  if (first) return first.id;
  const [created] = await db
    .insert(levels)
    .values({ organizationId, code: 'MATRIX', name: 'Matrix level', rank: 1 })
    .returning({ id: levels.id });
  return created!.id;
}

/** Every text column holds a value, so every one carries a canary once planted. */
const payZone = 'Matrix zone';

/** A pay record of the target person and a band it falls in, so the answer shows pay and placement. */
async function payOfTarget(context: ParamsContext) {
  const { db, organizationId, personId } = context;
  const levelId = await levelOf(context);
  await insertTestBand(db, { organizationId, levelId, payZone, effectiveFrom: '2020-01-01' });
  await insertTestPayRecord(db, { organizationId, personId, payZone, effectiveFrom: '2021-01-01' });
  return {};
}

/** A band of the organisation, so the list has a record to show. */
async function bandInOrganisation(context: ParamsContext) {
  await insertTestBand(context.db, {
    organizationId: context.organizationId,
    levelId: await levelOf(context),
    payZone,
  });
  return {};
}

/** A band of the organisation, and its level kept for the body of a new version. */
async function bandAndLevel(context: ParamsContext) {
  stash.set(context.unique, await levelOf(context));
  return bandInOrganisation(context);
}

/** The person, their manager chain and HR read pay; everyone else 404 (S1.7), approvers included. */
const payRead = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 200, 404, 404),
  skip_level: rel(200, 200, 404, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 404, 404),
};

/** Only HR writes pay; a reader who is not HR (the person, their managers) gets 403, others 404. */
const payWrite = {
  anonymous: 401,
  employee: rel(403, 'n/a', 404, 404),
  manager: rel(403, 403, 404, 404),
  skip_level: rel(403, 403, 404, 404),
  hr_admin: rel(201, 'n/a', 201, 404),
  approver: rel(403, 'n/a', 404, 404),
  coach: rel(403, 'n/a', 404, 404),
  org_admin: rel(403, 'n/a', 404, 404),
};

/** Pay reaches the person, their direct and skip-level managers, and HR (SPEC S1 `compensation`). */
const payReaders: Carries = { compensation: ['own', 'manager:report', 'skip_level:report', 'hr_admin'] };
const hrOnly: Carries = { compensation: 'hr_admin' };

const api = '/api/performance/compensation';

/** A person of the case's organisation, whose email a pay file names. */
async function personOfOrganisation({ db, organizationId, unique }: ParamsContext) {
  const [person] = await db
    .select({ email: people.email })
    .from(people)
    .where(eq(people.organizationId, organizationId))
    .orderBy(people.email)
    .limit(1);
  stash.set(unique, person!.email);
  return {};
}

/** Authorization-matrix rows for every route of pay data. */
export const payDataRows: MatrixRow[] = [
  {
    route: `GET ${api}/people/:personId/pay`,
    target: 'person',
    params: payOfTarget,
    expect: payRead,
    carries: payReaders,
  },
  {
    route: `GET ${api}/me/pay`,
    target: 'none',
    expect: signedIn(200),
    // One's own pay only (the row's cases read their own).
    carries: { compensation: '*' },
  },
  {
    route: `POST ${api}/people/:personId/pay-records`,
    target: 'person',
    params: payOfTarget,
    body: () => ({
      effectiveFrom: '2025-01-01',
      base: '91000',
      currency: 'EUR',
      frequency: 'annual',
      jobFamily: 'Engineering',
      reason: 'merit',
    }),
    expect: payWrite,
    carries: payReaders,
  },
  {
    route: `GET ${api}/bands`,
    target: 'none',
    params: bandInOrganisation,
    expect: onlyRoles(['hr_admin'], 200),
    carries: hrOnly,
  },
  {
    route: `POST ${api}/bands`,
    target: 'none',
    params: bandAndLevel,
    body: ({ unique }) => ({
      jobFamily: 'Engineering',
      levelId: recall(unique),
      currency: 'EUR',
      min: '80000',
      max: '120000',
      effectiveFrom: '2025-01-01',
    }),
    expect: onlyRoles(['hr_admin'], 201),
    carries: hrOnly,
  },
  {
    route: `POST ${api}/pay-records/import`,
    target: 'none',
    params: personOfOrganisation,
    // A dry run (HR gets the report, 200) writes nothing later cases would see.
    body: ({ unique }) => ({
      csv: `email,effective_from,base,currency,frequency,job_family\n${recall(unique)},2025-01-01,91000,EUR,annual,Engineering\n`,
      dryRun: true,
    }),
    expect: onlyRoles(['hr_admin'], 200),
    carries: hrOnly,
  },
  {
    route: `POST ${api}/bands/import`,
    target: 'none',
    body: () => ({
      csv: 'job_family,level,currency,min,max,effective_from\nEngineering,IC2,EUR,80000,120000,2025-01-01\n',
      dryRun: true,
    }),
    expect: onlyRoles(['hr_admin'], 200),
    carries: hrOnly,
  },
];
