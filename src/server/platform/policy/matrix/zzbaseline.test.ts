import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cast,
  createCast,
  createTestOrganization,
  type TestOrganization,
} from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { matrixCoverage } from './coverage';
import { authorizationMatrix } from './rows';
import {
  type MatrixRelation,
  type MatrixRole,
  type MatrixRow,
  matrixRelations,
  matrixRoles,
  type Outcome,
} from './types';

let server: TestServer;
let cast: Cast;
let otherOrg: TestOrganization;
let otherOrgPerson: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  otherOrg = await createTestOrganization(server.database.db, 'Another Org');
  otherOrgPerson = await otherOrg.addPerson();
});
afterAll(() => server.close());

const actorOf = (role: Exclude<MatrixRole, 'anonymous'>) =>
  ({
    employee: cast.employee,
    manager: cast.manager,
    skip_level: cast.skip,
    hr_admin: cast.hr,
    approver: cast.approver,
    coach: cast.coach,
    org_admin: cast.orgAdmin,
  })[role];

/** The person a case is about; fresh rows get a new person in the same position. */
async function targetFor(role: MatrixRole, relation: MatrixRelation, row: MatrixRow): Promise<string> {
  if (relation === 'own' && role !== 'anonymous') return actorOf(role).id;
  const withPassword = !row.freshWithoutPassword;
  if (relation === 'report') {
    if (!row.fresh) return cast.employee.id;
    return (await cast.org.addPerson({ managerId: cast.manager.id, withPassword })).id;
  }
  if (relation === 'other_org')
    return row.fresh ? (await otherOrg.addPerson({ withPassword })).id : otherOrgPerson.id;
  return row.fresh
    ? (await cast.org.addPerson({ managerId: cast.peerManager.id, withPassword })).id
    : cast.peer.id;
}

async function clientFor(role: MatrixRole) {
  const client = new ApiClient(server.baseUrl);
  if (role === 'anonymous') return client;
  // A new session per case: logout rows end the session they run in.
  return client.withSession(await cast.org.sessionFor(actorOf(role).accountId!));
}

function expectedFor(row: MatrixRow, role: MatrixRole, relation: MatrixRelation | null): Outcome {
  const outcome = row.expect[role];
  if (typeof outcome === 'object') return relation ? outcome[relation] : 'n/a';
  return outcome;
}

describe('authorization matrix', () => {
  it('has exactly one row for every registered API route', () => {
    const coverage = matrixCoverage(server.routes, authorizationMatrix);
    expect(coverage, 'every route needs a row in src/server/platform/policy/matrix').toEqual({
      missingRows: [],
      staleRows: [],
      duplicateRows: [],
    });
  });

  it('gives every role × relation the expected outcome on every route', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const row of authorizationMatrix) {
      const [method, pathTemplate] = row.route.split(' ') as [string, string];
      const relations: (MatrixRelation | null)[] = row.target === 'person' ? [...matrixRelations] : [null];
      for (const role of matrixRoles) {
        for (const relation of relations) {
          const expected = expectedFor(row, role, relation);
          if (expected === 'n/a') continue;
          const personId = relation ? await targetFor(role, relation, row) : '';
          const context = { personId, unique: randomUUID().replaceAll('-', '').slice(0, 16) };
          const organizationId = relation === 'other_org' ? otherOrg.organizationId : cast.org.organizationId;
          const params = (await row.params?.({ ...context, db: server.database.db, organizationId })) ?? {};
          const path =
            Object.entries(params).reduce(
              (filled, [name, value]) => filled.replace(`:${name}`, value),
              pathTemplate.replace(':personId', personId),
            ) + (row.query ?? '');
          const client = await clientFor(role);
          const response = await client.request(
            method,
            path,
            row.body?.(context) ?? (method === 'GET' ? undefined : {}),
          );
          cases++;
          if (response.status !== expected) {
            failures.push(
              `${row.route} as ${role}${relation ? ` on ${relation}` : ''}: expected ${expected}, got ${response.status} ${response.text.slice(0, 160)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(300);
  }, 240_000);
});

describe('matrix coverage check', () => {
  it('reports a registered route that has no row, and a row whose route is gone', () => {
    const coverage = matrixCoverage(
      [
        { method: 'GET', url: '/api/people' },
        { method: 'DELETE', url: '/api/people/:personId' },
      ],
      [
        { route: 'GET /api/people', target: 'none', expect: {} as never },
        { route: 'GET /api/gone', target: 'none', expect: {} as never },
      ],
    );
    expect(coverage.missingRows).toEqual(['DELETE /api/people/:personId']);
    expect(coverage.staleRows).toEqual(['GET /api/gone']);
  });
});
