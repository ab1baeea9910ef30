/**
 * Every issue code the compensation core raises, in one place. Values follow the app's issue
 * catalogue (contracts/issues.ts): one camel-case word, no dots, so the web app can look them up as
 * `validation.<code>` (its `isKnownCode` accepts only [A-Za-z0-9]+, and i18next reads a dot as a
 * nesting separator). Add codes rather than renaming them: clients rely on them.
 */
export const compensationCodes = {
  // Money and currencies
  currencyUnknown: 'compensationCurrencyUnknown',
  amountInvalid: 'compensationAmountInvalid',
  amountTooPrecise: 'compensationAmountTooPrecise',
  amountUnsafe: 'compensationAmountUnsafe',
  decimalInvalid: 'compensationDecimalInvalid',
  // Exchange rates
  fxRateMissing: 'compensationFxRateMissing',
  fxRateInvalid: 'compensationFxRateInvalid',
  fxTableRequired: 'compensationFxTableRequired',
  // Dates and proration
  dateInvalid: 'compensationDateInvalid',
  periodInvalid: 'compensationPeriodInvalid',
  leaveInvalid: 'compensationLeaveInvalid',
  // Bands
  bandInvalid: 'compensationBandInvalid',
  belowBandMin: 'compensationBelowBandMin',
  aboveBandMax: 'compensationAboveBandMax',
  // Merit matrix
  matrixThresholdsInvalid: 'compensationMatrixThresholdsInvalid',
  matrixColumnsMismatch: 'compensationMatrixColumnsMismatch',
  matrixCellInvalid: 'compensationMatrixCellInvalid',
  matrixRatingMissing: 'compensationMatrixRatingMissing',
  matrixRatingUnknown: 'compensationMatrixRatingUnknown',
  matrixRatingDuplicate: 'compensationMatrixRatingDuplicate',
  outsideGuideline: 'compensationOutsideGuideline',
  outsideGuidelineJustified: 'compensationOutsideGuidelineJustified',
  // Promotions
  promotionBelowGuideline: 'compensationPromotionBelowGuideline',
  promotionBelowGuidelineJustified: 'compensationPromotionBelowGuidelineJustified',
  // Budgets
  overBudget: 'compensationOverBudget',
  overBudgetBlocked: 'compensationOverBudgetBlocked',
  budgetManagerDuplicate: 'compensationBudgetManagerDuplicate',
  budgetParentUnknown: 'compensationBudgetParentUnknown',
  budgetTreeCycle: 'compensationBudgetTreeCycle',
} as const;

export type CompensationCode = (typeof compensationCodes)[keyof typeof compensationCodes];

/** Every code, for the catalogue test that holds en and de texts to cover them. */
export const allCompensationCodes: readonly CompensationCode[] = Object.values(compensationCodes);
