import type { Messages } from '../../i18n/types';

/** English strings of the personal data export; wired into the catalogues as `dataExport.*`. */
export const dataExportEn = {
  download: 'Download my data',
  downloadHint:
    'A ZIP with everything Trellis holds about you that you can see: JSON files and a readable report.',
  downloaded: 'Your data was downloaded.',
  onRequest: {
    action: 'Export data (on request)',
    title: 'Export the data of {{name}}',
    lead: 'Only on a written request from {{name}}. The export is recorded in the audit trail and shows on their access log with the reference and reason below, and they are notified. Records they cannot normally see are in the folder “for-hr-review”: review and redact them before handing anything over. Their private notes, development records and 360 reports are not included (HR does not read them); they can download those themselves.',
    reference: 'Request reference',
    referenceHint: 'Ticket number or the date of the letter',
    reason: 'Reason',
    reasonHint: 'Visible to {{name}} on their access log',
    confirm: 'Export and download',
    done: 'The data of {{name}} was exported.',
  },
};

export const dataExportDe: Messages<typeof dataExportEn> = {
  download: 'Meine Daten herunterladen',
  downloadHint:
    'Ein ZIP mit allem, was Trellis über Sie speichert und Sie sehen können: JSON-Dateien und ein lesbarer Bericht.',
  downloaded: 'Ihre Daten wurden heruntergeladen.',
  onRequest: {
    action: 'Daten exportieren (auf Anfrage)',
    title: 'Daten von {{name}} exportieren',
    lead: 'Nur auf schriftliche Anfrage von {{name}}. Der Export wird im Audit-Protokoll festgehalten und erscheint mit Referenz und Grund im Zugriffsprotokoll der Person, die zudem benachrichtigt wird. Datensätze, die die Person sonst nicht sieht, liegen im Ordner „for-hr-review“: Prüfen und schwärzen Sie diese, bevor Sie etwas herausgeben. Private Notizen, Entwicklungsdaten und 360-Berichte sind nicht enthalten (HR liest sie nicht); diese kann die Person selbst herunterladen.',
    reference: 'Referenz der Anfrage',
    referenceHint: 'Ticketnummer oder Datum des Schreibens',
    reason: 'Grund',
    reasonHint: 'Für {{name}} im Zugriffsprotokoll sichtbar',
    confirm: 'Exportieren und herunterladen',
    done: 'Die Daten von {{name}} wurden exportiert.',
  },
};
