import { cutEnps, driverMeans, driversOf } from './measures';
import { lookupCut, publicationPlan } from './plan';
import type {
  AnonymityRules,
  CountCell,
  DriverQuestion,
  EnpsCell,
  Filter,
  HiddenState,
  MeanCell,
  ResponseRecord,
} from './types';

/** One group of a report: its head count, a mean per driver and its eNPS, each shown or withheld. */
export interface ReportRow {
  /** The group's value of the grouping attribute; null for the total row (the filter, or everyone). */
  value: string | null;
  count: CountCell;
  drivers: Record<string, MeanCell>;
  enps: EnpsCell;
}

export interface ReportRequest {
  responses: readonly ResponseRecord[];
  questions: readonly DriverQuestion[];
  rules: AnonymityRules;
  filter?: Filter;
}

export interface GroupedReport {
  attribute: string;
  filter: Filter;
  drivers: string[];
  /** The whole filtered population (everyone without a filter), shown only if it passes. */
  total: ReportRow;
  /** One row per value of the grouping attribute, sorted by value. */
  rows: ReportRow[];
}

/**
 * Rows for every value of `attribute` inside `filter`, read from the round's publication plan.
 * `values` adds groups with no respondents (a department nobody answered from shows "no data").
 */
export function groupedReport(
  request: ReportRequest & { attribute: string; values?: readonly string[] },
): GroupedReport {
  const filter = request.filter ?? {};
  const plan = publicationPlan(request.responses, request.rules);
  const drivers = driversOf(request.questions);
  const rowOf = (value: string | null, groupFilter: Filter | null): ReportRow => {
    if (!groupFilter) return hiddenRow(value, drivers, 'refused');
    const found = lookupCut(plan, groupFilter);
    if (found.state === 'no_data') return noDataRow(value, drivers);
    if (found.state !== 'shown') return hiddenRow(value, drivers, found.state);
    return {
      value,
      count: { state: 'shown', n: found.cut.n },
      drivers: driverMeans(plan.table, found.cut, request.questions),
      enps: cutEnps(plan.table, found.cut, plan.rules),
    };
  };
  // Grouping by an attribute the filter already fixes is not a breakdown; refuse it.
  const groupable = !(request.attribute in filter);
  const values = [
    ...new Set([...(plan.table.values.get(request.attribute) ?? []), ...(request.values ?? [])]),
  ];
  return {
    attribute: request.attribute,
    filter,
    drivers,
    total: rowOf(null, filter),
    rows: values
      .sort()
      .map((value) => rowOf(value, groupable ? { ...filter, [request.attribute]: value } : null)),
  };
}

function hiddenRow(value: string | null, drivers: readonly string[], state: HiddenState): ReportRow {
  return {
    value,
    count: { state },
    drivers: Object.fromEntries(drivers.map((driver) => [driver, { state }])),
    enps: { state },
  };
}

function noDataRow(value: string | null, drivers: readonly string[]): ReportRow {
  const state = 'no_data' as const;
  return {
    value,
    count: { state },
    drivers: Object.fromEntries(drivers.map((driver) => [driver, { state }])),
    enps: { state },
  };
}
