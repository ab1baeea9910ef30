import type { Messages } from '../../i18n/types';

/** English strings of the metric card (analytics, pulse surveys); wired in as `metricCard.*`. */
export const metricCardEn = {
  view: { label: 'Show as', chart: 'Chart', table: 'Table' },
  csv: 'CSV',
  csvLabel: 'Download “{{title}}” as CSV',
  asOf: 'As of {{time}}',
  notComputed: 'Not computed yet',
  howCalculated: 'How is this calculated?',
  technical: 'Formula: {{formula}}',
  threshold:
    'Groups of fewer than {{min}} people are hidden, and so is any figure from which a hidden one could be worked out.',
  group: 'Group',
  total: 'Overall',
  totalWithN: 'Overall (n = {{n}})',
  people: 'People (n)',
  cell: {
    belowThreshold: 'Below threshold (fewer than {{min}})',
    complementary: 'Hidden to protect a small group',
    noData: 'No data',
    withN: '{{value}} (n = {{n}})',
  },
  hiddenBar: 'Withheld (small group)',
  hiddenNote: 'Hidden to protect small groups: {{cells}}',
  hiddenCell: '{{row}} · {{column}}',
  chartLabel: '{{title}}: chart. Every figure is also in the table view.',
  legend: 'Legend',
  empty: 'No figures yet for this selection.',
  omitted: 'Showing the largest groups; {{count}} more are in the CSV.',
};

export const metricCardDe: Messages<typeof metricCardEn> = {
  view: { label: 'Anzeigen als', chart: 'Diagramm', table: 'Tabelle' },
  csv: 'CSV',
  csvLabel: '„{{title}}“ als CSV herunterladen',
  asOf: 'Stand {{time}}',
  notComputed: 'Noch nicht berechnet',
  howCalculated: 'Wie wird das berechnet?',
  technical: 'Formel: {{formula}}',
  threshold:
    'Gruppen mit weniger als {{min}} Personen werden ausgeblendet, ebenso jede Zahl, aus der sich eine ausgeblendete errechnen ließe.',
  group: 'Gruppe',
  total: 'Gesamt',
  totalWithN: 'Gesamt (n = {{n}})',
  people: 'Personen (n)',
  cell: {
    belowThreshold: 'Unter der Schwelle (weniger als {{min}})',
    complementary: 'Ausgeblendet zum Schutz einer kleinen Gruppe',
    noData: 'Keine Daten',
    withN: '{{value}} (n = {{n}})',
  },
  hiddenBar: 'Ausgeblendet (kleine Gruppe)',
  hiddenNote: 'Zum Schutz kleiner Gruppen ausgeblendet: {{cells}}',
  hiddenCell: '{{row}} · {{column}}',
  chartLabel: '{{title}}: Diagramm. Alle Zahlen stehen auch in der Tabellenansicht.',
  legend: 'Legende',
  empty: 'Für diese Auswahl gibt es noch keine Zahlen.',
  omitted: 'Gezeigt werden die größten Gruppen; {{count}} weitere stehen in der CSV-Datei.',
};
