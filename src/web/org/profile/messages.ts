import type { Messages } from '../../i18n/types';

/** English strings of a person's profile page; wired into the catalogues as `profile.*`. */
export const profileEn = {
  title: 'Profile',
  backToDirectory: 'People',
  thisIsYou: 'This is you',
  details: 'Details',
  noReports: 'None',
  account: 'Sign-in account',
  hasAccount: 'Active',
  noAccount: 'Not invited yet',
  moreActions: 'More actions',
  showInOrgChart: 'Show in org chart',
  notFound: {
    title: 'Person not found',
    heading: 'This person is not in your directory',
    description: 'The link may be wrong, or the record is not visible to you. Search the directory instead.',
  },
  edit: {
    title: 'Edit {{name}}',
    saved: 'Changes to {{name}} saved.',
    conflictTitle: 'Someone else changed this record',
    conflict:
      'Another person saved changes to this record while you were editing. Reload to see the current version; your unsaved edits will be replaced.',
    reload: 'Reload the current version',
  },
  deactivate: {
    action: 'Mark as left',
    title: 'Mark {{name}} as left',
    explain:
      '{{name}} will show as “Left” from this date and their sign-in will stop working. Their records are kept.',
    explainManager:
      '{{name}} will show as “Left” from this date and their sign-in will stop working. Their {{count}} direct reports move to the next manager up. Their records are kept.',
    confirm: 'Mark as left',
    dateRequired: 'Pick the last day of employment',
    done: '{{name}} is now marked as left.',
    reason: {
      label: 'Reason for leaving',
      description: 'Counted in the turnover figures only; it is not shown on the profile.',
      voluntary: 'They chose to leave',
      involuntary: 'The organisation ended it',
      none: 'Not recorded',
    },
  },
  invite: {
    action: 'Send invitation',
    sent: 'Invitation sent to {{email}}.',
  },
  reportingHistory: {
    title: 'Reporting history',
    empty: 'No reporting lines recorded.',
    from: 'From',
    to: 'Until',
    present: 'Present',
    noManager: 'No manager',
  },
  roles: {
    title: 'Roles',
    lead: 'Manager and skip-level roles follow from reporting lines. These roles are granted by hand.',
    label: 'Granted roles',
    noAccount: 'This person has no sign-in account yet; roles take effect once they accept an invitation.',
    save: 'Save roles',
    saveFailed: 'Roles not saved',
    saved: 'Roles for {{name}} saved.',
  },
};

export const profileDe: Messages<typeof profileEn> = {
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
    reason: {
      label: 'Grund des Ausscheidens',
      description: 'Zählt nur in den Fluktuationszahlen; im Profil wird er nicht angezeigt.',
      voluntary: 'Auf eigenen Wunsch',
      involuntary: 'Durch die Organisation beendet',
      none: 'Nicht erfasst',
    },
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
};
