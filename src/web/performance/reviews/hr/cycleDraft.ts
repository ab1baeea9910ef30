import type { CreateCycleRequest, CycleDetail } from '../../../../contracts/reviews';

/** The wizard's values: the request's fields, with the participant filter spread out for the inputs. */
export type CycleDraft = Omit<
  CreateCycleRequest,
  'participantFilter' | 'peerInputDue' | 'managerSeesSelfReview' | 'reminderDaysBefore'
> & {
  managerSeesSelfReview: boolean;
  reminderDaysBefore: number;
  departmentIds: string[];
  levelIds: string[];
  hiredOnOrBefore: string;
  excludedPersonIds: string[];
  withPeer: boolean;
  peerInputDue: string;
};

export const deadlineFields = [
  'selfReviewDue',
  'peerInputDue',
  'managerReviewDue',
  'calibrationDue',
  'releaseDue',
  'acknowledgeDue',
] as const;
export type DeadlineField = (typeof deadlineFields)[number];

/**
 * Suggested deadlines, in days after the review period ends: the self review a week later, peer
 * input after ten days, the manager review after two weeks, calibration after three, release after
 * four and the acknowledgment a week after release.
 */
export const suggestedDaysAfterPeriod: Record<DeadlineField, number> = {
  selfReviewDue: 7,
  peerInputDue: 10,
  managerReviewDue: 14,
  calibrationDue: 21,
  releaseDue: 28,
  acknowledgeDue: 35,
};

/** A calendar date (`YYYY-MM-DD`) plus whole days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The deadlines suggested for a period ending on `periodEnd` (none while it is not set). */
export function suggestedDeadlines(periodEnd: string): Partial<Record<DeadlineField, string>> {
  if (!isDate(periodEnd)) return {};
  return Object.fromEntries(
    deadlineFields.map((field) => [field, addDays(periodEnd, suggestedDaysAfterPeriod[field])]),
  );
}

/** The wizard's fields, from a draft cycle being edited or empty for a new one. */
export function draftFrom(cycle: CycleDetail | undefined): CycleDraft {
  if (cycle) {
    return {
      name: cycle.name,
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      templateId: cycle.templateId ?? '',
      departmentIds: cycle.participantFilter.departmentIds ?? [],
      levelIds: cycle.participantFilter.levelIds ?? [],
      hiredOnOrBefore: cycle.participantFilter.hiredOnOrBefore ?? '',
      excludedPersonIds: cycle.participantFilter.excludedPersonIds ?? [],
      withPeer: cycle.peerInputDue !== null,
      selfReviewDue: cycle.selfReviewDue,
      peerInputDue: cycle.peerInputDue ?? '',
      managerReviewDue: cycle.managerReviewDue,
      calibrationDue: cycle.calibrationDue,
      releaseDue: cycle.releaseDue,
      acknowledgeDue: cycle.acknowledgeDue,
      managerSeesSelfReview: cycle.managerSeesSelfReview,
      reminderDaysBefore: cycle.reminderDaysBefore,
    };
  }
  return {
    name: '',
    periodStart: '',
    periodEnd: '',
    templateId: '',
    departmentIds: [],
    levelIds: [],
    hiredOnOrBefore: '',
    excludedPersonIds: [],
    withPeer: false,
    selfReviewDue: '',
    peerInputDue: '',
    managerReviewDue: '',
    calibrationDue: '',
    releaseDue: '',
    acknowledgeDue: '',
    managerSeesSelfReview: true,
    reminderDaysBefore: 3,
  };
}

/** The participant filter the values describe (empty lists mean "any"). */
export function filterOf(draft: CycleDraft): NonNullable<CreateCycleRequest['participantFilter']> {
  return {
    departmentIds: draft.departmentIds.length ? draft.departmentIds : undefined,
    levelIds: draft.levelIds.length ? draft.levelIds : undefined,
    hiredOnOrBefore: draft.hiredOnOrBefore || undefined,
    excludedPersonIds: draft.excludedPersonIds.length ? draft.excludedPersonIds : undefined,
  };
}

/** The values as the create request (the edit adds its version). */
export function requestOf(draft: CycleDraft): CreateCycleRequest {
  return {
    name: draft.name,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    templateId: draft.templateId,
    participantFilter: filterOf(draft),
    selfReviewDue: draft.selfReviewDue,
    peerInputDue: draft.withPeer ? draft.peerInputDue : null,
    managerReviewDue: draft.managerReviewDue,
    calibrationDue: draft.calibrationDue,
    releaseDue: draft.releaseDue,
    acknowledgeDue: draft.acknowledgeDue,
    managerSeesSelfReview: draft.managerSeesSelfReview,
    reminderDaysBefore: draft.reminderDaysBefore,
  };
}

/** The wizard's steps and the request fields each one asks for (checked before "Next"). */
export const stepFields: readonly (readonly string[])[] = [
  ['name', 'periodStart', 'periodEnd', 'templateId'],
  ['departmentIds', 'levelIds', 'hiredOnOrBefore', 'excludedPersonIds'],
  deadlineFields,
  ['managerSeesSelfReview', 'reminderDaysBefore'],
];

/** A request field path as the form names it (`participantFilter.hiredOnOrBefore` → `hiredOnOrBefore`). */
export function formField(path: string): string {
  return path.startsWith('participantFilter.') ? (path.split('.')[1] ?? path) : path;
}

/** The errors that belong to `step`, keyed by form field. */
export function errorsOfStep(errors: Record<string, unknown>, step: number): Record<string, unknown> {
  const fields = new Set(stepFields[step] ?? []);
  return Object.fromEntries(
    Object.entries(errors)
      .map(([path, message]) => [formField(path), message] as const)
      .filter(([field]) => fields.has(field)),
  );
}

/** The first step with an error (the wizard goes back there when a save is refused). */
export function firstStepWithError(errors: Record<string, unknown>): number | null {
  for (let step = 0; step < stepFields.length; step++) {
    if (Object.keys(errorsOfStep(errors, step)).length > 0) return step;
  }
  return null;
}
