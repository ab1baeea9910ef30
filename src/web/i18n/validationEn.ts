import { issueTexts } from '../../contracts/issues';

/**
 * The texts of input issues (field errors, import rows, refusals) by code, apart from the core
 * catalogue: about 5 KB gzipped per language that the sign-in page's first paint does not need. They
 * load as the `validation` part (areas.ts) with the signed-in app, and before a public page's form
 * check (loginCheck.ts, the password pages' routes). English is the contract's own wording.
 */
export const validationEn = {
  ...issueTexts,
  pickDate: 'Pick a date',
  rankRequired: 'Enter a rank between 0 and 100',
};
