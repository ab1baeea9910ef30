import type { Messages } from './types';

/** Deutsche Oberflächentexte (förmliche Anrede). Schlüssel wie in en.ts. */
export const de: Messages = {
  app: { name: 'Trellis' },
  languages: { en: 'English', de: 'Deutsch' },
  common: {
    loading: 'Wird geladen …',
    noTitle: 'Noch keine Stellenbezeichnung',
    nothingFound: 'Keine Treffer',
    pickDate: 'Datum wählen',
    today: 'Heute',
    whatWillAppear: 'Was hier erscheinen wird',
  },
  calendar: { next: 'Nächster Monat', previous: 'Vorheriger Monat' },
  actions: {
    add: 'Hinzufügen',
    cancel: 'Abbrechen',
    close: 'Schließen',
    edit: 'Bearbeiten',
    retry: 'Erneut versuchen',
    save: 'Änderungen speichern',
    showMore: 'Mehr anzeigen',
  },
  errors: {
    title: 'Etwas ist schiefgelaufen',
    generic: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    network:
      'Trellis konnte den Server nicht erreichen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    server: 'Auf dem Server ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
    rateLimited: 'Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    notFound: 'Dieser Eintrag existiert nicht oder ist für Sie nicht sichtbar.',
    forbidden: 'Dazu sind Sie nicht berechtigt.',
    validation: 'Einige Felder müssen noch korrigiert werden.',
    versionConflict:
      'Jemand anderes hat diesen Datensatz geändert, während Sie ihn bearbeitet haben. Laden Sie neu, um die Änderungen zu sehen.',
    csrf: 'Ihre Sitzung muss aufgefrischt werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  },
  errorCodes: {
    validation_failed: 'Einige Felder müssen noch korrigiert werden.',
    invalid_credentials: 'Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto.',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    csrf_failed:
      'Ihre Sitzung muss aufgefrischt werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
    forbidden: 'Dazu sind Sie nicht berechtigt.',
    not_found: 'Dieser Eintrag existiert nicht oder ist für Sie nicht sichtbar.',
    version_conflict:
      'Jemand anderes hat inzwischen eine neuere Fassung ({{currentVersion}}) gespeichert. Laden Sie neu, um sie zu sehen.',
    already_exists: 'Das gibt es bereits.',
    invalid_state: 'Diese Aktion ist im aktuellen Zustand nicht möglich.',
    review_locked: 'Dieses Formular wurde eingereicht und ist gesperrt.',
    calibration_not_locked:
      'Dieses Review kann erst freigegeben werden, wenn seine Kalibrierungssitzung abgeschlossen ist.',
    calibration_locked:
      'Diese Kalibrierungssitzung ist abgeschlossen; Bewertungen können sich nicht mehr ändern.',
    rationale_required: 'Begründen Sie, warum sich diese Bewertung ändert.',
    guideline_not_met:
      'Die Verteilung liegt außerhalb der vorgeschriebenen Richtkurve und kann daher nicht abgezeichnet werden.',
    calibration_incomplete:
      'Einige Reviews der Population dieser Sitzung fehlen noch darin; bestätigen Sie das, um abzuzeichnen.',
    addendum_locked:
      'Das Review wurde freigegeben; was die Person erhalten hat, wird nicht mehr umgeschrieben.',
    cycle_has_open_reviews: 'Einige Reviews dieses Zyklus sind noch nicht freigegeben.',
    cycle_closed: 'Dieser Review-Zyklus ist abgeschlossen; seine Reviews können sich nicht mehr ändern.',
    threshold_locked:
      'Es sind bereits Antworten eingegangen, daher kann die Anonymitätsschwelle nicht mehr gesenkt werden.',
    reminder_too_soon: 'Für dieses 360°-Feedback wurden heute bereits Erinnerungen verschickt.',
    competency_in_use:
      'Diese Kompetenz wurde bereits bewertet oder ist einer Stufe zugeordnet; setzen Sie sie stattdessen außer Kraft.',
    scale_in_use: 'Diese Skala wird verwendet, daher kann sich die Anzahl der Stufen nicht mehr ändern.',
    level_in_use: 'Dieser Stufe sind Personen zugeordnet; ordnen Sie sie um, bevor Sie die Stufe entfernen.',
    erasure_blocked: 'Die Daten dieser Person können noch nicht gelöscht werden.',
    four_eyes_required:
      'Über diesen Löschantrag muss eine zweite HR-Administratorin oder ein zweiter HR-Administrator entscheiden.',
    fairness_check_failed:
      'Der Verbesserungsplan besteht die Fairnessprüfung noch nicht und kann daher nicht veröffentlicht werden.',
    invalid_token: 'Dieser Link ist ungültig oder abgelaufen. Fordern Sie einen neuen an.',
    import_invalid: 'Die Datei enthält ungültige Zeilen; es wurde nichts importiert.',
    payload_too_large: 'Die Anfrage ist zu groß.',
    rate_limited:
      'Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    internal: 'Auf dem Server ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
    database_unavailable:
      'Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  },
  shell: {
    skipToContent: 'Zum Inhalt springen',
    openNavigation: 'Navigation öffnen',
    closeNavigation: 'Navigation schließen',
    mainNavigation: 'Hauptnavigation',
    homeLink: 'Trellis-Startseite',
  },
  nav: {
    sections: { you: 'Sie', organisation: 'Organisation', administration: 'Verwaltung' },
    home: 'Start',
    performance: 'Leistung',
    growth: 'Entwicklung',
    team: 'Team',
    people: 'Personen',
    orgChart: 'Organigramm',
    insights: 'Auswertungen',
    admin: 'Verwaltung',
  },
  userMenu: {
    label: 'Kontomenü für {{name}}',
    myProfile: 'Mein Profil',
    accessLog: 'Wer hat meine Daten angesehen',
    language: 'Sprache',
    logout: 'Abmelden',
    logoutEverywhere: 'Überall abmelden',
    loggedOut: 'Sie wurden abgemeldet.',
    loggedOutEverywhere: 'Sie wurden auf allen Ihren Geräten abgemeldet.',
  },
  auth: {
    email: 'E-Mail',
    password: 'Passwort',
    newPassword: 'Neues Passwort',
    confirmPassword: 'Passwort wiederholen',
    passwordRule: 'Mindestens 10 Zeichen. Einige unzusammenhängende Wörter ergeben ein starkes Passwort.',
    passwordsDiffer: 'Die beiden Passwörter stimmen nicht überein',
    togglePassword: 'Passwort anzeigen oder verbergen',
    invalidCredentials:
      'E-Mail-Adresse und Passwort passen zu keinem Konto. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
    rateLimited: 'Zu viele Anmeldeversuche. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    backToLogin: 'Zurück zur Anmeldung',
    linkIncomplete:
      'Dieser Link ist unvollständig. Öffnen Sie den vollständigen Link aus Ihrer E-Mail oder fordern Sie einen neuen an.',
    linkInvalid: 'Dieser Link ist abgelaufen oder wurde bereits verwendet.',
    requestNewLink: 'Neuen Link anfordern',
    login: {
      title: 'Bei Trellis anmelden',
      description: 'Leistung und Entwicklung, Seite an Seite.',
      forgot: 'Passwort vergessen?',
      submit: 'Anmelden',
    },
    forgot: {
      title: 'Passwort zurücksetzen',
      description:
        'Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.',
      submit: 'Link zum Zurücksetzen senden',
      sent: 'Falls es ein Konto für {{email}} gibt, ist ein Link zum Zurücksetzen unterwegs.',
      sentHint:
        'Der Link ist nur begrenzte Zeit gültig. Sehen Sie im Spam-Ordner nach, falls in einigen Minuten nichts ankommt.',
    },
    reset: {
      title: 'Neues Passwort wählen',
      description: 'Das neue Passwort gilt auch auf Ihren anderen Geräten.',
      submit: 'Passwort speichern',
      done: 'Ihr Passwort wurde geändert. Sie können sich jetzt damit anmelden.',
    },
    invitation: {
      title: 'Willkommen bei Trellis',
      description: 'Wählen Sie ein Passwort, um Ihr Konto fertig einzurichten.',
      submit: 'Konto erstellen',
      done: 'Ihr Konto ist bereit. Melden Sie sich mit Ihrer E-Mail-Adresse und dem eben gewählten Passwort an.',
    },
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description: 'Die gesuchte Seite gibt es nicht, sie wurde verschoben oder ist für Sie nicht verfügbar.',
    home: 'Zur Startseite',
  },
  errorPage: {
    title: 'Diese Seite konnte nicht angezeigt werden',
    description:
      'Ein unerwarteter Fehler hat das Laden der Seite verhindert. Ein erneuter Versuch hilft meistens.',
    reload: 'Seite neu laden',
  },
  status: { active: 'Aktiv', on_leave: 'Abwesend', terminated: 'Ausgeschieden' },
  roles: {
    hr_admin: {
      name: 'HR-Admin',
      description: 'Verwaltet Personendaten, Beurteilungszyklen und Entwicklungsprogramme.',
    },
    approver: {
      name: 'Freigabe',
      description: 'Kalibriert Bewertungen und genehmigt Gehalts- und Beförderungspakete.',
    },
    coach: { name: 'Coach', description: 'Sieht nur den Coaching-Bereich der eigenen Coachees.' },
    org_admin: {
      name: 'Org-Admin',
      description:
        'Einstellungen, Anmeldung und Audit. Berechtigt nicht zum Lesen von Beurteilungen oder Entwicklungsdaten.',
    },
  },
  dataClasses: {
    performance: 'Leistung',
    compensation: 'Vergütung',
    development: 'Entwicklung',
    confidential: 'Vertraulich',
    talent: 'Talent',
    anonymous: 'Anonym',
    directory: 'Verzeichnis',
    credential: 'Zugangsdaten',
    audit: 'Audit',
    system: 'System',
  },
  nowNext: {
    whatAppears: 'Was hier erscheint',
    now: {
      title: 'Jetzt',
      horizon: 'Leistung',
      purpose: 'Wie die Arbeit läuft: Ziele, Beurteilungen, 1:1-Gespräche und Feedback.',
      empty: {
        self: {
          title: 'Im Moment ist nichts zu tun',
          description:
            'Ihre Ziele und Beurteilungsaufgaben erscheinen hier, sobald Ihre Organisation einen Zyklus startet. Bis dahin gibt es auf dieser Seite nichts zu erledigen.',
        },
        other: {
          title: 'Noch nichts anzuzeigen',
          description:
            'Ziele, Beurteilungsaufgaben und 1:1-Gespräche mit {{name}} erscheinen hier, sobald Ihre Organisation sie nutzt – sofern Ihre Rolle Sie zum Ansehen berechtigt.',
        },
      },
      items: {
        goals: {
          title: 'Ziele',
          description: 'Ziele und Schlüsselergebnisse mit Fortschritts-Check-ins.',
        },
        reviews: {
          title: 'Beurteilungsaufgaben',
          description:
            'Selbstbeurteilungen, Beurteilungen durch Führungskräfte und Bestätigungen, jeweils mit Frist.',
        },
        oneOnOnes: {
          title: '1:1-Gespräche',
          description: 'Anstehende Gespräche mit gemeinsamer Agenda und Aufgaben.',
        },
        feedback: {
          title: 'Feedback',
          description: 'Lob und Feedback von Kolleginnen und Kollegen sowie Feedback-Anfragen.',
        },
      },
      next: {
        self: 'Sichtbar für Sie, Ihre Führungskräfte und HR – nie vermischt mit Ihren Entwicklungsplänen.',
        other: 'Nur wer die Leistungsdaten von {{name}} sehen darf, findet sie hier.',
      },
    },
    next: {
      title: 'Als Nächstes',
      horizon: 'Entwicklung',
      purpose: 'Wohin Sie sich entwickeln: Ambitionen, Entwicklungspläne und Lernen.',
      empty: {
        self: {
          title: 'Ihr Entwicklungsbereich ist bereit',
          description:
            'Ihre Ambitionen, Ihr Entwicklungsplan und Ihr nächstes Karrieregespräch erscheinen hier, sobald Ihre Organisation die Karriereentwicklung aktiviert. Was Sie hier festhalten, gehört Ihnen: Sie entscheiden für jeden Eintrag, was Ihre Führungskraft sieht.',
        },
        other: {
          title: 'Noch nichts geteilt',
          description:
            'Diese Seite gehört {{name}}. Ambitionen und Entwicklungspläne erscheinen hier nur für die Einträge, die {{name}} mit Ihnen teilt.',
        },
      },
      items: {
        aspirations: {
          title: 'Ambitionen',
          description:
            'Rollen, in die man hineinwachsen möchte, Motivation und Werte, Fähigkeiten zum Aufbauen.',
        },
        plan: {
          title: 'Entwicklungsplan',
          description: 'Entwicklungsziele und die Schritte, die dorthin führen.',
        },
        conversation: {
          title: 'Karrieregespräch',
          description: 'Das nächste Gespräch über die Zukunft – getrennt von jeder Beurteilung.',
        },
        mentoring: {
          title: 'Mentoring',
          description: 'Mentorinnen und Mentoren, passend zu den gewünschten Fähigkeiten.',
        },
        learning: {
          title: 'Lernen',
          description: 'Kurse, Materialien und Zertifizierungen, verknüpft mit dem Plan.',
        },
      },
      next: {
        self: 'Nichts von hier fließt jemals in eine Bewertung oder Gehaltsentscheidung ein.',
        other: 'Entwicklungsdaten fließen nie in Beurteilungen, Kalibrierung oder Vergütung ein.',
      },
      private: {
        title: 'Nur für {{name}}',
        description:
          'Die Karriereziele, der Entwicklungsplan, die Karrieregespräche und das Lernen von {{name}} sind nur für {{name}} und die direkte Führungskraft sichtbar – nicht für HR, Admins oder andere Führungskräfte.',
      },
    },
    tabs: 'Jetzt und Nächstes',
  },
  home: {
    greeting: {
      morning: 'Guten Morgen, {{name}}',
      afternoon: 'Guten Tag, {{name}}',
      evening: 'Guten Abend, {{name}}',
    },
    titleNoPerson: 'Willkommen bei Trellis',
    lead: 'Ihre Arbeit jetzt und Ihre Entwicklung als Nächstes – getrennt gehalten und doch im Einklang.',
    noPerson: {
      title: 'Ihr Konto ist mit keiner Person verknüpft',
      description:
        'Mit diesem Konto wird die Organisation verwaltet, es gehört aber zu keinem Mitarbeiterdatensatz. Daher gibt es keine Ziele oder Pläne anzuzeigen. Einstellungen und Datensätze finden Sie unter „Verwaltung“.',
    },
    tasks: {
      title: 'Ihre Aufgaben',
      total_one: '{{count}} offen',
      total_other: '{{count}} offen',
      open: 'Öffnen',
      due: 'Fällig am {{date}}',
      expires: 'Die erste läuft am {{date}} ab',
      kinds: {
        review: {
          self_one: 'Ihre Selbstbeurteilung ist zu schreiben',
          self_other: '{{count}} Selbstbeurteilungen zu schreiben',
          manager_one: '{{count}} Beurteilung in Ihrem Team zu schreiben',
          manager_other: '{{count}} Beurteilungen in Ihrem Team zu schreiben',
          peer_one: '{{count}} Kollegen-Einschätzung abzugeben',
          peer_other: '{{count}} Kollegen-Einschätzungen abzugeben',
          acknowledge_one: '{{count}} freigegebene Beurteilung zu lesen und zu bestätigen',
          acknowledge_other: '{{count}} freigegebene Beurteilungen zu lesen und zu bestätigen',
        },
        calibration: {
          signOff_one: '{{count}} Kalibrierungsrunde abzuzeichnen',
          signOff_other: '{{count}} Kalibrierungsrunden abzuzeichnen',
        },
        feedback360: {
          answer_one: '{{count}} 360-Grad-Anfrage zu beantworten',
          answer_other: '{{count}} 360-Grad-Anfragen zu beantworten',
          nominate_one: '{{count}} eigenes 360-Grad-Feedback wartet auf Ihre Auswahl der Feedbackgebenden',
          nominate_other: '{{count}} eigene 360-Grad-Feedbacks warten auf Ihre Auswahl der Feedbackgebenden',
          approve_one: '{{count}} Liste von Feedbackgebenden (360 Grad) zu genehmigen',
          approve_other: '{{count}} Listen von Feedbackgebenden (360 Grad) zu genehmigen',
          release_one: '{{count}} 360-Grad-Bericht vorzubereiten und freizugeben',
          release_other: '{{count}} 360-Grad-Berichte vorzubereiten und freizugeben',
        },
        conversations: {
          overdue_one: '{{count}} Karrieregespräch in Ihrem Team ist überfällig',
          overdue_other: '{{count}} Karrieregespräche in Ihrem Team sind überfällig',
        },
        plans: {
          toLook_one: '{{count}} geteilter Entwicklungsplan hat sich seit Ihrem letzten Blick geändert',
          toLook_other: '{{count}} geteilte Entwicklungspläne haben sich seit Ihrem letzten Blick geändert',
        },
        certifications: {
          expiring_one: '{{count}} Zertifizierung läuft bald ab',
          expiring_other: '{{count}} Zertifizierungen laufen bald ab',
        },
        hr: {
          erasureApproval_one: '{{count}} Löschantrag wartet auf eine zweite HR-Person',
          erasureApproval_other: '{{count}} Löschanträge warten auf eine zweite HR-Person',
          cycleDeadlines_one: '{{count}} Beurteilungszyklus mit einer Frist in der kommenden Woche',
          cycleDeadlines_other: '{{count}} Beurteilungszyklen mit einer Frist in der kommenden Woche',
          calibrationToPrepare_one:
            '{{count}} Zyklus mit Beurteilungen, die für eine Kalibrierung bereit sind',
          calibrationToPrepare_other:
            '{{count}} Zyklen mit Beurteilungen, die für eine Kalibrierung bereit sind',
        },
      },
      empty: {
        title: 'Gerade wartet nichts auf Sie',
        description:
          'Zu schreibende Beurteilungen, 360-Grad-Anfragen, Abzeichnungen und andere Arbeit, die auf Sie wartet, erscheinen hier – jeweils mit einem Link dorthin, wo sie erledigt wird.',
        coach:
          'Coaching-Begleitungen kommen in einer späteren Version zu Trellis. Bis dahin erscheint hier ein 360-Grad-Bericht, der darauf wartet, dass Sie ihn vorbereiten und freigeben.',
        noPerson:
          'Dieses Konto gehört zu keinem Mitarbeiterdatensatz, daher sind ihm keine Beurteilungen oder Pläne zugeordnet. Einstellungen und Datensätze finden Sie unter „Verwaltung“.',
      },
    },
  },
  performance: {
    lead: 'Ziele, 1:1-Gespräche, Feedback und Beurteilungen: wie die Arbeit jetzt läuft.',
    sections: {
      label: 'Bereiche der Leistung',
      overview: 'Überblick',
      goals: 'Ziele',
      oneOnOnes: '1:1-Gespräche',
      feedback: 'Feedback',
      reviews: 'Beurteilungen',
      kpis: 'KPIs',
      calibration: 'Kalibrierung',
      cycles: 'Beurteilungszyklen',
      reviewTemplates: 'Beurteilungsvorlagen',
      goalTemplates: 'Zielvorlagen',
      pay: 'Mein Gehalt',
      payAdmin: 'Gehalt und Bänder',
      compCycles: 'Vergütungsrunden',
      compPlanning: 'Gehaltsplanung',
      improvementPlans: 'Verbesserungspläne',
    },
    noPerson: {
      title: 'Keine Ziele oder Beurteilungen für dieses Konto',
      description:
        'Dieses Konto ist mit keiner Person verknüpft und hat daher keine Ziele, 1:1-Gespräche oder Beurteilungen. Bitten Sie HR, es mit Ihrem Mitarbeiterdatensatz zu verknüpfen.',
    },
  },
  growth: {
    lead: 'Karrieregespräche, Ambitionen, Pfade, Entwicklungspläne, Lernen und 360-Grad-Feedback: wohin Sie sich entwickeln.',
    sections: {
      label: 'Bereiche der Entwicklung',
      overview: 'Überblick',
      conversations: 'Karrieregespräche',
      aspirations: 'Ziele und Wünsche',
      paths: 'Karrierepfade',
      plans: 'Entwicklungspläne',
      learning: 'Lernen',
      feedback360: '360-Grad-Feedback',
      mentoring: 'Mentoring',
      coaching: 'Coaching',
      library: 'Kompetenzen und Pfade',
      succession: 'Nachfolge',
      talent: 'Talentrunden',
      surveys: 'Pulsbefragungen',
    },
    noPerson: {
      title: 'Kein Entwicklungsbereich für dieses Konto',
      description:
        'Dieses Konto ist mit keiner Person verknüpft und hat daher keine Ambitionen, Pläne oder Karrieregespräche. Bitten Sie HR, es mit Ihrem Mitarbeiterdatensatz zu verknüpfen.',
    },
    overview: {
      mine: 'Ihre Entwicklung auf einen Blick',
      mineLead:
        'Alles hier gehört Ihnen. Ihre Führungskraft sieht nur, was Sie teilen, und nichts davon fließt in eine Bewertung oder Gehaltsentscheidung ein.',
    },
    coverage: {
      title: 'Abdeckung der Entwicklung',
      lead: 'Wie viele Personen je Abteilung einen aktiven Entwicklungsplan haben und in den letzten sechs Monaten ein Karrieregespräch führten. Nur Zahlen: HR sieht nie, was jemand geschrieben hat.',
      plan: 'Aktiver Plan',
      conversation: 'Karrieregespräch (6 Monate)',
      department: 'Abteilung',
      people: 'Personen',
      noDepartment: 'Ohne Abteilung',
      totals:
        'In der gesamten Organisation: {{plan}} % haben einen aktiven Plan, {{conversation}} % führten in den letzten sechs Monaten ein Karrieregespräch.',
      empty: 'Noch niemand in der Organisation.',
      chartLabel: 'Anteil der Personen je Abteilung mit aktivem Plan und mit kürzlichem Karrieregespräch',
    },
  },
  team: {
    title: 'Team',
    openOrgChart: 'Organigramm öffnen',
    empty: {
      title: 'Niemand berichtet an Sie',
      description:
        'Sobald Ihnen Personen als Führungskraft zugeordnet werden, erscheinen sie hier mit ihren Zielen, Beurteilungen, 1:1-Gesprächen und ihrer Entwicklung. Im Organigramm sehen Sie, wie die Teams zusammenhängen.',
    },
  },
  person: {
    name: 'Name',
    givenName: 'Vorname',
    familyName: 'Nachname',
    email: 'E-Mail',
    employeeId: 'Personalnummer',
    jobTitle: 'Stellenbezeichnung',
    department: 'Abteilung',
    level: 'Stufe',
    location: 'Standort',
    timezone: 'Zeitzone',
    hireDate: 'Eintrittsdatum',
    status: 'Status',
    manager: 'Führungskraft',
    managerChangeEffective: 'Neue Führungskraft ab',
    managerChangeEffectiveHint: 'Leer lassen, damit die Änderung heute gilt.',
    directReports: 'Direkt unterstellt',
    terminatedOn: 'Letzter Arbeitstag',
    none: 'Keine',
    notSet: 'Nicht angegeben',
  },
  personPicker: { placeholder: 'Nach Namen suchen', nothingFound: 'Niemand mit diesem Namen gefunden' },
  pager: {
    label: 'Seiten',
    range: '{{from}}–{{to}} von {{total}}',
    page: 'Seite {{page}}',
    first: 'Erste Seite',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    last: 'Letzte Seite',
  },
  directory: {
    title: 'Personen',
    lead: 'Alle Personen in Ihrer Organisation. Suchen Sie nach Name, E-Mail oder Stellenbezeichnung.',
    search: 'Personen suchen',
    searchPlaceholder: 'Name, E-Mail oder Stellenbezeichnung',
    anyDepartment: 'Alle Abteilungen',
    anyLevel: 'Alle Stufen',
    anyStatus: 'Jeder Status',
    clear: 'Filter zurücksetzen',
    total_one: '{{formatted}} Person',
    total_other: '{{formatted}} Personen',
    empty: {
      title: 'Noch keine Personen',
      description: 'Personen erscheinen hier, sobald HR sie anlegt oder aus einer Datei importiert.',
      filteredTitle: 'Keine Treffer',
      filteredDescription:
        'Versuchen Sie eine kürzere Suche oder setzen Sie die Filter zurück, um alle zu sehen.',
    },
  },
  orgChart: {
    title: 'Organigramm',
    lead: 'Wer an wen berichtet. Öffnen Sie ein Team, um seine Mitglieder zu sehen; große Teams werden seitenweise geladen.',
    treeLabel: 'Organigramm',
    find: 'Person im Organigramm finden',
    collapseAll: 'Alle zuklappen',
    showMe: 'Mich zeigen',
    reports_one: '{{count}} direkt unterstellte Person',
    reports_other: '{{count}} direkt unterstellte Personen',
    showMore_one: '{{count}} weitere Person im Team von {{name}} anzeigen',
    showMore_other: '{{count}} weitere Personen im Team von {{name}} anzeigen',
    loadingTeam: 'Team von {{name}} wird geladen …',
    focusFailed: 'Diese Person wurde im Organigramm nicht gefunden',
    keyboardHint: {
      before: 'Tastatur:',
      move: 'bewegen,',
      expand: 'Team auf- oder zuklappen,',
      open: 'öffnet das Profil.',
    },
    empty: {
      title: 'Das Organigramm ist leer',
      description: 'Das Organigramm füllt sich, sobald HR Personen anlegt und ihnen Führungskräfte zuordnet.',
    },
  },
  accessLog: {
    title: 'Wer hat meine Daten angesehen',
    lead: 'Jedes Mal, wenn jemand anderes Ihre Leistungs-, Vergütungs- oder Entwicklungsdaten öffnet, wird es hier aufgeführt.',
    when: 'Wann',
    who: 'Wer',
    what: 'Was',
    reason: 'Grund',
    unknownViewer: 'Ein Konto, das nicht mehr existiert',
    empty: {
      title: 'Niemand hat Ihre Daten angesehen',
      description:
        'Wenn eine Führungskraft, ein HR-Admin oder eine freigebende Person einen Ihrer Leistungs-, Vergütungs- oder Entwicklungsdatensätze öffnet, sehen Sie hier, wer es war, was geöffnet wurde und wann.',
    },
  },
};
