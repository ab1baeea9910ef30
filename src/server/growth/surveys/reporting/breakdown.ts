import { groupedReport, type ReportRequest, type ReportRow } from './report';
import type { Filter } from './types';

export interface SegmentBreakdown {
  groupBy: string;
  filter: Filter;
  drivers: string[];
  total: ReportRow;
  groups: ReportRow[];
}

/**
 * Per value of `groupBy` (inside the optional filter): head count, driver means and eNPS, with
 * complementary suppression among the siblings and across every other request (plan.ts).
 */
export function segmentBreakdown(
  request: ReportRequest & { groupBy: string; groupValues?: readonly string[] },
): SegmentBreakdown {
  const report = groupedReport({ ...request, attribute: request.groupBy, values: request.groupValues });
  return {
    groupBy: report.attribute,
    filter: report.filter,
    drivers: report.drivers,
    total: report.total,
    groups: report.rows,
  };
}
