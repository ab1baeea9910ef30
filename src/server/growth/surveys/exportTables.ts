import type {
  ReportGroup,
  SurveyBreakdown,
  SurveyDriver,
  SurveyHeatmap,
  TenureBand,
} from '../../../contracts/surveys';
import { tenureBands } from '../../../contracts/surveys';
import type { ExportColumn } from '../../platform/export/table';

/**
 * A round's result downloads (issue 14): the heatmap and the breakdown exactly as the results
 * screen gets them. Each line is presented from the very report the JSON route answers (the
 * engine's publication plan), so a withheld cell stays withheld: it is written as words, never as
 * a number, and comments are never exported. Headers are English, like every other export.
 */

/** One line of a results table: the group's name, a mean per driver, eNPS and the answer count. */
export type SurveyLine = Record<string, string | number | null>;

/** Why a figure is missing, in words a spreadsheet reader cannot mistake for a score. */
export const withheldText = {
  below_threshold: 'below threshold',
  complementary: 'withheld (complementary)',
  refused: 'not published',
  no_data: 'no data',
} as const;

const driverHeaders: Record<SurveyDriver, string> = {
  recognition: 'Recognition',
  growth: 'Growth',
  manager_support: 'Manager support',
  workload: 'Workload',
  belonging: 'Belonging',
  alignment: 'Alignment',
  autonomy: 'Autonomy',
  wellbeing: 'Wellbeing',
};

const tenureLabels: Record<TenureBand, string> = {
  under_1y: 'Under 1 year',
  '1_2y': '1 to 2 years',
  '2_5y': '2 to 5 years',
  '5y_plus': '5 years and more',
};

/** Everyone in view, as the screen's total row says. */
export const OVERALL_LABEL = 'Everyone in view';

/** Two decimals: finer than the screen's one, so the file does not add a rounding of its own. */
const mean = (value: number) => Math.round(value * 100) / 100;

/** Columns of a table over these drivers: the group, a mean per driver, eNPS and the answers. */
export function surveyColumns(groupHeader: string, drivers: readonly SurveyDriver[]) {
  const columns: ExportColumn<SurveyLine>[] = [
    { key: 'group', header: groupHeader },
    ...drivers.map((driver) => ({
      key: `driver.${driver}`,
      header: driverHeaders[driver],
      numeric: true,
      numFmt: '0.00',
    })),
    { key: 'enps', header: 'eNPS', numeric: true },
    { key: 'responses', header: 'Responses', numeric: true },
  ];
  return columns;
}

/** A report group as a line (pure): shown figures as numbers, anything else as its reason in words. */
export function surveyLineOf(
  group: ReportGroup,
  drivers: readonly SurveyDriver[],
  label: string,
): SurveyLine {
  const line: SurveyLine = { group: label };
  for (const driver of drivers) {
    const cell = group.cells.find((c) => c.driver === driver)?.cell ?? { state: 'no_data' as const };
    line[`driver.${driver}`] = cell.state === 'shown' ? mean(cell.mean) : withheldText[cell.state];
  }
  line.enps = group.enps.state === 'shown' ? group.enps.score : withheldText[group.enps.state];
  line.responses = group.count.state === 'shown' ? group.count.n : withheldText[group.count.state];
  return line;
}

/** Departments by name, the group without a department last (the screen's order). */
function byDepartmentName(a: ReportGroup, b: ReportGroup) {
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return (a.label ?? '').localeCompare(b.label ?? '');
}

const departmentLabel = (group: ReportGroup) => group.label ?? 'No department';

/** The heatmap: one line per department, then everyone in view. */
export function heatmapTable(heatmap: SurveyHeatmap) {
  return {
    columns: surveyColumns('Department', heatmap.drivers),
    rows: [
      ...[...heatmap.rows]
        .sort(byDepartmentName)
        .map((row) => surveyLineOf(row, heatmap.drivers, departmentLabel(row))),
      surveyLineOf(heatmap.overall, heatmap.drivers, OVERALL_LABEL),
    ],
  };
}

/** The breakdown: one line per segment (tenure bands in order, departments by name), then the total. */
export function breakdownTable(breakdown: SurveyBreakdown) {
  const tenure = breakdown.groupBy === 'tenure';
  const rank = (group: ReportGroup) =>
    group.key === null ? Number.MAX_SAFE_INTEGER : tenureBands.indexOf(group.key as TenureBand);
  const segments = [...breakdown.segments].sort(tenure ? (a, b) => rank(a) - rank(b) : byDepartmentName);
  const labelOf = (group: ReportGroup) =>
    tenure
      ? group.key
        ? (tenureLabels[group.key as TenureBand] ?? group.key)
        : 'Hire date unknown'
      : departmentLabel(group);
  return {
    columns: surveyColumns(tenure ? 'Tenure' : 'Department', breakdown.drivers),
    rows: [
      ...segments.map((group) => surveyLineOf(group, breakdown.drivers, labelOf(group))),
      surveyLineOf(breakdown.total, breakdown.drivers, OVERALL_LABEL),
    ],
  };
}
