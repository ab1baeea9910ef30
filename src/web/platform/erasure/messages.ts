import type { Messages } from '../../i18n/types';

/** English strings of the erasure of a person's data; wired into the catalogues as `erasure.*`. */
export const erasureEn = {
  action: 'Erase personal data',
  request: {
    title: 'Erase the personal data of {{name}}',
    lead: 'Only on a written request. A second HR admin has to approve before anything is erased; then it cannot be undone. Below is what the erasure would do today (nothing has been changed yet).',
    blocked: 'This person cannot be erased yet',
    reference: 'Request reference',
    referenceHint: 'Ticket number or the date of the letter — not the person’s name',
    reason: 'Reason',
    reasonHint: 'Kept with the request after the erasure: do not write the person’s name',
    confirm: 'Request erasure',
    done: 'The erasure request was sent. A second HR admin has to approve it.',
  },
  plan: {
    title: 'What the erasure does',
    summary: '{{deleted}} rows deleted, {{anonymised}} anonymised, {{kept}} kept',
    retainUntil:
      'Performance records are kept anonymised until {{date}} (legal retention), then they may be deleted.',
    deleteNow: 'The retention period of their performance records is over: they are deleted too.',
    record: 'Records',
    action: 'What happens',
    rows: 'Rows',
    why: 'Why',
    showEmpty: 'Also show record kinds with no rows',
    actions: { delete: 'Deleted', anonymise: 'Anonymised', keep: 'Kept' },
  },
  list: {
    lead: 'Erasure requests of your organisation. A request runs only when a second HR admin approves it.',
    empty: {
      title: 'No erasure requests',
      description: 'Requests appear here when an HR admin asks to erase a person’s data from their profile.',
    },
    requestedBy: 'Requested by {{name}} on {{at}}',
    decidedBy: '{{state}} by {{name}} on {{at}}',
    unknownAccount: 'an account that no longer exists',
    mine: 'You made this request: a second HR admin has to decide.',
    states: {
      requested: 'Waiting for approval',
      executed: 'Erased',
      rejected: 'Rejected',
      cancelled: 'Cancelled',
    },
    showPlan: 'Show the plan',
    approve: 'Approve and erase',
    reject: 'Reject',
    cancel: 'Cancel request',
    redacted: '{{formatted}} audit entries redacted',
  },
  decide: {
    approveTitle: 'Approve the erasure of {{name}}',
    approveLead:
      'The plan below runs at once and cannot be undone. The counts are from when the request was made; the erasure counts again as it runs.',
    rejectTitle: 'Reject the erasure request for {{name}}',
    note: 'Note (optional)',
    confirmApprove: 'Erase now',
    confirmReject: 'Reject request',
    approved: 'The personal data was erased.',
    rejected: 'The request was rejected.',
    cancelled: 'The request was cancelled.',
  },
};

export const erasureDe: Messages<typeof erasureEn> = {
  action: 'Personenbezogene Daten löschen',
  request: {
    title: 'Personenbezogene Daten von {{name}} löschen',
    lead: 'Nur auf schriftlichen Antrag. Eine zweite HR-Administratorin oder ein zweiter HR-Administrator muss zustimmen, bevor etwas gelöscht wird; danach lässt es sich nicht rückgängig machen. Unten steht, was die Löschung heute tun würde (noch wurde nichts geändert).',
    blocked: 'Diese Person kann noch nicht gelöscht werden',
    reference: 'Referenz des Antrags',
    referenceHint: 'Ticketnummer oder Datum des Schreibens – nicht der Name der Person',
    reason: 'Grund',
    reasonHint: 'Bleibt nach der Löschung beim Antrag: Schreiben Sie nicht den Namen der Person',
    confirm: 'Löschung beantragen',
    done: 'Der Löschantrag wurde gestellt. Eine zweite HR-Administration muss ihn genehmigen.',
  },
  plan: {
    title: 'Was die Löschung tut',
    summary: '{{deleted}} Zeilen gelöscht, {{anonymised}} anonymisiert, {{kept}} behalten',
    retainUntil:
      'Leistungsdaten bleiben bis {{date}} anonymisiert erhalten (gesetzliche Aufbewahrung), danach dürfen sie gelöscht werden.',
    deleteNow: 'Die Aufbewahrungsfrist der Leistungsdaten ist abgelaufen: Sie werden ebenfalls gelöscht.',
    record: 'Datensätze',
    action: 'Was geschieht',
    rows: 'Zeilen',
    why: 'Warum',
    showEmpty: 'Auch Datensatzarten ohne Zeilen zeigen',
    actions: { delete: 'Gelöscht', anonymise: 'Anonymisiert', keep: 'Behalten' },
  },
  list: {
    lead: 'Löschanträge Ihrer Organisation. Ein Antrag wird erst ausgeführt, wenn eine zweite HR-Administration ihn genehmigt.',
    empty: {
      title: 'Keine Löschanträge',
      description:
        'Anträge erscheinen hier, wenn eine HR-Administration im Profil einer Person die Löschung ihrer Daten beantragt.',
    },
    requestedBy: 'Beantragt von {{name}} am {{at}}',
    decidedBy: '{{state}} von {{name}} am {{at}}',
    unknownAccount: 'einem nicht mehr bestehenden Konto',
    mine: 'Sie haben diesen Antrag gestellt: Eine zweite HR-Administration muss entscheiden.',
    states: {
      requested: 'Wartet auf Genehmigung',
      executed: 'Gelöscht',
      rejected: 'Abgelehnt',
      cancelled: 'Zurückgezogen',
    },
    showPlan: 'Plan anzeigen',
    approve: 'Genehmigen und löschen',
    reject: 'Ablehnen',
    cancel: 'Antrag zurückziehen',
    redacted: '{{formatted}} Audit-Einträge geschwärzt',
  },
  decide: {
    approveTitle: 'Löschung von {{name}} genehmigen',
    approveLead:
      'Der Plan unten wird sofort ausgeführt und lässt sich nicht rückgängig machen. Die Zahlen stammen vom Zeitpunkt des Antrags; bei der Ausführung wird neu gezählt.',
    rejectTitle: 'Löschantrag für {{name}} ablehnen',
    note: 'Notiz (optional)',
    confirmApprove: 'Jetzt löschen',
    confirmReject: 'Antrag ablehnen',
    approved: 'Die personenbezogenen Daten wurden gelöscht.',
    rejected: 'Der Antrag wurde abgelehnt.',
    cancelled: 'Der Antrag wurde zurückgezogen.',
  },
};
