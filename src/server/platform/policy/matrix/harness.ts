import { randomUUID } from 'node:crypto';
import {
  type Cast,
  createCast,
  createTestOrganization,
  type TestOrganization,
} from '../../../testing/factories';
import { ApiClient, type ApiResponse, startTestServer, type TestServer } from '../../../testing/http';
import { sha256 } from '../../auth/tokens';
import {
  type MatrixRelation,
  type MatrixRole,
  type MatrixRow,
  matrixRelations,
  matrixRoles,
  type Outcome,
} from './types';

/** One role × relation of a row, with the status the row expects. */
export interface MatrixCase {
  row: MatrixRow;
  role: MatrixRole;
  relation: MatrixRelation | null;
  expected: Outcome;
}

export interface PreparedCase extends MatrixCase {
  context: { personId: string; unique: string };
  path: string;
}

export interface CaseResult {
  path: string;
  response: ApiResponse;
  /** The caller's session token and its stored hash: values no body may carry. */
  secrets: string[];
}

function expectedFor(row: MatrixRow, role: MatrixRole, relation: MatrixRelation | null): Outcome {
  const outcome = row.expect[role];
  if (typeof outcome === 'object') return relation ? outcome[relation] : 'n/a';
  return outcome;
}

/** Every case of a row that can exist (relations marked 'n/a' are skipped). */
export function casesOf(row: MatrixRow): MatrixCase[] {
  const relations: (MatrixRelation | null)[] = row.target === 'person' ? [...matrixRelations] : [null];
  const cases: MatrixCase[] = [];
  for (const role of matrixRoles)
    for (const relation of relations) {
      const expected = expectedFor(row, role, relation);
      if (expected !== 'n/a') cases.push({ row, role, relation, expected });
    }
  return cases;
}

export const describeCase = ({ row, role, relation }: Pick<MatrixCase, 'row' | 'role' | 'relation'>) =>
  `${row.route} as ${role}${relation ? ` on ${relation}` : ''}`;

/**
 * The real app, the cast (see `createCast`) and a second organisation, and the steps of one matrix
 * case: pick the target person, run the row's `params` hook, send the request signed in as the role.
 */
export class MatrixHarness {
  private constructor(
    readonly server: TestServer,
    readonly cast: Cast,
    readonly otherOrg: TestOrganization,
    private readonly otherOrgPerson: { id: string },
  ) {}

  static async start() {
    const server = await startTestServer();
    const cast = await createCast(server.database.db);
    const otherOrg = await createTestOrganization(server.database.db, 'Another Org');
    const otherOrgPerson = await otherOrg.addPerson();
    return new MatrixHarness(server, cast, otherOrg, otherOrgPerson);
  }

  get organizationIds() {
    return [this.cast.org.organizationId, this.otherOrg.organizationId];
  }

  actorOf(role: Exclude<MatrixRole, 'anonymous'>) {
    return castMemberFor(this.cast, role);
  }

  /** The person a case is about; fresh rows get a new person in the same position. */
  async targetFor(role: MatrixRole, relation: MatrixRelation, row: MatrixRow): Promise<string> {
    const { cast, otherOrg } = this;
    if (relation === 'own' && role !== 'anonymous') return this.actorOf(role).id;
    const withPassword = !row.freshWithoutPassword;
    if (relation === 'report') {
      if (!row.fresh) return cast.employee.id;
      return (await cast.org.addPerson({ managerId: cast.manager.id, withPassword })).id;
    }
    if (relation === 'other_org')
      return row.fresh ? (await otherOrg.addPerson({ withPassword })).id : this.otherOrgPerson.id;
    return row.fresh
      ? (await cast.org.addPerson({ managerId: cast.peerManager.id, withPassword })).id
      : cast.peer.id;
  }

  /**
   * Runs the row's `params` hook for a target person (of the cast's organisation, or of the other
   * one) and fills the path.
   */
  async prepare(row: MatrixRow, personId: string, inOtherOrg = false) {
    const unique = randomUUID().replaceAll('-', '').slice(0, 16);
    const context = { personId, unique };
    const organizationId = inOtherOrg ? this.otherOrg.organizationId : this.cast.org.organizationId;
    const params = (await row.params?.({ ...context, db: this.server.database.db, organizationId })) ?? {};
    const [, pathTemplate] = row.route.split(' ') as [string, string];
    const path =
      Object.entries(params).reduce(
        (filled, [name, value]) => filled.replace(`:${name}`, value),
        pathTemplate.replace(':personId', personId),
      ) + (row.query ?? '');
    return { context, path };
  }

  private readonly sessions = new Map<MatrixRole, Promise<{ token: string; csrfToken: string }>>();

  /**
   * A client signed in as the role: one shared session per role, or a session of its own for a row
   * that ends sessions (logout everywhere ends the shared one too, so it is replaced afterwards).
   */
  async clientFor(role: MatrixRole, row?: Pick<MatrixRow, 'endsSession'>) {
    const client = new ApiClient(this.server.baseUrl);
    if (role === 'anonymous') return { client, secrets: [] };
    const newSession = () => this.cast.org.sessionFor(this.actorOf(role).accountId!);
    if (row?.endsSession) this.sessions.delete(role);
    const session = await (row?.endsSession ? newSession() : this.sessionOf(role, newSession));
    return { client: client.withSession(session), secrets: [session.token, sha256(session.token)] };
  }

  private sessionOf(role: MatrixRole, create: () => Promise<{ token: string; csrfToken: string }>) {
    const existing = this.sessions.get(role);
    if (existing) return existing;
    const created = create();
    this.sessions.set(role, created);
    return created;
  }

  /** The case's target person and record (the row's `params` hook); the request comes later. */
  async prepareCase(c: MatrixCase): Promise<PreparedCase> {
    const personId = c.relation ? await this.targetFor(c.role, c.relation, c.row) : '';
    return { ...c, ...(await this.prepare(c.row, personId, c.relation === 'other_org')) };
  }

  /** Sends a prepared case's request, signed in as its role. */
  async send(c: PreparedCase): Promise<CaseResult> {
    const { client, secrets } = await this.clientFor(c.role, c.row);
    const [method] = c.row.route.split(' ') as [string];
    const response = await client.request(
      method,
      c.path,
      c.row.body?.(c.context) ?? (method === 'GET' ? undefined : {}),
    );
    return { path: c.path, response, secrets };
  }

  /** One case from start to end. */
  async run(c: MatrixCase): Promise<CaseResult> {
    return this.send(await this.prepareCase(c));
  }

  close() {
    return this.server.close();
  }
}

/** The member of the cast who plays a matrix role. */
export function castMemberFor(cast: Cast, role: Exclude<MatrixRole, 'anonymous'>) {
  return {
    employee: cast.employee,
    manager: cast.manager,
    skip_level: cast.skip,
    hr_admin: cast.hr,
    approver: cast.approver,
    coach: cast.coach,
    org_admin: cast.orgAdmin,
  }[role];
}
