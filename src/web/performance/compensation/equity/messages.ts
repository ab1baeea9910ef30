import type { Messages } from '../../../i18n/types';

/** The pay-equity check on HR's cycle page: `compensation.equity.*` in t(), English and German alike. */
export const equityEn = {
  title: 'Pay equity',
  tab: 'Equity',
  lead: 'Increases and compa-ratios by group before approval, from every proposal that has been submitted (drafts do not count). Groups of fewer than {{min}} people are withheld.',
  noGender:
    'People have no recorded gender in Trellis, so there is no comparison by gender; departments and levels are compared instead.',
  total:
    '{{headcount}} eligible people, {{proposed}} with a proposal: mean increase {{mean}}, median {{median}}; mean compa-ratio {{before}} at launch, {{after}} after the proposals.',
  totalWithheld: 'Fewer than {{min}} people take part in this cycle, so no figures are shown.',
  dimension: { label: 'Group by', department: 'Department', level: 'Level' },
  view: { label: 'Show as', chart: 'Chart', table: 'Table' },
  none: { department: 'No department', level: 'No level' },
  status: {
    small: 'Fewer than {{min}}',
    complementary: 'Withheld',
    noData: 'No data',
  },
  statusHelp: {
    small: 'Fewer than {{min}} people: figures withheld to protect their privacy.',
    complementary: 'Withheld as well, so the small group’s figures cannot be worked out from the total.',
    noData: 'No proposal submitted in this group yet.',
  },
  columns: {
    group: 'Group',
    headcount: 'People',
    proposed: 'Proposed',
    meanIncrease: 'Mean increase',
    medianIncrease: 'Median increase',
    compaBefore: 'Compa-ratio at launch',
    compaAfter: 'Compa-ratio after',
    person: 'Person',
    department: 'Department',
    newBase: 'New base',
    bandMin: 'Band minimum',
    source: 'From',
  },
  increaseChart: {
    title: 'Mean increase by group',
    label:
      'Bar chart of the mean increase by {{dimension}}. Groups marked “fewer than {{min}}” or “withheld” have no bar; the table view lists every figure.',
    series: 'Mean increase %',
  },
  distribution: {
    title: 'Compa-ratio distribution',
    lead: 'How many eligible people fall in each compa-ratio range, at launch and after the proposals.',
    label: 'Bar chart of people per compa-ratio range at launch and after the proposals. {{summary}}',
    bucketSummary: '{{range}}: {{before}} at launch, {{after}} after',
    below: 'below {{to}}',
    between: '{{from}}–{{to}}',
    above: '{{from}} and above',
    range: 'Compa-ratio',
    before: 'At launch',
    after: 'After proposals',
    withheld: 'fewer than {{min}}',
  },
  below: {
    title: 'Below the band minimum after the cycle',
    lead: 'Eligible people whose new base stays below the minimum of their band (the new band for a promotion). Each view is recorded in their access log.',
    count_one: '{{count}} person',
    count_other: '{{count}} people',
    empty: 'Nobody is below their band minimum after the proposals.',
    approverNote_one: '{{count}} person is below their band minimum; HR sees who it is.',
    approverNote_other: '{{count}} people are below their band minimum; HR sees who they are.',
    proposed: 'Proposal',
    unchanged: 'No proposal',
  },
};

export const equityDe: Messages<typeof equityEn> = {
  title: 'Gehaltsgerechtigkeit',
  tab: 'Gerechtigkeit',
  lead: 'Erhöhungen und Compa-Ratios nach Gruppen vor der Genehmigung, aus allen eingereichten Vorschlägen (Entwürfe zählen nicht). Gruppen mit weniger als {{min}} Personen werden nicht gezeigt.',
  noGender:
    'Trellis erfasst kein Geschlecht, daher gibt es keinen Vergleich nach Geschlecht; verglichen werden Abteilungen und Stufen.',
  total:
    '{{headcount}} berechtigte Personen, {{proposed}} mit Vorschlag: mittlere Erhöhung {{mean}}, Median {{median}}; mittlere Compa-Ratio {{before}} beim Start, {{after}} nach den Vorschlägen.',
  totalWithheld:
    'An dieser Runde nehmen weniger als {{min}} Personen teil, daher werden keine Zahlen gezeigt.',
  dimension: { label: 'Gruppieren nach', department: 'Abteilung', level: 'Stufe' },
  view: { label: 'Anzeigen als', chart: 'Diagramm', table: 'Tabelle' },
  none: { department: 'Ohne Abteilung', level: 'Ohne Stufe' },
  status: {
    small: 'Weniger als {{min}}',
    complementary: 'Zurückgehalten',
    noData: 'Keine Daten',
  },
  statusHelp: {
    small: 'Weniger als {{min}} Personen: Zahlen zum Schutz ihrer Privatsphäre zurückgehalten.',
    complementary:
      'Ebenfalls zurückgehalten, damit sich die Zahlen der kleinen Gruppe nicht aus der Summe errechnen lassen.',
    noData: 'In dieser Gruppe wurde noch kein Vorschlag eingereicht.',
  },
  columns: {
    group: 'Gruppe',
    headcount: 'Personen',
    proposed: 'Mit Vorschlag',
    meanIncrease: 'Mittlere Erhöhung',
    medianIncrease: 'Median der Erhöhung',
    compaBefore: 'Compa-Ratio beim Start',
    compaAfter: 'Compa-Ratio danach',
    person: 'Person',
    department: 'Abteilung',
    newBase: 'Neues Grundgehalt',
    bandMin: 'Bandminimum',
    source: 'Aus',
  },
  increaseChart: {
    title: 'Mittlere Erhöhung nach Gruppe',
    label:
      'Balkendiagramm der mittleren Erhöhung nach {{dimension}}. Gruppen mit „weniger als {{min}}“ oder „zurückgehalten“ haben keinen Balken; die Tabellenansicht zeigt alle Zahlen.',
    series: 'Mittlere Erhöhung %',
  },
  distribution: {
    title: 'Verteilung der Compa-Ratio',
    lead: 'Wie viele berechtigte Personen in jedem Compa-Ratio-Bereich liegen, beim Start und nach den Vorschlägen.',
    label:
      'Balkendiagramm der Personen je Compa-Ratio-Bereich beim Start und nach den Vorschlägen. {{summary}}',
    bucketSummary: '{{range}}: {{before}} beim Start, {{after}} danach',
    below: 'unter {{to}}',
    between: '{{from}}–{{to}}',
    above: '{{from}} und mehr',
    range: 'Compa-Ratio',
    before: 'Beim Start',
    after: 'Nach den Vorschlägen',
    withheld: 'weniger als {{min}}',
  },
  below: {
    title: 'Unter dem Bandminimum nach der Runde',
    lead: 'Berechtigte Personen, deren neues Grundgehalt unter dem Minimum ihres Bandes bleibt (bei einer Beförderung des neuen Bandes). Jede Ansicht wird in ihrem Zugriffsprotokoll vermerkt.',
    count_one: '{{count}} Person',
    count_other: '{{count}} Personen',
    empty: 'Nach den Vorschlägen liegt niemand unter dem Minimum seines Bandes.',
    approverNote_one: '{{count}} Person liegt unter ihrem Bandminimum; HR sieht, wer es ist.',
    approverNote_other: '{{count}} Personen liegen unter ihrem Bandminimum; HR sieht, wer sie sind.',
    proposed: 'Vorschlag',
    unchanged: 'Kein Vorschlag',
  },
};
