/**
 * The growth track's only door into performance code (SPEC S1.1, checked by
 * scripts/architecture.ts). Data flows one way: growth may read what is listed here — a business
 * objective to link a development goal to, a released review's date or highlights — and may
 * suggest items for the "Next" section of a 1:1. Nothing here reads growth data.
 */
export { type NextAgendaSuggestion, suggestNextAgendaItems } from '../oneOnOnes/nextSection';
export { findLinkableObjectives, type LinkableObjective, listLinkableObjectives } from './goalLinks';
export { type LockedCalibratedRating, lockedCalibratedRatings } from './lockedCalibratedRatings';
export { findSeriesBetween } from './oneOnOneSeries';
export { listSeedableReviews, readReviewHighlights } from './reviewHighlights';
export { reviewReleaseDates } from './reviewRelease';
