import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../testing/database';
import { createTestOrganization } from '../testing/factories';
import type { Actor } from './auth/actor';
import {
  actorToday,
  addDays,
  isTimeZone,
  organizationTimeZone,
  organizationToday,
  organizationTodaysSql,
  todayIn,
} from './clock';
import { type Db, queryRows } from './db/client';

/**
 * Instants around the date line, in December (Auckland on daylight time, UTC+13) and on the two
 * New Zealand DST changes: 2026-04-05 (back to UTC+12) and 2026-09-27 (forward to UTC+13).
 */
const cases: { at: string; expected: Record<string, string> }[] = [
  {
    // 23:30 in Auckland, 23:30 the day before in Pago Pago (UTC-11), just past midnight in Honolulu.
    at: '2026-12-06T10:30:00Z',
    expected: {
      'Pacific/Auckland': '2026-12-06',
      'Pacific/Pago_Pago': '2026-12-05',
      'Pacific/Honolulu': '2026-12-06',
      UTC: '2026-12-06',
    },
  },
  {
    // An hour later Auckland is a day ahead of UTC and of everyone east of the date line.
    at: '2026-12-06T11:30:00Z',
    expected: {
      'Pacific/Auckland': '2026-12-07',
      'Pacific/Pago_Pago': '2026-12-06',
      'Pacific/Honolulu': '2026-12-06',
      UTC: '2026-12-06',
    },
  },
  {
    // After DST ended Auckland is UTC+12: 23:30, not yet the next day (UTC+13 would say 00:30).
    at: '2026-04-05T11:30:00Z',
    expected: { 'Pacific/Auckland': '2026-04-05', 'Pacific/Honolulu': '2026-04-05', UTC: '2026-04-05' },
  },
  {
    // After DST started Auckland is UTC+13: 00:30 the next day (UTC+12 would say 23:30).
    at: '2026-09-27T11:30:00Z',
    expected: { 'Pacific/Auckland': '2026-09-28', 'Pacific/Pago_Pago': '2026-09-27', UTC: '2026-09-27' },
  },
  {
    // The day before the change Auckland is still on UTC+12: 23:30.
    at: '2026-09-26T11:30:00Z',
    expected: { 'Pacific/Auckland': '2026-09-26', UTC: '2026-09-26' },
  },
];

describe('todayIn', () => {
  for (const { at, expected } of cases) {
    for (const [zone, date] of Object.entries(expected)) {
      it(`${at} is ${date} in ${zone}`, () => {
        expect(todayIn(zone, new Date(at))).toBe(date);
      });
    }
  }

  it('treats a missing, unknown or offset zone as UTC', () => {
    const at = new Date('2026-12-06T11:30:00Z');
    for (const zone of [null, undefined, '', 'Mars/Olympus_Mons', '+13:00', 'x'.repeat(80)]) {
      expect(isTimeZone(zone)).toBe(false);
      expect(todayIn(zone, at)).toBe('2026-12-06');
    }
    expect(isTimeZone('Pacific/Auckland')).toBe(true);
  });

  it('reads zone names without regard to case, as PostgreSQL does', () => {
    expect(todayIn('pacific/auckland', new Date('2026-12-06T11:30:00Z'))).toBe('2026-12-07');
  });

  it('defaults to the current instant', () => {
    const before = todayIn('UTC');
    const utc = new Date().toISOString().slice(0, 10);
    const after = todayIn('UTC');
    expect([before, after]).toContain(utc);
  });
});

describe('addDays', () => {
  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-04-05', 0)).toBe('2026-04-05');
  });
});

describe("an organisation's today, in requests and in SQL", () => {
  let db: Db;
  const zones: Record<string, string | null> = {
    'Pacific/Auckland': 'Pacific/Auckland',
    'Pacific/Pago_Pago': 'Pacific/Pago_Pago',
    'Pacific/Honolulu': 'Pacific/Honolulu',
    lowercase: 'pacific/auckland',
    unknown: 'Mars/Olympus_Mons',
    none: null,
  };
  const orgs: Record<string, string> = {};

  beforeAll(async () => {
    db = (await testDatabase()).db;
    for (const [label, zone] of Object.entries(zones)) {
      const org = await createTestOrganization(db);
      if (zone)
        await db.execute(
          sql`UPDATE organizations SET settings = settings || jsonb_build_object('defaultTimezone', ${zone}::text)
               WHERE id = ${org.organizationId}::uuid`,
        );
      orgs[label] = org.organizationId;
    }
  });

  it('reads the configured zone, UTC when it is missing or unknown', async () => {
    expect(await organizationTimeZone(db, orgs['Pacific/Auckland']!)).toBe('Pacific/Auckland');
    expect(await organizationTimeZone(db, orgs.unknown!)).toBe('UTC');
    expect(await organizationTimeZone(db, orgs.none!)).toBe('UTC');
    expect(await organizationToday(db, orgs['Pacific/Auckland']!, new Date('2026-12-06T11:30:00Z'))).toBe(
      '2026-12-07',
    );
  });

  it("gives a request its actor's organisation's today", async () => {
    const actor = { organizationId: orgs['Pacific/Pago_Pago']! } as Actor;
    expect(await actorToday(db, actor, new Date('2026-12-06T10:30:00Z'))).toBe('2026-12-05');
    expect(await actorToday(db, actor, new Date('2026-12-06T11:30:00Z'))).toBe('2026-12-06');
  });

  it('computes each organisation its own date in one query, agreeing with todayIn', async () => {
    for (const { at } of cases) {
      const rows = await queryRows<{ organization_id: string; today: string }>(
        db,
        sql`SELECT ot.organization_id, ot.today::text AS today
              FROM (${await organizationTodaysSql(db, { now: new Date(at) })}) ot
             WHERE ot.organization_id IN (${sql.join(
               Object.values(orgs).map((id) => sql`${id}::uuid`),
               sql`, `,
             )})`,
      );
      const byOrg = new Map(rows.map((r) => [r.organization_id, r.today]));
      for (const [label, zone] of Object.entries(zones)) {
        expect(byOrg.get(orgs[label]!), `${label} at ${at}`).toBe(todayIn(zone, new Date(at)));
      }
    }
  });

  it('narrows to one organisation when asked', async () => {
    const rows = await queryRows<{ organization_id: string; today: string }>(
      db,
      sql`SELECT organization_id, today::text AS today
            FROM (${await organizationTodaysSql(db, { organizationId: orgs['Pacific/Auckland']!, now: new Date('2026-09-27T11:30:00Z') })}) ot`,
    );
    expect(rows).toEqual([{ organization_id: orgs['Pacific/Auckland'], today: '2026-09-28' }]);
  });
});
