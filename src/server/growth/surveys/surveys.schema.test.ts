import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableClassification } from '../../platform/dataClasses/registry';
import { type Db, queryRows } from '../../platform/db/client';
import { testDatabase } from '../../testing/database';

/**
 * Issue 14 acceptance: survey responses carry no person id in any table. Reads the live schema
 * (after migrations) rather than the Drizzle definitions, so a column added by hand fails too.
 */
const answerTables = [
  'engagement_survey_responses',
  'engagement_survey_comments',
  // Answers waiting for their shuffled release (commands/releaseAnswers.ts): written in the
  // participant's own transaction, so they must name the person even less than a response does.
  'engagement_survey_held_answers',
];

/** Every column an answer table may have, and why each cannot point at a person. */
const allowedColumns: Record<string, string> = {
  id: 'random uuid (v4), not sequential',
  organization_id: 'the organisation, shared by everyone in it',
  round_id: 'the round: its dates are the only time an answer has',
  bucket_department_id: 'launch-day department: a reporting bucket',
  bucket_tenure_band: 'launch-day tenure band: a reporting bucket',
  bucket_manager_chain: 'launch-day managers above the respondent: subtree reporting',
  likert_scores: 'the answers',
  enps_score: 'the answer',
  question_id: 'which prompt a comment answers',
  verbatim_text: 'the comment',
  held_comments: 'the comments of a held answer, released apart from its scores',
};

/** Names that would tie an answer to a person, a login, a moment or a machine. */
const linking =
  /person|people|account|session|participant|invitation|invitee|respondent|user|email|token|link|ip_?addr|^ip$|agent|device|created|updated|submitted|answered|_at$|_on$|time|date|seq|serial|pseudonym|hash/;

let db: Db;
let columns: { table_name: string; column_name: string; data_type: string; column_default: string | null }[];
let foreignKeys: { table_name: string; column_name: string; ref_table: string }[];

beforeAll(async () => {
  db = (await testDatabase()).db;
  columns = await queryRows(
    db,
    sql`SELECT table_name, column_name, data_type, column_default FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name LIKE 'engagement_%' ORDER BY table_name, ordinal_position`,
  );
  foreignKeys = await queryRows(
    db,
    sql`SELECT c.relname AS table_name, a.attname AS column_name, r.relname AS ref_table
          FROM pg_constraint con
          JOIN pg_class c ON c.oid = con.conrelid
          JOIN pg_class r ON r.oid = con.confrelid
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
         WHERE con.contype = 'f' AND c.relname LIKE 'engagement_%'`,
  );
});

describe('survey storage holds no link from an answer to a person', () => {
  it('finds the answer tables', () => {
    for (const table of answerTables)
      expect(
        columns.some((c) => c.table_name === table),
        table,
      ).toBe(true);
  });

  it.each(answerTables)(
    '%s has only reviewed columns, none of which names a person, a login or a moment',
    (table) => {
      const own = columns.filter((c) => c.table_name === table);
      for (const column of own) {
        expect(
          Object.keys(allowedColumns),
          `${table}.${column.column_name} is not a reviewed column`,
        ).toContain(column.column_name);
        if (
          ![
            'likert_scores',
            'enps_score',
            'round_id',
            'organization_id',
            'question_id',
            'verbatim_text',
            'held_comments',
          ].includes(column.column_name)
        )
          expect(column.column_name.replace(/^bucket_/, ''), `${table}.${column.column_name}`).not.toMatch(
            linking,
          );
        expect(column.data_type, `${table}.${column.column_name} must not hold a time`).not.toMatch(
          /time|date|interval/,
        );
        expect(column.data_type, `${table}.${column.column_name} must not be an address`).not.toMatch(
          /inet|cidr|macaddr/,
        );
      }
    },
  );

  it.each(answerTables)('%s ids are random uuids, not a sequence that orders answers', (table) => {
    const id = columns.find((c) => c.table_name === table && c.column_name === 'id')!;
    expect(id.data_type).toBe('uuid');
    expect(id.column_default).toBe('gen_random_uuid()');
    expect(columns.filter((c) => c.table_name === table && /nextval/.test(c.column_default ?? ''))).toEqual(
      [],
    );
  });

  it('answer tables reference only the organisation and the round — never people, accounts, participants or each other', () => {
    const refs = foreignKeys.filter((fk) => answerTables.includes(fk.table_name));
    expect(new Set(refs.map((fk) => fk.ref_table))).toEqual(
      new Set(['organizations', 'engagement_survey_rounds']),
    );
  });

  it('participation is recorded apart and references no answer', () => {
    const refs = foreignKeys
      .filter((fk) => fk.table_name === 'engagement_survey_participants')
      .map((fk) => fk.ref_table);
    for (const table of answerTables) expect(refs).not.toContain(table);
    const responded = columns.find(
      (c) => c.table_name === 'engagement_survey_participants' && c.column_name === 'responded_on',
    )!;
    // The day only: a timestamp would line up with the order answers were stored in.
    expect(responded.data_type).toBe('date');
  });

  it('every survey table has a data class, and the answers and participation are anonymous', () => {
    for (const table of new Set(columns.map((c) => c.table_name)))
      expect(tableClassification[table], `${table} needs a data class`).toBeDefined();
    for (const table of [...answerTables, 'engagement_survey_participants'])
      expect(tableClassification[table]!.dataClass).toBe('anonymous');
  });
});
