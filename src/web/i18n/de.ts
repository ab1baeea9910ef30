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
  validation: {
    exportReferenceRequired: 'Nennen Sie die schriftliche Anfrage',
    exportReasonRequired: 'Geben Sie an, warum die Daten exportiert werden',
    emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein',
    passwordRequired: 'Geben Sie Ihr Passwort ein',
    passwordTooShort: 'Verwenden Sie mindestens 10 Zeichen',
    passwordTooLong: 'Verwenden Sie höchstens 200 Zeichen',
    linkIncomplete: 'Der Link ist unvollständig',
    dateFormat: 'Verwenden Sie das Datumsformat JJJJ-MM-TT',
    givenNameRequired: 'Geben Sie einen Vornamen ein',
    familyNameRequired: 'Geben Sie einen Nachnamen ein',
    nameRequired: 'Geben Sie einen Namen ein',
    codeRequired: 'Geben Sie ein Kürzel ein',
    orgNameRequired: 'Geben Sie den Namen der Organisation ein',
    pickDate: 'Wählen Sie ein Datum',
    rankRequired: 'Geben Sie einen Rang zwischen 0 und 100 ein',
    valueInUse: 'Dieser Wert wird bereits verwendet.',
    emailInUse: 'Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.',
    alreadyExists: 'Das gibt es bereits.',
    ownAdminRole: 'Sie können sich Ihre eigene Admin-Rolle nicht entziehen.',
    linkExpired: 'Dieser Link ist ungültig oder abgelaufen.',
    enterEmail: 'Geben Sie eine E-Mail-Adresse ein.',
    hireDateRequired: 'Geben Sie das Eintrittsdatum ein (JJJJ-MM-TT).',
    dateInvalid: 'Dieses Datum gibt es nicht.',
    timezoneInvalid: 'Verwenden Sie einen Zeitzonennamen wie Europe/Berlin oder America/New_York.',
    statusInvalid: 'Verwenden Sie „aktiv“ oder „abwesend“.',
    valueInvalid: 'Dieser Wert ist ungültig.',
    valueInvalidShort: 'Ungültiger Wert',
    textUnstorable: 'Dieser Text enthält ein Zeichen, das nicht gespeichert werden kann.',
    textTooLong: 'Dieser Text ist zu lang.',
    departmentForeign: 'Wählen Sie eine Abteilung dieser Organisation.',
    levelForeign: 'Wählen Sie eine Stufe dieser Organisation.',
    managerForeign: 'Wählen Sie eine Führungskraft aus dieser Organisation.',
    managerLeft: 'Diese Führungskraft hat die Organisation verlassen.',
    managerCycle: 'Damit würde die Person ihre eigene Führungskraft führen.',
    leavingBeforeHire: 'Das Austrittsdatum darf nicht vor dem Eintrittsdatum liegen.',
    inviteLeaver: 'Ausgeschiedene Personen können nicht eingeladen werden.',
    noLoginYet: 'Diese Person hat noch kein Anmeldekonto. Senden Sie zuerst eine Einladung.',
    importEmptyFile: 'Die Datei ist leer.',
    importNoPeople: 'Die Datei hat eine Kopfzeile, aber keine Personen.',
    importColumnRequired: 'Diese Spalte ist Pflicht.',
    importColumnTwice: 'Diese Spalte kommt mehr als einmal vor.',
    importOwnManager: 'Eine Person kann nicht ihre eigene Führungskraft sein.',
    importManagerMismatch: 'Dies bezeichnet eine andere Person als manager_email.',
    importLeaver:
      'Austritte erfassen Sie im Profil über „Als ausgeschieden markieren“: Dafür wird ein Austrittsdatum benötigt.',
    importManagerEmailUnknown: 'Niemand mit dieser E-Mail-Adresse in der Datei oder in der Organisation.',
    importManagerIdUnknown: 'Niemand mit dieser Personalnummer in der Datei oder in der Organisation.',
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
    },
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
      library: 'Kompetenzen und Pfade',
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
    lead: 'Die Personen, die an Sie berichten.',
    directReports: 'Direkt unterstellte Mitarbeitende',
    count_one: '{{count}} Person',
    count_other: '{{count}} Personen',
    openOrgChart: 'Organigramm öffnen',
    showMore_one: '{{count}} weitere anzeigen',
    showMore_other: '{{count}} weitere anzeigen',
    comingSoon:
      'Für jede Person erscheinen hier Zielfortschritt, Beurteilungsstatus, das letzte 1:1-Gespräch und das letzte Karrieregespräch, sobald diese Funktionen genutzt werden.',
    empty: {
      title: 'Niemand berichtet an Sie',
      description:
        'Sobald Ihnen Personen als Führungskraft zugeordnet werden, erscheinen sie hier mit Links zu ihren Profilen. Im Organigramm sehen Sie, wie die Teams zusammenhängen.',
    },
  },
  insights: {
    lead: 'Organisationsweite Trends zu Leistung und Entwicklung, Seite an Seite.',
    empty: {
      title: 'Noch keine Auswertungen',
      description:
        'Diagramme erscheinen hier, sobald Ihre Organisation einen Beurteilungszyklus oder eine Umfrage durchgeführt hat. Gruppen, die zu klein sind, um anonym zu bleiben, werden nie angezeigt.',
    },
    features: {
      completion: {
        title: 'Abschluss der Beurteilungen',
        description: 'Wer welchen Schritt erledigt hat, nach Abteilung und Führungskraft.',
      },
      distribution: {
        title: 'Verteilung der Bewertungen',
        description: 'Bewertungen nach Abteilung und Führungskraft und was die Kalibrierung geändert hat.',
      },
      development: {
        title: 'Abdeckung der Entwicklung',
        description: 'Anteil der Personen mit Plan und einem aktuellen Karrieregespräch.',
      },
      engagement: {
        title: 'Engagement',
        description: 'Trends aus Pulsbefragungen, nur für ausreichend große Gruppen.',
      },
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
  profile: {
    title: 'Profil',
    backToDirectory: 'Personen',
    thisIsYou: 'Das sind Sie',
    details: 'Angaben',
    noReports: 'Keine',
    account: 'Anmeldekonto',
    hasAccount: 'Aktiv',
    noAccount: 'Noch nicht eingeladen',
    moreActions: 'Weitere Aktionen',
    showInOrgChart: 'Im Organigramm zeigen',
    notFound: {
      title: 'Person nicht gefunden',
      heading: 'Diese Person ist nicht in Ihrem Verzeichnis',
      description:
        'Der Link ist möglicherweise falsch oder der Datensatz ist für Sie nicht sichtbar. Suchen Sie stattdessen im Verzeichnis.',
    },
    edit: {
      title: '{{name}} bearbeiten',
      saved: 'Änderungen an {{name}} gespeichert.',
      conflictTitle: 'Jemand anderes hat diesen Datensatz geändert',
      conflict:
        'Eine andere Person hat Änderungen an diesem Datensatz gespeichert, während Sie ihn bearbeitet haben. Laden Sie die aktuelle Fassung neu; Ihre nicht gespeicherten Änderungen werden dabei ersetzt.',
      reload: 'Aktuelle Fassung laden',
    },
    deactivate: {
      action: 'Als ausgeschieden markieren',
      title: '{{name}} als ausgeschieden markieren',
      explain:
        '{{name}} wird ab diesem Datum als „Ausgeschieden“ angezeigt und kann sich nicht mehr anmelden. Die Datensätze bleiben erhalten.',
      explainManager:
        '{{name}} wird ab diesem Datum als „Ausgeschieden“ angezeigt und kann sich nicht mehr anmelden. Die {{count}} direkt unterstellten Personen wechseln zur nächsthöheren Führungskraft. Die Datensätze bleiben erhalten.',
      confirm: 'Als ausgeschieden markieren',
      dateRequired: 'Wählen Sie den letzten Arbeitstag',
      done: '{{name}} ist jetzt als ausgeschieden markiert.',
    },
    invite: {
      action: 'Einladung senden',
      sent: 'Einladung an {{email}} gesendet.',
    },
    reportingHistory: {
      title: 'Berichtslinien-Verlauf',
      empty: 'Keine Berichtslinien erfasst.',
      from: 'Von',
      to: 'Bis',
      present: 'Heute',
      noManager: 'Keine Führungskraft',
    },
    roles: {
      title: 'Rollen',
      lead: 'Die Rollen Führungskraft und nächsthöhere Führungskraft ergeben sich aus den Berichtslinien. Diese Rollen werden von Hand vergeben.',
      label: 'Vergebene Rollen',
      noAccount:
        'Diese Person hat noch kein Anmeldekonto; die Rollen gelten, sobald sie eine Einladung annimmt.',
      save: 'Rollen speichern',
      saveFailed: 'Rollen nicht gespeichert',
      saved: 'Rollen für {{name}} gespeichert.',
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
  admin: {
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
        description: 'Name der Organisation, Standardsprache und Zeitzone.',
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
  },
};
