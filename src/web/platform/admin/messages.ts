import type { Messages } from '../../i18n/types';

/**
 * English strings of the admin pages (people admin, structure, import, settings, jobs, audit,
 * outbox); wired into the catalogues as `admin.*`. Apart from the core catalogue so that the sign-in
 * page does not carry them.
 */
export const adminEn = {
  title: 'Administration',
  lead: 'Manage your organisation’s records and settings. Admin roles do not grant access to reviews or development data.',
  sections: {
    people: {
      title: 'Add people',
      description: 'Create people records, assign managers and send invitations.',
    },
    import: {
      title: 'Import people',
      description: 'Add or update many people at once from a CSV file.',
    },
    structure: {
      title: 'Departments and levels',
      description: 'The building blocks of your organisation.',
    },
    settings: {
      title: 'Settings',
      description: 'Organisation name, default language and time zone, calibration sign-off.',
    },
    outbox: {
      title: 'Email outbox',
      description: 'Which emails went out and how, with the content only of system mail.',
    },
    audit: {
      title: 'Audit log',
      description: 'Every change, tamper-evident. Verify the chain at any time.',
    },
    jobs: {
      title: 'Background jobs and backups',
      description:
        'Reminders, digests and emails that failed after every retry, to run again; when the last backup was made.',
    },
    erasure: {
      title: 'Erasure requests',
      description: 'Requests to erase a person’s data, approved by a second HR admin.',
    },
  },
  people: {
    title: 'Add a person',
    lead: 'The person appears in the directory and under their manager in the org chart straight away.',
    add: 'Add person',
    submit: 'Add person',
    sendInvitation: 'Send an invitation email now',
    sendInvitationHint:
      'They choose a password through the link in the email. You can also invite them later.',
    created: '{{name}} has been added.',
    openProfile: 'Open profile',
  },
  import: {
    lead: 'Add new people and update existing ones from a CSV file. Every row is checked first: if any row has a problem, nothing is imported.',
    format: {
      title: 'File format',
      lead: 'The first row names the columns, in any order. Upper or lower case and spaces instead of underscores are fine. Save the file as CSV in UTF-8.',
      matching:
        'People already in Trellis are matched by employee ID, then by email, and updated; everyone else is added. A blank cell keeps an existing person’s value.',
      column: 'Column',
      meaning: 'What to enter',
      required: 'Required',
      example: 'A small example:',
    },
    columns: {
      employee_id:
        'Your own ID for the person, e.g. from payroll. Used first to find people already in Trellis.',
      email: 'Work email address; it is also their sign-in.',
      given_name: 'Given name.',
      family_name: 'Family name.',
      job_title: 'Job title.',
      department: 'Department name. A department that does not exist yet is created.',
      level: 'Level code, e.g. IC2. The level must already exist under Departments and levels.',
      location: 'Office or city.',
      timezone: 'Time zone name such as Europe/Berlin. UTC when blank.',
      hire_date: 'First working day as YYYY-MM-DD.',
      manager_email:
        'The manager’s email: someone already in Trellis or in the same file. Blank for the top of the organisation.',
      manager_employee_id: 'The manager’s employee ID, instead of or as well as their email.',
      status: 'active or on_leave; active when blank. Leavers are recorded on their profile, not by import.',
    },
    file: 'CSV file',
    filePlaceholder: 'Choose a .csv file',
    fileHint: 'UTF-8 text, at most 5 MB.',
    clearFile: 'Remove the chosen file',
    readProblems: {
      tooLarge: 'This file is larger than 5 MB. Split it into smaller files.',
      unreadable: 'This file could not be read. Save it as CSV (UTF-8) and choose it again.',
    },
    check: 'Check file',
    import: 'Import',
    empty: {
      title: 'No file checked yet',
      description:
        'Choose a CSV file and check it. You will see what would happen to each row before anything is saved.',
    },
    needsFixing_one:
      '{{count}} row needs fixing, so nothing can be imported yet. Correct the file, choose it again and check it.',
    needsFixing_other:
      '{{count}} rows need fixing, so nothing can be imported yet. Correct the file, choose it again and check it.',
    refused_one: 'Something changed since the check: {{count}} row is no longer valid. Nothing was imported.',
    refused_other:
      'Something changed since the check: {{count}} rows are no longer valid. Nothing was imported.',
    ready:
      'The file is ready: {{created}} to add and {{updated}} to update. Nothing has been saved yet; look through the rows, then import.',
    done: 'Import complete: {{created}} added, {{updated}} updated.',
    openDirectory: 'Open the directory',
    another: 'Import another file',
    reportTitle: 'Rows in the file',
    counts: {
      toCreate: 'To add: {{value}}',
      toUpdate: 'To update: {{value}}',
      invalid: 'To fix: {{value}}',
      created: 'Added: {{value}}',
      updated: 'Updated: {{value}}',
    },
    line: 'Line',
    status: 'Status',
    email: 'Email',
    details: 'Details',
    statuses: { create: 'New', update: 'Update', invalid: 'Fix' },
    noEmail: '(no email)',
    wholeFile: 'file',
    newPerson: 'Will be added.',
    changes: 'Changes: {{columns}}',
    noChanges: 'No changes.',
  },
  structure: {
    lead: 'Departments group people; levels describe seniority, ordered by rank.',
    departments: 'Departments',
    levels: 'Levels',
    newDepartment: 'New department',
    name: 'Name',
    code: 'Code',
    rank: 'Rank',
    headcount: 'People',
    addLevel: 'Add level',
    noDepartments: 'No departments yet. Add the first one above.',
    noLevels: 'No levels yet. Add the first one above.',
    departmentAdded: 'Department “{{name}}” added.',
    levelAdded: 'Level “{{name}}” added.',
  },
  settings: {
    lead: 'These apply to everyone in the organisation unless they choose otherwise.',
    name: 'Organisation name',
    defaultLocale: 'Default language',
    defaultLocaleHint: 'New accounts start in this language; each person can change it.',
    defaultTimezone: 'Default time zone',
    calibration: 'Calibration',
    allowIncompleteCalibrationSignOff: 'Approvers may sign off incomplete calibration sessions',
    allowIncompleteCalibrationSignOffHint:
      'When on, approvers may sign off a session where not every review has reached calibration yet, without acknowledging it each time. The missing reviews are still recorded in the audit log with each sign-off. When off, each approver confirms it explicitly.',
    pay: 'Pay',
    compOverBudgetPolicy: 'A pay proposal over its manager’s budget',
    compOverBudgetPolicyHint:
      'Warn lets it through, flagged for the approvers; block refuses it until it fits the budget.',
    overBudget: { warn: 'Warn', block: 'Block' },
    compPromotionMinIncreasePct: 'Least promotion increase',
    compPromotionMinIncreasePctHint:
      'In percent of current base, on top of reaching the new band’s minimum. 0: the band minimum alone.',
    improvementPlans: 'Improvement plans',
    pipRequirePriorFeedback: 'Documented prior feedback is required before a plan is published',
    pipRequirePriorFeedbackHint:
      'The fairness check looks for feedback, goal check-ins or a review on the person within the months below.',
    pipPriorFeedbackMonths: 'Within how many months',
    pipMinimumDurationDays: 'Shortest plan (days)',
    talentTransparency: 'Employees see their talent review box on development offers',
    talentTransparencyHint:
      'Off by default: a person offered development from a talent review sees the offer, never the box it came from.',
    showBandPlacementToEmployees: 'Employees see where their pay sits in its band',
    showBandPlacementToEmployeesHint:
      'When on, “My pay” shows each person their compa-ratio and position in their salary band. They always see their own pay history; managers and HR always see placement.',
    saved: 'Settings saved.',
  },
  outbox: {
    lead: 'Emails Trellis has sent. Without an SMTP server nothing is delivered; each email is only recorded here.',
    rules:
      'Subject, text and address are shown only for directory and system mail. Mail about reviews, development, 360 feedback or other people’s records shows its kind and delivery alone, and invitations and password resets show whom they went to. One-time links are never kept: without SMTP, the operator issues them with “npm run trellis -- issue-link”.',
    subject: 'Email',
    to: 'To',
    dataClass: 'Data class',
    contentHidden: 'Content hidden',
    recipientHidden: 'Recipient hidden',
    sentAt: 'Sent',
    transport: 'Delivery',
    transports: { smtp: 'SMTP', outbox: 'Not delivered (no SMTP)' },
    toLine: 'To {{to}} · {{at}}',
    empty: {
      title: 'No emails yet',
      description: 'Emails will be listed here as soon as Trellis sends them.',
    },
  },
  audit: {
    lead: 'An append-only record of every change. Each entry is chained to the previous one, so tampering shows.',
    verify: 'Verify chain',
    verified_one: 'The chain is intact: {{formatted}} entry checked.',
    verified_other: 'The chain is intact: {{formatted}} entries checked.',
    broken:
      'The chain is broken at entry #{{seq}} ({{checked}} entries checked). Entries from there on may have been altered.',
    reason: {
      altered: 'That entry was changed after it was recorded.',
      missing: 'An entry before it was removed.',
      relinked: 'Entries were moved or re-linked.',
      unauthorised_redaction: 'Its content was blanked without an executed erasure request.',
    },
    redacted_one: '{{formatted}} entry was redacted by an approved erasure of personal data.',
    redacted_other: '{{formatted}} entries were redacted by approved erasures of personal data.',
    unsealed_one:
      '{{formatted}} newer entry is not sealed into the chain yet; it is checked from the next run on.',
    unsealed_other:
      '{{formatted}} newer entries are not sealed into the chain yet; they are checked from the next run on.',
    head: 'Last sealed entry: position {{position}}, hash {{hash}}. Keep this outside Trellis to notice entries cut from the end later.',
    action: 'Action',
    target: 'Record',
    actor: 'Account',
    at: 'When',
    before: 'Before',
    after: 'After',
    system: 'system',
    details: 'Details of entry {{seq}}: {{action}}',
    detailLine: '{{target}} · by {{actor}} · {{at}}',
    empty: {
      title: 'No entries yet',
      description: 'Changes to people, roles and settings will be recorded here.',
    },
  },
  jobs: {
    lead: 'Trellis retries a background job that fails, waiting longer each time. A job listed here failed on every attempt; once the cause is fixed (for example the mail server), run it again.',
    job: 'Job',
    error: 'Last error',
    attempts: 'Attempts',
    failedAt: 'Failed',
    actions: 'Actions',
    retry: 'Retry',
    retryNamed: 'Retry {{name}}',
    retried: 'The job is queued again and runs shortly.',
    names: {
      'notification-emails': 'Notification emails',
      'notification-digest': 'Daily digest',
      'review-reminders': 'Review reminders',
      'certification-reminders': 'Certification reminders',
      'development-plan-nudges': 'Development plan nudges',
      'feedback360-schedule': '360 feedback schedule',
      'mentoring-proposal-expiry': 'Unanswered mentoring proposals',
      'erasure-retention': 'End of retention after erasures',
      'job-queue-prune': 'Job queue clean-up',
    },
    empty: {
      title: 'No failed jobs',
      description: 'Every background job has run or is still being retried.',
    },
  },
  backups: {
    title: 'Backups',
    off: 'Scheduled backups are off. Set TRELLIS_BACKUP_DIR on the server (and optionally TRELLIS_BACKUP_EVERY_HOURS and TRELLIS_BACKUP_KEEP), or run “trellis backup” yourself.',
    schedule: 'Every {{hours}} h, keeping the last {{keep}}.',
    last: 'Newest backup: {{at}} ({{hours}} h ago).',
    lastMinutes: 'Newest backup: {{at}} ({{minutes}} min ago).',
    none: 'No backup has been written yet.',
    overdue: 'The schedule is behind: the newest backup is older than two intervals.',
    failed: 'The last scheduled backup failed ({{at}}): {{error}}',
    ok: 'Up to date',
    late: 'Overdue',
  },
};

export const adminDe: Messages<typeof adminEn> = {
  title: 'Verwaltung',
  lead: 'Verwalten Sie die Datensätze und Einstellungen Ihrer Organisation. Admin-Rollen berechtigen nicht zum Lesen von Beurteilungen oder Entwicklungsdaten.',
  sections: {
    people: {
      title: 'Personen hinzufügen',
      description: 'Personendatensätze anlegen, Führungskräfte zuordnen und Einladungen senden.',
    },
    import: {
      title: 'Personen importieren',
      description: 'Viele Personen auf einmal aus einer CSV-Datei anlegen oder aktualisieren.',
    },
    structure: { title: 'Abteilungen und Stufen', description: 'Die Bausteine Ihrer Organisation.' },
    settings: {
      title: 'Einstellungen',
      description: 'Name der Organisation, Standardsprache und Zeitzone, Freigabe der Kalibrierung.',
    },
    outbox: {
      title: 'E-Mail-Ausgang',
      description: 'Welche E-Mails wie versandt wurden, mit Inhalt nur bei System-E-Mails.',
    },
    audit: {
      title: 'Audit-Protokoll',
      description: 'Jede Änderung, manipulationssicher. Prüfen Sie die Kette jederzeit.',
    },
    jobs: {
      title: 'Hintergrundaufgaben und Sicherungen',
      description:
        'Erinnerungen, Zusammenfassungen und E-Mails, die nach allen Wiederholungen fehlschlugen, erneut ausführen; wann die letzte Sicherung entstand.',
    },
    erasure: {
      title: 'Löschanträge',
      description:
        'Anträge auf Löschung der Daten einer Person, von einer zweiten HR-Administration genehmigt.',
    },
  },
  people: {
    title: 'Person hinzufügen',
    lead: 'Die Person erscheint sofort im Verzeichnis und im Organigramm unter ihrer Führungskraft.',
    add: 'Person hinzufügen',
    submit: 'Person hinzufügen',
    sendInvitation: 'Jetzt eine Einladungs-E-Mail senden',
    sendInvitationHint:
      'Über den Link in der E-Mail wird ein Passwort gewählt. Sie können die Person auch später einladen.',
    created: '{{name}} wurde hinzugefügt.',
    openProfile: 'Profil öffnen',
  },
  import: {
    lead: 'Legen Sie neue Personen an und aktualisieren Sie bestehende aus einer CSV-Datei. Jede Zeile wird zuerst geprüft: Hat auch nur eine Zeile einen Fehler, wird nichts importiert.',
    format: {
      title: 'Dateiformat',
      lead: 'Die erste Zeile benennt die Spalten, in beliebiger Reihenfolge. Groß- und Kleinschreibung spielt keine Rolle, Leerzeichen statt Unterstrichen sind erlaubt. Speichern Sie die Datei als CSV in UTF-8.',
      matching:
        'Personen, die schon in Trellis sind, werden über die Personalnummer, sonst über die E-Mail-Adresse gefunden und aktualisiert; alle anderen werden neu angelegt. Eine leere Zelle lässt den bisherigen Wert unverändert.',
      column: 'Spalte',
      meaning: 'Inhalt',
      required: 'Pflicht',
      example: 'Ein kleines Beispiel:',
    },
    columns: {
      employee_id:
        'Ihre eigene Nummer für die Person, etwa aus der Lohnabrechnung. Wird zuerst genutzt, um vorhandene Personen zu finden.',
      email: 'Dienstliche E-Mail-Adresse; sie ist auch die Anmeldung.',
      given_name: 'Vorname.',
      family_name: 'Nachname.',
      job_title: 'Stellenbezeichnung.',
      department: 'Name der Abteilung. Eine noch nicht vorhandene Abteilung wird angelegt.',
      level:
        'Kürzel der Stufe, z. B. IC2. Die Stufe muss unter „Abteilungen und Stufen“ bereits angelegt sein.',
      location: 'Standort oder Stadt.',
      timezone: 'Name der Zeitzone, etwa Europe/Berlin. Leer bedeutet UTC.',
      hire_date: 'Erster Arbeitstag im Format JJJJ-MM-TT.',
      manager_email:
        'E-Mail-Adresse der Führungskraft: jemand, der schon in Trellis oder in derselben Datei steht. Leer für die Spitze der Organisation.',
      manager_employee_id: 'Personalnummer der Führungskraft, statt oder zusätzlich zur E-Mail-Adresse.',
      status:
        'active oder on_leave; leer bedeutet active. Austritte werden im Profil erfasst, nicht per Import.',
    },
    file: 'CSV-Datei',
    filePlaceholder: 'CSV-Datei auswählen',
    fileHint: 'Text in UTF-8, höchstens 5 MB.',
    clearFile: 'Ausgewählte Datei entfernen',
    readProblems: {
      tooLarge: 'Diese Datei ist größer als 5 MB. Teilen Sie sie in kleinere Dateien auf.',
      unreadable:
        'Diese Datei konnte nicht gelesen werden. Speichern Sie sie als CSV (UTF-8) und wählen Sie sie erneut aus.',
    },
    check: 'Datei prüfen',
    import: 'Importieren',
    empty: {
      title: 'Noch keine Datei geprüft',
      description:
        'Wählen Sie eine CSV-Datei aus und prüfen Sie sie. Sie sehen für jede Zeile, was passieren würde, bevor etwas gespeichert wird.',
    },
    needsFixing_one:
      '{{count}} Zeile muss korrigiert werden, daher kann noch nichts importiert werden. Korrigieren Sie die Datei, wählen Sie sie erneut aus und prüfen Sie sie.',
    needsFixing_other:
      '{{count}} Zeilen müssen korrigiert werden, daher kann noch nichts importiert werden. Korrigieren Sie die Datei, wählen Sie sie erneut aus und prüfen Sie sie.',
    refused_one:
      'Seit der Prüfung hat sich etwas geändert: {{count}} Zeile ist nicht mehr gültig. Es wurde nichts importiert.',
    refused_other:
      'Seit der Prüfung hat sich etwas geändert: {{count}} Zeilen sind nicht mehr gültig. Es wurde nichts importiert.',
    ready:
      'Die Datei ist bereit: {{created}} neu anzulegen, {{updated}} zu aktualisieren. Noch ist nichts gespeichert; sehen Sie die Zeilen durch und importieren Sie dann.',
    done: 'Import abgeschlossen: {{created}} angelegt, {{updated}} aktualisiert.',
    openDirectory: 'Zum Verzeichnis',
    another: 'Weitere Datei importieren',
    reportTitle: 'Zeilen der Datei',
    counts: {
      toCreate: 'Neu: {{value}}',
      toUpdate: 'Zu aktualisieren: {{value}}',
      invalid: 'Zu korrigieren: {{value}}',
      created: 'Angelegt: {{value}}',
      updated: 'Aktualisiert: {{value}}',
    },
    line: 'Zeile',
    status: 'Status',
    email: 'E-Mail',
    details: 'Details',
    statuses: { create: 'Neu', update: 'Änderung', invalid: 'Fehler' },
    noEmail: '(keine E-Mail)',
    wholeFile: 'Datei',
    newPerson: 'Wird neu angelegt.',
    changes: 'Ändert: {{columns}}',
    noChanges: 'Keine Änderungen.',
  },
  structure: {
    lead: 'Abteilungen gruppieren Personen; Stufen beschreiben die Seniorität, geordnet nach Rang.',
    departments: 'Abteilungen',
    levels: 'Stufen',
    newDepartment: 'Neue Abteilung',
    name: 'Name',
    code: 'Kürzel',
    rank: 'Rang',
    headcount: 'Personen',
    addLevel: 'Stufe hinzufügen',
    noDepartments: 'Noch keine Abteilungen. Legen Sie oben die erste an.',
    noLevels: 'Noch keine Stufen. Legen Sie oben die erste an.',
    departmentAdded: 'Abteilung „{{name}}“ hinzugefügt.',
    levelAdded: 'Stufe „{{name}}“ hinzugefügt.',
  },
  settings: {
    lead: 'Diese Einstellungen gelten für alle in der Organisation, sofern sie nichts anderes wählen.',
    name: 'Name der Organisation',
    defaultLocale: 'Standardsprache',
    defaultLocaleHint: 'Neue Konten starten in dieser Sprache; jede Person kann sie ändern.',
    defaultTimezone: 'Standardzeitzone',
    calibration: 'Kalibrierung',
    allowIncompleteCalibrationSignOff: 'Unvollständige Kalibrierungsrunden dürfen freigegeben werden',
    allowIncompleteCalibrationSignOffHint:
      'Ist dies aktiviert, dürfen freigebende Personen eine Runde freigeben, in der noch nicht jede Beurteilung die Kalibrierung erreicht hat, ohne das jedes Mal zu bestätigen. Die fehlenden Beurteilungen werden bei jeder Freigabe weiterhin im Audit-Protokoll vermerkt. Ist es deaktiviert, bestätigt jede freigebende Person dies ausdrücklich.',
    pay: 'Gehalt',
    compOverBudgetPolicy: 'Ein Gehaltsvorschlag über dem Budget der Führungskraft',
    compOverBudgetPolicyHint:
      'Warnen lässt ihn durch, markiert für die Genehmigenden; Sperren lehnt ihn ab, bis er ins Budget passt.',
    overBudget: { warn: 'Warnen', block: 'Sperren' },
    compPromotionMinIncreasePct: 'Mindesterhöhung bei Beförderung',
    compPromotionMinIncreasePctHint:
      'In Prozent des aktuellen Grundgehalts, zusätzlich zum Minimum des neuen Bands. 0: nur das Bandminimum.',
    improvementPlans: 'Leistungsverbesserungspläne',
    pipRequirePriorFeedback: 'Vor der Veröffentlichung eines Plans ist dokumentiertes Feedback nötig',
    pipRequirePriorFeedbackHint:
      'Die Fairnessprüfung sucht Feedback, Ziel-Check-ins oder eine Beurteilung der Person in den folgenden Monaten.',
    pipPriorFeedbackMonths: 'Innerhalb wie vieler Monate',
    pipMinimumDurationDays: 'Kürzester Plan (Tage)',
    talentTransparency: 'Mitarbeitende sehen ihr Feld aus der Talentrunde bei Entwicklungsangeboten',
    talentTransparencyHint:
      'Standardmäßig aus: Wer aus einer Talentrunde ein Entwicklungsangebot erhält, sieht das Angebot, nie das Feld, aus dem es stammt.',
    showBandPlacementToEmployees: 'Mitarbeitende sehen, wo ihr Gehalt im Band liegt',
    showBandPlacementToEmployeesHint:
      'Ist dies aktiviert, zeigt „Mein Gehalt“ jeder Person ihre Compa-Ratio und ihre Position im Gehaltsband. Den eigenen Gehaltsverlauf sehen sie immer; Führungskräfte und HR sehen die Position immer.',
    saved: 'Einstellungen gespeichert.',
  },
  outbox: {
    lead: 'Von Trellis gesendete E-Mails. Ohne SMTP-Server wird nichts zugestellt; jede E-Mail wird hier nur vermerkt.',
    rules:
      'Betreff, Text und Adresse erscheinen nur bei Verzeichnis- und System-E-Mails. E-Mails zu Beurteilungen, Entwicklung, 360-Feedback oder anderen persönlichen Daten zeigen nur Art und Zustellung; bei Einladungen und Passwort-Zurücksetzungen ist der Empfänger sichtbar. Einmal-Links werden nie gespeichert: Ohne SMTP stellt sie der Betreiber mit „npm run trellis -- issue-link“ aus.',
    subject: 'E-Mail',
    to: 'An',
    dataClass: 'Datenklasse',
    contentHidden: 'Inhalt verborgen',
    recipientHidden: 'Empfänger verborgen',
    sentAt: 'Gesendet',
    transport: 'Zustellung',
    transports: { smtp: 'SMTP', outbox: 'Nicht zugestellt (kein SMTP)' },
    toLine: 'An {{to}} · {{at}}',
    empty: {
      title: 'Noch keine E-Mails',
      description: 'E-Mails erscheinen hier, sobald Trellis sie sendet.',
    },
  },
  audit: {
    lead: 'Ein Protokoll, an das nur angefügt wird. Jeder Eintrag ist mit dem vorherigen verkettet, sodass Manipulationen auffallen.',
    verify: 'Kette prüfen',
    verified_one: 'Die Kette ist intakt: {{formatted}} Eintrag geprüft.',
    verified_other: 'Die Kette ist intakt: {{formatted}} Einträge geprüft.',
    broken:
      'Die Kette ist bei Eintrag #{{seq}} unterbrochen ({{checked}} Einträge geprüft). Einträge ab dort wurden möglicherweise verändert.',
    reason: {
      altered: 'Dieser Eintrag wurde nach dem Aufzeichnen verändert.',
      missing: 'Ein Eintrag davor wurde entfernt.',
      relinked: 'Einträge wurden verschoben oder neu verkettet.',
      unauthorised_redaction: 'Sein Inhalt wurde ohne ausgeführten Löschantrag geleert.',
    },
    redacted_one:
      '{{formatted}} Eintrag wurde durch eine genehmigte Löschung personenbezogener Daten geschwärzt.',
    redacted_other:
      '{{formatted}} Einträge wurden durch genehmigte Löschungen personenbezogener Daten geschwärzt.',
    unsealed_one:
      '{{formatted}} neuerer Eintrag ist noch nicht in die Kette eingesiegelt; er wird ab der nächsten Prüfung erfasst.',
    unsealed_other:
      '{{formatted}} neuere Einträge sind noch nicht in die Kette eingesiegelt; sie werden ab der nächsten Prüfung erfasst.',
    head: 'Letzter eingesiegelter Eintrag: Position {{position}}, Hash {{hash}}. Bewahren Sie ihn außerhalb von Trellis auf, um später am Ende entfernte Einträge zu bemerken.',
    action: 'Aktion',
    target: 'Datensatz',
    actor: 'Konto',
    at: 'Wann',
    before: 'Vorher',
    after: 'Nachher',
    system: 'System',
    details: 'Details zu Eintrag {{seq}}: {{action}}',
    detailLine: '{{target}} · durch {{actor}} · {{at}}',
    empty: {
      title: 'Noch keine Einträge',
      description: 'Änderungen an Personen, Rollen und Einstellungen werden hier protokolliert.',
    },
  },
  jobs: {
    lead: 'Schlägt eine Hintergrundaufgabe fehl, versucht Trellis sie erneut und wartet jedes Mal länger. Hier steht eine Aufgabe, die bei jedem Versuch fehlschlug; beheben Sie die Ursache (zum Beispiel den Mailserver) und führen Sie sie erneut aus.',
    job: 'Aufgabe',
    error: 'Letzter Fehler',
    attempts: 'Versuche',
    failedAt: 'Fehlgeschlagen',
    actions: 'Aktionen',
    retry: 'Erneut ausführen',
    retryNamed: '{{name}} erneut ausführen',
    retried: 'Die Aufgabe ist wieder eingeplant und läuft in Kürze.',
    names: {
      'notification-emails': 'Benachrichtigungs-E-Mails',
      'notification-digest': 'Tägliche Zusammenfassung',
      'review-reminders': 'Erinnerungen an Beurteilungen',
      'certification-reminders': 'Erinnerungen an Zertifizierungen',
      'development-plan-nudges': 'Hinweise zu Entwicklungsplänen',
      'feedback360-schedule': 'Zeitplan des 360-Grad-Feedbacks',
      'mentoring-proposal-expiry': 'Unbeantwortete Mentoring-Anfragen',
      'erasure-retention': 'Ende der Aufbewahrung nach Löschungen',
      'job-queue-prune': 'Aufräumen der Aufgabenwarteschlange',
    },
    empty: {
      title: 'Keine fehlgeschlagenen Aufgaben',
      description: 'Jede Hintergrundaufgabe ist gelaufen oder wird noch wiederholt.',
    },
  },
  backups: {
    title: 'Sicherungen',
    off: 'Geplante Sicherungen sind aus. Setzen Sie TRELLIS_BACKUP_DIR auf dem Server (optional TRELLIS_BACKUP_EVERY_HOURS und TRELLIS_BACKUP_KEEP) oder führen Sie „trellis backup“ selbst aus.',
    schedule: 'Alle {{hours}} Std., die letzten {{keep}} bleiben erhalten.',
    last: 'Neueste Sicherung: {{at}} (vor {{hours}} Std.).',
    lastMinutes: 'Neueste Sicherung: {{at}} (vor {{minutes}} Min.).',
    none: 'Es wurde noch keine Sicherung geschrieben.',
    overdue: 'Der Zeitplan hängt hinterher: Die neueste Sicherung ist älter als zwei Intervalle.',
    failed: 'Die letzte geplante Sicherung ist fehlgeschlagen ({{at}}): {{error}}',
    ok: 'Aktuell',
    late: 'Überfällig',
  },
};
