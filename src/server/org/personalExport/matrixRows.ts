import { type MatrixRow, rel, signedIn } from '../../platform/policy/matrix/types';

const request = () => ({
  reference: 'REQ-1',
  reason: 'The person asked for a copy of their data in writing.',
});

/**
 * Personal data export. The archive stores its entries uncompressed, so the matrix's body scan reads
 * the JSON inside the ZIP like any other body: the own download may carry every class the person
 * reads about themselves — their development records, their private 1:1 notes (confidential), their
 * thresholded 360 report (anonymous), their pay (compensation) — and HR's export on request none of
 * the first three (performance, pay and profile records only, see `withheldFromHr`).
 */
export const personalExportRows: MatrixRow[] = [
  {
    route: 'GET /api/me/export',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*', confidential: '*', anonymous: '*', compensation: '*' },
  },
  {
    route: 'POST /api/people/:personId/exports',
    target: 'person',
    body: request,
    // HR only, and never their own (that is "Download my data"); other roles 403 before any lookup.
    expect: { ...signedIn(403), hr_admin: rel(403, 200, 200, 404) },
    // HR reads pay (SPEC S1 `compensation`), so the person's pay records are in HR's archive; talent
    // records (succession plans, talent reviews) the person never sees are listed apart for HR's
    // review before anything is handed over (anchors 12, DSAR).
    carries: { compensation: 'hr_admin', talent: 'hr_admin' },
  },
];
