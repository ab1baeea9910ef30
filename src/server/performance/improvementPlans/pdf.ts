import type { PipDetail, PipResponse, PipRevision } from '../../../contracts/improvementPlans';
import { createPdf } from '../../platform/pdf/document';

type Locale = 'en' | 'de';

const words = {
  en: {
    title: (name: string) => `Performance improvement plan: ${name}`,
    employee: 'Employee',
    manager: 'Manager',
    state: 'State',
    start: 'Start',
    end: 'End',
    originalEnd: 'End as published',
    published: 'Published',
    outcome: 'Outcome',
    rationale: 'Rationale',
    reason: 'Reason',
    expectations: 'Expectations',
    statement: 'Expectation',
    measure: 'Measure',
    evidence: 'Evidence',
    due: 'Due',
    support: 'Support offered',
    kind: 'Kind',
    description: 'Description',
    checkIns: 'Check-ins',
    date: 'Date',
    status: 'Status',
    summary: 'Summary',
    notes: 'Notes',
    history: 'History',
    responses: 'Responses from the employee',
    noResponses: 'No responses.',
    acknowledged: (at: string) => `Acknowledged on ${at}.`,
    notAcknowledged: 'Not acknowledged yet.',
    revision: (n: number, kind: string, at: string, by: string) =>
      `Revision ${n}: ${kind} on ${at}${by ? ` by ${by}` : ''}`,
    changed: (sections: string) => `Changed: ${sections}`,
    withRevision: (n: number) => `(with the acknowledgement of revision ${n})`,
    footer: (audience: string) => `Confidential · ${audience}`,
    page: (p: number, n: number) => `Page ${p} of ${n}`,
    audiences: { hr: 'HR view', manager: 'Manager view', employee: 'Employee view' },
    states: {
      draft: 'Draft',
      active: 'Awaiting acknowledgement',
      acknowledged: 'Acknowledged',
      paused: 'Paused (changed, awaiting acknowledgement)',
      extended: 'Extended (awaiting acknowledgement)',
      closed: 'Closed',
    },
    outcomes: { successful: 'Successful', unsuccessful: 'Unsuccessful', cancelled: 'Cancelled' },
    supportKinds: { training: 'Training', manager_time: 'Manager time', resource: 'Resource' },
    checkInStatus: { upcoming: 'Upcoming', recorded: 'Recorded', missed: 'Missed' },
    revisionKinds: { published: 'published', edited: 'edited', extended: 'extended', closed: 'closed' },
    sections: {
      reason: 'Reason',
      dates: 'Dates',
      expectations: 'Expectations',
      support: 'Support',
      checkInSchedule: 'Check-in schedule',
    },
  },
  de: {
    title: (name: string) => `Leistungsverbesserungsplan: ${name}`,
    employee: 'Mitarbeiter:in',
    manager: 'Führungskraft',
    state: 'Status',
    start: 'Beginn',
    end: 'Ende',
    originalEnd: 'Ende bei Veröffentlichung',
    published: 'Veröffentlicht',
    outcome: 'Ergebnis',
    rationale: 'Begründung',
    reason: 'Grund',
    expectations: 'Erwartungen',
    statement: 'Erwartung',
    measure: 'Messgröße',
    evidence: 'Nachweis',
    due: 'Fällig',
    support: 'Angebotene Unterstützung',
    kind: 'Art',
    description: 'Beschreibung',
    checkIns: 'Zwischengespräche',
    date: 'Datum',
    status: 'Status',
    summary: 'Zusammenfassung',
    notes: 'Notizen',
    history: 'Verlauf',
    responses: 'Stellungnahmen der Mitarbeiterin oder des Mitarbeiters',
    noResponses: 'Keine Stellungnahmen.',
    acknowledged: (at: string) => `Bestätigt am ${at}.`,
    notAcknowledged: 'Noch nicht bestätigt.',
    revision: (n: number, kind: string, at: string, by: string) =>
      `Fassung ${n}: ${kind} am ${at}${by ? ` von ${by}` : ''}`,
    changed: (sections: string) => `Geändert: ${sections}`,
    withRevision: (n: number) => `(mit der Bestätigung von Fassung ${n})`,
    footer: (audience: string) => `Vertraulich · ${audience}`,
    page: (p: number, n: number) => `Seite ${p} von ${n}`,
    audiences: { hr: 'Ansicht HR', manager: 'Ansicht Führungskraft', employee: 'Ansicht Mitarbeiter:in' },
    states: {
      draft: 'Entwurf',
      active: 'Wartet auf Bestätigung',
      acknowledged: 'Bestätigt',
      paused: 'Pausiert (geändert, wartet auf Bestätigung)',
      extended: 'Verlängert (wartet auf Bestätigung)',
      closed: 'Abgeschlossen',
    },
    outcomes: { successful: 'Erfolgreich', unsuccessful: 'Nicht erfolgreich', cancelled: 'Abgebrochen' },
    supportKinds: { training: 'Schulung', manager_time: 'Zeit der Führungskraft', resource: 'Hilfsmittel' },
    checkInStatus: { upcoming: 'Anstehend', recorded: 'Festgehalten', missed: 'Verpasst' },
    revisionKinds: {
      published: 'veröffentlicht',
      edited: 'geändert',
      extended: 'verlängert',
      closed: 'abgeschlossen',
    },
    sections: {
      reason: 'Grund',
      dates: 'Zeitraum',
      expectations: 'Erwartungen',
      support: 'Unterstützung',
      checkInSchedule: 'Termine der Zwischengespräche',
    },
  },
} as const;

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

/**
 * The plan and its history as a PDF, built from the reader's own presented view (`presentPlan`,
 * `presentRevisions`): exactly what their screen shows, so a section hidden from them, or the reason
 * when HR keeps it from the employee, is not in the file either. In the reader's language.
 */
export function planPdf(
  view: { plan: PipDetail; revisions: PipRevision[]; responses: PipResponse[] },
  options: { locale: string; compress?: boolean },
): Promise<Buffer> {
  const locale: Locale = options.locale === 'de' ? 'de' : 'en';
  const w = words[locale];
  const { plan } = view;
  const pdf = createPdf({
    title: w.title(plan.employee.displayName),
    footer: w.footer(w.audiences[plan.audience]),
    pageLabel: w.page,
    compress: options.compress,
  });
  pdf.fields([
    [w.employee, plan.employee.displayName],
    ...(plan.manager ? ([[w.manager, plan.manager.displayName]] as [string, string][]) : []),
    [w.state, w.states[plan.state]],
    [w.start, plan.startDate],
    [w.end, plan.endDate],
    ...(plan.originalEndDate && plan.originalEndDate !== plan.endDate
      ? ([[w.originalEnd, plan.originalEndDate]] as [string, string][])
      : []),
    ...(plan.publishedAt ? ([[w.published, day(plan.publishedAt)]] as [string, string][]) : []),
  ]);
  if (plan.outcome) {
    pdf.heading(w.outcome).fields([[w.outcome, w.outcomes[plan.outcome]]]);
    if (plan.outcomeRationale) pdf.paragraph(plan.outcomeRationale);
  }
  if (plan.reason !== undefined) pdf.heading(w.reason).paragraph(plan.reason);
  if (plan.expectations)
    pdf.heading(w.expectations).table({
      columns: [w.statement, w.measure, w.evidence, w.due],
      widths: [3, 3, 3, 1.4],
      rows: plan.expectations.items.map((e) => [e.statement, e.measure, e.evidence, e.dueOn]),
    });
  if (plan.support)
    pdf.heading(w.support).table({
      columns: [w.kind, w.description],
      widths: [1, 4],
      rows: plan.support.items.map((s) => [w.supportKinds[s.kind], s.description]),
    });
  if (plan.checkIns)
    pdf.heading(w.checkIns).table({
      columns: [w.date, w.status, w.summary, w.notes],
      widths: [1.3, 1.3, 4, 4],
      rows: plan.checkIns.items.map((c) => [
        c.scheduledOn,
        w.checkInStatus[c.status],
        c.summary,
        c.notes ?? '',
      ]),
    });
  pdf.heading(w.history);
  for (const revision of [...view.revisions].sort((a, b) => a.number - b.number)) {
    pdf.heading(
      w.revision(
        revision.number,
        w.revisionKinds[revision.kind],
        day(revision.at),
        revision.by?.displayName ?? '',
      ),
      2,
    );
    if (revision.kind !== 'published' && revision.changes.length > 0)
      pdf.paragraph(w.changed(revision.changes.map((change) => w.sections[change.section]).join(', ')));
    if (revision.kind !== 'closed')
      pdf.paragraph(
        revision.acknowledgedAt ? w.acknowledged(day(revision.acknowledgedAt)) : w.notAcknowledged,
        {
          muted: true,
        },
      );
  }
  pdf.heading(w.responses);
  if (view.responses.length === 0) pdf.paragraph(w.noResponses, { muted: true });
  for (const response of [...view.responses].reverse()) {
    pdf.heading(
      `${day(response.createdAt)}${response.withRevision ? ` ${w.withRevision(response.withRevision)}` : ''}`,
      2,
    );
    pdf.paragraph(response.body);
  }
  return pdf.toBuffer();
}
