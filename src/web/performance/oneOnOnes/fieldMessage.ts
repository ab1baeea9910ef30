import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { translateMessage } from '../../i18n';

/**
 * Field messages of the 1:1 and feedback APIs arrive in English; these are shown in the reader's
 * language. Anything else goes through the app-wide validation catalogue.
 */
const ownMessages = {
  'Choose someone other than yourself': 'oneOnOnes.server.chooseOther',
  'Choose a current colleague': 'oneOnOnes.server.chooseCurrent',
  'You already have a 1:1 series with this person': 'oneOnOnes.server.alreadySeries',
  'Choose one of the two participants': 'oneOnOnes.server.chooseParticipant',
  'Write a few words': 'oneOnOnes.server.writeWords',
  'Choose a colleague': 'feedback.form.choosePerson',
  'Only praise can be public': 'feedback.server.onlyPraisePublic',
  'Write your feedback': 'feedback.server.writeFeedback',
} as const;

export function localMessage(message: string, t: TFunction): string {
  const key = ownMessages[message.trim().replace(/\.$/, '') as keyof typeof ownMessages];
  return key ? t(key) : translateMessage(message);
}

/** The message for one field of a failed call, or null when that field is fine. */
export function fieldError(error: unknown, field: string, t: TFunction): string | null {
  return isApiError(error) && error.fields[field] ? localMessage(error.fields[field], t) : null;
}
