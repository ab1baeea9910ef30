import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataClass } from '../../platform/dataClasses/registry';
import { scanForDataClass, textCarriesDataClass } from '../../platform/dataClasses/scanner';
import { createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { calibrationRows } from './matrixRows';
import { addTestMove, addTestReview, addTestSession, createTestCycle } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Classes that must never reach a calibration screen or response (SPEC S1.1). */
const forbiddenClasses: DataClass[] = ['development', 'confidential', 'anonymous', 'talent'];

describe('calibration responses carry performance data only', () => {
  it('no calibration GET response holds development, confidential, anonymous or talent data', async () => {
    const db = server.database.db;
    const cast = await createCast(db);
    const organizationId = cast.org.organizationId;
    const cycleId = await createTestCycle(db, organizationId);
    const reviewIds: string[] = [];
    for (const [subject, rating] of [
      [cast.employee, 4],
      [cast.employee2, 2],
    ] as const) {
      reviewIds.push(
        await addTestReview(db, {
          organizationId,
          cycleId,
          subjectId: subject.id,
          reviewerId: cast.manager.id,
          state: 'in_calibration',
          proposedRating: rating,
        }),
      );
    }
    const sessionId = await addTestSession(db, {
      organizationId,
      cycleId,
      approverIds: [cast.approver.id],
      reviewIds,
    });
    await addTestMove(db, { organizationId, sessionId, reviewId: reviewIds[0]!, from: 4, to: 3 });

    // Every GET but the XLSX download: a zipped workbook has no text to scan, and it is built from
    // the same rows as its CSV twin, which is scanned.
    const paths = calibrationRows
      .filter((row) => row.route.startsWith('GET ') && !row.route.endsWith('.xlsx'))
      .map((row) =>
        row.route
          .slice(4)
          .replace(':sessionId', sessionId)
          .replace(':cycleId', cycleId)
          .replace(':reviewId', reviewIds[0]!),
      );
    expect(paths).toHaveLength(10);
    let scanned = 0;
    for (const person of [cast.hr, cast.approver, cast.manager]) {
      const client = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
      for (const path of paths) {
        const response = await client.get(path);
        if (response.status !== 200) continue;
        scanned++;
        for (const dataClass of forbiddenClasses) {
          expect(scanForDataClass(response.body, dataClass), `${path} as ${person.id}: ${dataClass}`).toEqual(
            [],
          );
          expect(textCarriesDataClass(response.text, dataClass), `${path}: ${dataClass}`).toBe(false);
        }
      }
    }
    // HR reads all ten; the approver the list, the three session reads and the session's two CSV
    // exports; the manager the release view.
    expect(scanned).toBe(17);
  });

  it('a grid card lists exactly its performance fields, nothing more', async () => {
    const db = server.database.db;
    const cast = await createCast(db);
    const cycleId = await createTestCycle(db, cast.org.organizationId);
    const reviewId = await addTestReview(db, {
      organizationId: cast.org.organizationId,
      cycleId,
      subjectId: cast.employee.id,
      reviewerId: cast.manager.id,
      state: 'in_calibration',
    });
    const sessionId = await addTestSession(db, {
      organizationId: cast.org.organizationId,
      cycleId,
      approverIds: [cast.approver.id],
      reviewIds: [reviewId],
    });
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    const grid = await hr.get(`/api/calibration/sessions/${sessionId}/grid`);
    expect(Object.keys(grid.body.cards[0]).sort()).toEqual(
      [
        'calibratedRating',
        'department',
        'manager',
        'moved',
        'overallScore',
        'person',
        'proposedRating',
        'reviewId',
        'version',
      ].sort(),
    );
    expect(Object.keys(grid.body.cards[0].person).sort()).toEqual(['displayName', 'id', 'jobTitle']);
  });
});
