import { groupedReport, type ReportRequest, type ReportRow } from './report';
import type { Filter } from './types';

export interface DriverHeatmap {
  rowAttribute: string;
  filter: Filter;
  /** Driver columns in question order; every row also carries its eNPS and response count. */
  drivers: string[];
  /** Everyone in the filter (the organisation without one), shown only if it passes the threshold. */
  overall: ReportRow;
  rows: ReportRow[];
}

/**
 * Drivers by department (or any reporting attribute): one row per bucket value, a mean per driver,
 * eNPS and the response count; "below threshold" and "complementary" stay distinct from "no data".
 */
export function driverHeatmap(
  request: ReportRequest & { rowAttribute: string; rowValues?: readonly string[] },
): DriverHeatmap {
  const report = groupedReport({ ...request, attribute: request.rowAttribute, values: request.rowValues });
  return {
    rowAttribute: report.attribute,
    filter: report.filter,
    drivers: report.drivers,
    overall: report.total,
    rows: report.rows,
  };
}
