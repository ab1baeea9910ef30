import type { Catalogue, Chrome } from './params';

const t = (title: string, body = '') => ({ title, body });

export const deChrome: Chrome = {
  someone: 'Jemand',
  erasedPerson: 'Eine gelöschte Person',
  openInTrellis: 'In Trellis öffnen:',
  signature: '— Trellis',
};

const reminderTitles = {
  self_review: (cycle: string, due: string) => `Ihre Selbsteinschätzung für ${cycle} ist am ${due} fällig`,
  peer_input: (cycle: string, due: string) =>
    `Der Peer-Beitrag, um den Sie in ${cycle} gebeten wurden, ist am ${due} fällig`,
  manager_review: (cycle: string, due: string) =>
    `Die Beurteilungen durch Führungskräfte für ${cycle} sind am ${due} fällig`,
  release: (cycle: string, due: string) =>
    `Kalibrierte Beurteilungen in ${cycle} können bis zum ${due} freigegeben werden`,
  acknowledgment: (cycle: string, due: string) =>
    `Bitte lesen und bestätigen Sie Ihre Beurteilung für ${cycle} bis zum ${due}`,
} as const;

/** German texts of every notification kind, keyed by kind like the English ones. */
export const de: Catalogue = {
  'account.password_changed': () =>
    t(
      'Ihr Trellis-Passwort wurde geändert',
      'Ihr Passwort wurde über einen Link zum Zurücksetzen geändert, und alle Sitzungen wurden abgemeldet. Falls Sie das nicht waren, setzen Sie Ihr Passwort erneut zurück und informieren Sie Ihre Administration.',
    ),
  'privacy.data_exported': () =>
    t(
      'HR hat Ihre personenbezogenen Daten auf schriftliche Anfrage exportiert',
      'Wer den Export wann und warum ausgeführt hat, steht in Ihrem Zugriffsprotokoll.',
    ),

  'feedback.requested': (p, f) => t(`${f.person(p.name)} bittet Sie um Feedback`),
  'feedback.declined': (p, f) => t(`${f.person(p.name)} hat Ihre Feedback-Anfrage abgelehnt`),
  'feedback.received': (p, f) =>
    t(
      p.praise
        ? `${f.person(p.name)} hat Ihnen ein Lob geschickt`
        : `${f.person(p.name)} hat Ihnen Feedback geschickt`,
    ),
  'review.self_review_open': (p, f) =>
    t(
      `Ihre Selbsteinschätzung für ${p.cycle} ist geöffnet`,
      `Bitte reichen Sie sie bis zum ${f.date(p.due)} ein.`,
    ),
  'review.manager_reviews_assigned': (p, f) =>
    t(
      `Sie haben in ${p.cycle} ${p.count} ${p.count === 1 ? 'Beurteilung' : 'Beurteilungen'} zu schreiben`,
      `Die Beurteilungen durch Führungskräfte sind bis zum ${f.date(p.due)} fällig.`,
    ),
  'review.reviewer_assigned': () => t('Sie wurden gebeten, eine Beurteilung zu schreiben'),
  'review.reviewer_changed_manager': (p, f) =>
    t(
      `${f.person(p.name)} hat während ${p.cycle} eine neue Führungskraft`,
      'Die Beurteilung bleibt bei der Führungskraft, die beim Start zuständig war. Weisen Sie sie neu zu, wenn das nicht mehr passt.',
    ),
  'review.self_review_submitted': (p, f) =>
    t(`${f.person(p.name, 'Eine teilnehmende Person')} hat die Selbsteinschätzung eingereicht`),
  'review.peer_input_requested': (p, f) =>
    t(
      'Sie wurden um einen Beitrag zu den Ergebnissen einer Kollegin oder eines Kollegen gebeten',
      p.due ? `Bitte antworten Sie bis zum ${f.date(p.due)}.` : '',
    ),
  'review.peer_input_submitted': (p, f) =>
    t(`Ein Peer-Beitrag zu ${f.person(p.name, 'einer teilnehmenden Person')} ist eingegangen`),
  'review.form_reopened': () =>
    t(
      'HR hat ein von Ihnen eingereichtes Beurteilungsformular wieder geöffnet',
      'Öffnen Sie das Formular, um den Grund zu lesen und Ihre Änderungen vorzunehmen.',
    ),
  'review.reminder': (p, f) => t(reminderTitles[p.phase](p.cycle, f.date(p.due))),
  'review.released': () =>
    t(
      'Ihre Leistungsbeurteilung kann gelesen werden',
      'Ihre Führungskraft hat Ihre Beurteilung freigegeben. Lesen und bestätigen Sie sie in Trellis.',
    ),
  'review.acknowledged': (p, f) => t(`${f.person(p.name)} hat die Beurteilung bestätigt`),
  'calibration.assigned': (p) =>
    t(`Sie wurden der Kalibrierungsrunde „${p.session}“ als freigebende Person zugeordnet`),
  'calibration.sign_off_withdrawn': (p) =>
    t(
      p.count === 1
        ? `${p.session}: Eine verspätete Beurteilung ist hinzugekommen, bitte geben Sie erneut frei`
        : `${p.session}: ${p.count} verspätete Beurteilungen sind hinzugekommen, bitte geben Sie erneut frei`,
      'Ihre Freigabe galt nur für die Beurteilungen, die Sie gesehen hatten, und wurde deshalb zurückgenommen. Prüfen Sie das Raster erneut und geben Sie noch einmal frei.',
    ),
  'calibration.locked': (p) =>
    t(`Die Kalibrierung „${p.session}“ ist abgeschlossen: Sie können Ihre Beurteilungen freigeben`),
  'improvement_plan.published': () =>
    t(
      'Ein Leistungsverbesserungsplan wurde mit Ihnen geteilt',
      'Bitte lesen Sie ihn und bestätigen Sie, dass Sie ihn gelesen haben. Bestätigen heißt nicht zustimmen: Sie können eine Stellungnahme in Ihren eigenen Worten hinzufügen.',
    ),
  'improvement_plan.changed': (p, f) =>
    t(
      p.extended
        ? `Ihr Leistungsverbesserungsplan wurde bis zum ${f.date(p.endDate)} verlängert`
        : 'Ihr Leistungsverbesserungsplan wurde geändert',
      'Öffnen Sie ihn, um zu sehen, was sich geändert hat, und bestätigen Sie, dass Sie ihn gelesen haben.',
    ),
  'improvement_plan.acknowledged': (p, f) =>
    t(
      p.withResponse
        ? `${f.person(p.name)} hat den Leistungsverbesserungsplan bestätigt und eine Stellungnahme hinzugefügt`
        : `${f.person(p.name)} hat den Leistungsverbesserungsplan bestätigt`,
    ),
  'improvement_plan.response_added': (p, f) =>
    t(`${f.person(p.name)} hat eine Stellungnahme zum Leistungsverbesserungsplan hinzugefügt`),
  'improvement_plan.check_in_missed': (p, f) =>
    t(
      `Das Zwischengespräch zum Leistungsverbesserungsplan mit ${f.person(p.name)} am ${f.date(p.due)} wurde nicht festgehalten`,
      'Halten Sie es fest, oder sprechen Sie mit HR, falls es nicht stattgefunden hat.',
    ),
  'improvement_plan.check_in_overdue': (p, f) =>
    t(
      `Ein Zwischengespräch zum Leistungsverbesserungsplan von ${f.person(p.name)} (${f.date(p.due)}) ist noch immer nicht festgehalten`,
      'Die Führungskraft wurde vor drei Tagen erinnert.',
    ),
  'improvement_plan.closed': (p, f) =>
    t(
      p.owner === null
        ? 'Ihr Leistungsverbesserungsplan wurde abgeschlossen'
        : `Der Leistungsverbesserungsplan von ${f.person(p.owner)} wurde abgeschlossen`,
      'Der Plan und sein Verlauf können als PDF heruntergeladen werden.',
    ),

  'aspiration.shared': (p, f) => t(`${f.person(p.name)} hat einen Karrierewunsch mit Ihnen geteilt`),
  'career_conversation.scheduled': (p, f) =>
    t(
      `${f.person(p.name)} hat ein Karrieregespräch mit Ihnen geplant`,
      `Es findet am ${f.dateTime(p.at)} statt.`,
    ),
  'career_conversation.rescheduled': (p, f) =>
    t(
      `${f.person(p.name)} hat Ihr Karrieregespräch verschoben`,
      `Es findet jetzt am ${f.dateTime(p.at)} statt.`,
    ),
  'career_conversation.cancelled': (p, f) => t(`${f.person(p.name)} hat Ihr Karrieregespräch abgesagt`),
  'paths.manager_assessment': () =>
    t('Ihre Führungskraft hat Ihrem Karrierepfad eine Entwicklungseinschätzung hinzugefügt'),
  'learning.certification_expiring': (p, f) =>
    t(
      `Eine Ihrer Zertifizierungen läuft am ${f.date(p.expires)} ab`,
      'Planen Sie die Erneuerung rechtzeitig: Auf Ihrer Lernseite sehen Sie, um welche es geht.',
    ),
  'development_plan.shared': (p, f) =>
    t(`${f.person(p.name, 'Eine Person aus Ihrem Team')} hat einen Entwicklungsplan mit Ihnen geteilt`),
  'development_plan.nudge': (p, f) =>
    p.forManager
      ? t(
          `Ein Entwicklungsplan, den ${f.person(p.owner)} mit Ihnen geteilt hat, wurde seit ${p.days} Tagen nicht aktualisiert`,
          'Sie könnten im nächsten 1:1 danach fragen.',
        )
      : t(
          `Ihr Entwicklungsplan wurde seit ${p.days} Tagen nicht aktualisiert`,
          'Fügen Sie eine Fortschrittsnotiz hinzu oder aktualisieren Sie eine Maßnahme, damit es weitergeht.',
        ),
  'feedback360.program_started': (p, f) =>
    t(
      `${f.person(p.name)} hat ein 360°-Feedback für Ihre Entwicklung gestartet: Wählen Sie aus, von wem Sie hören möchten`,
    ),
  'feedback360.approval_requested': (p, f) =>
    t(`${f.person(p.name)} bittet Sie, die Feedbackgebenden für das 360°-Feedback zu genehmigen`),
  'feedback360.nominations_returned': () =>
    t('Ihre Führungskraft bittet Sie, einige Feedbackgebende für Ihr 360°-Feedback zu ändern'),
  'feedback360.closed': (p) =>
    t(
      p.viaCoach
        ? 'Ihr 360°-Feedback ist abgeschlossen; Ihr Coach geht den Bericht mit Ihnen durch'
        : 'Ihr 360°-Bericht ist fertig',
    ),
  'feedback360.ready_for_coach': (p, f) =>
    t(`Der 360°-Bericht von ${f.person(p.name)} ist bereit, von Ihnen vorbereitet und freigegeben zu werden`),
  'feedback360.released': () => t('Ihr Coach hat Ihren 360°-Bericht freigegeben'),
  'coaching.requested': (p, f) =>
    t(
      p.chemistry
        ? `${f.person(p.name)} möchte vor der Wahl eines Coaches ein Kennenlerngespräch mit Ihnen`
        : `${f.person(p.name)} hat Sie gebeten, Coach zu sein`,
    ),
  'coaching.accepted': (p, f) =>
    t(
      p.awaitingApproval
        ? `${f.person(p.name)} hat Ihre Coaching-Anfrage angenommen; HR bestätigt den Start`
        : `${f.person(p.name)} hat Ihre Coaching-Anfrage angenommen`,
    ),
  'coaching.declined': (p, f) =>
    t(
      `${f.person(p.name)} kann Ihre Coaching-Anfrage nicht annehmen`,
      'Sie können einen anderen Coach aus dem Pool anfragen.',
    ),
  'coaching.approval_requested': () => t('Ein Coaching wartet auf Ihre Freigabe zum Start'),
  'coaching.stalled': (p) =>
    t(
      `Ihr Coaching hatte seit ${p.days} Tagen keine Sitzung`,
      'Wenn es Ihnen weiter hilft, vereinbaren Sie die nächste Sitzung mit Ihrem Coach.',
    ),
  'coaching.invited': () =>
    t(
      'Sie sind eingeladen, Coaching auszuprobieren',
      'Sie entscheiden: Niemand erfährt, ob Sie es annehmen.',
    ),
  'coaching.summary_shared': (p, f) =>
    t(`${f.person(p.name)} hat eine Coaching-Zusammenfassung mit Ihnen geteilt`),
  'feedback360.invited': (p, f) =>
    t(
      p.self
        ? 'Ihr 360°-Feedback hat begonnen: Ergänzen Sie Ihre eigene Sicht'
        : `${f.person(p.name)} bittet Sie um Feedback für die eigene Entwicklung (360°, anonym)`,
    ),
  'feedback360.reminder': (p, f) =>
    t(`Erinnerung: ${f.person(p.name)} würde sich bis zum ${f.date(p.due)} über Ihr 360°-Feedback freuen`),
  'survey.invited': (p, f) =>
    t(`Pulsbefragung: ${p.survey}`, `Ihre Antworten sind anonym. Offen bis ${f.date(p.due)}.`),
  'mentoring.match_proposed': (p, f) =>
    t(`${f.person(p.name)} möchte Sie als Mentor*in`, `Bitte antworten Sie bis ${f.dateTime(p.due)}.`),
  'mentoring.match_answered': (p, f) =>
    t(
      p.accepted
        ? `${f.person(p.name)} hat Ihre Mentoring-Anfrage angenommen`
        : `${f.person(p.name)} kann Sie diesmal nicht begleiten`,
    ),
  'mentoring.agreement_written': (p, f) =>
    t(
      `${f.person(p.name)} hat Ihre Mentoring-Vereinbarung geschrieben`,
      'Lesen und bestätigen Sie sie, um zu starten.',
    ),
  'mentoring.match_closed': (p, f) => t(`Ihr Mentoring mit ${f.person(p.name)} wurde beendet`),
  'development_offer.received': () =>
    t(
      'Sie haben ein neues Entwicklungsangebot',
      'Öffnen Sie Ihre Entwicklungspläne, um es anzunehmen oder abzulehnen.',
    ),
};
