/**
 * The invitation email of a pulse round. The link travels apart from the text (`text(link)`), so
 * the stored copy and the log never hold it (mail/mailer.ts).
 */
export function surveyLinkEmail(locale: string, surveyName: string, closesOn: string) {
  if (locale.startsWith('de'))
    return {
      subject: `Pulsbefragung: ${surveyName}`,
      text: (link: string) =>
        `Sie sind zur Pulsbefragung „${surveyName}“ eingeladen. Ihre Antworten sind anonym: Niemand sieht, was Sie geantwortet haben, nur Ergebnisse ausreichend großer Gruppen.\n\nAntworten Sie ohne Anmeldung über diesen Link (einmalig gültig, bis ${closesOn}):\n${link}\n\n— Trellis`,
    };
  return {
    subject: `Pulse survey: ${surveyName}`,
    text: (link: string) =>
      `You are invited to the pulse survey "${surveyName}". Your answers are anonymous: nobody sees what you answered, only results of large enough groups.\n\nAnswer without signing in through this link (single use, open until ${closesOn}):\n${link}\n\n— Trellis`,
  };
}
