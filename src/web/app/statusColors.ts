import type { z } from 'zod';
import type { CalibrationStateName } from '../../contracts/calibration';
import type { CompCycleState, Eligibility } from '../../contracts/compensation/cycles';
import type { ProposalState } from '../../contracts/compensation/proposalStates';
import type { ConversationStatus } from '../../contracts/conversations';
import type { FeedbackRequestStatus } from '../../contracts/feedback';
import type { Request360Status } from '../../contracts/feedback360';
import type { CheckInStatus, GoalStatus } from '../../contracts/goals';
import type { ImportRowStatus } from '../../contracts/import';
import type { PipState } from '../../contracts/improvementPlans';
import type { EnrolmentStatus } from '../../contracts/learning';
import type { EmploymentStatus } from '../../contracts/org';
import type { cycleStatus, formState, ReviewStateName } from '../../contracts/reviews';

/**
 * One meaning per colour (issue 11, item 16). A status is shown through its *tone*, and a tone has
 * exactly one colour, the same in a badge and in a chart series or progress bar:
 *
 * - `positive` green: on track, done, active employment;
 * - `caution` amber: at risk, on leave, expiring — needs attention soon;
 * - `negative` red: off track, expired, invalid — needs attention now;
 * - `info` blue: open or in progress, neither good nor bad;
 * - `neutral` gray: no status yet, draft, archived, cancelled.
 *
 * The track colours (indigo for Now, the brand teal for Next) belong to the tracks' identity and are
 * never a status; categorical series (phases, departments) use `categoricalColors`, which carry no
 * meaning beyond telling the series apart.
 */
export type Tone = 'positive' | 'caution' | 'negative' | 'info' | 'neutral';

export const tones: readonly Tone[] = ['positive', 'caution', 'negative', 'info', 'neutral'];

/** The theme colour of each tone (palettes in theme.ts, chosen for WCAG AA in both badge and bar). */
export const toneColor: Record<Tone, 'green' | 'amber' | 'red' | 'blue' | 'gray'> = {
  positive: 'green',
  caution: 'amber',
  negative: 'red',
  info: 'blue',
  neutral: 'gray',
};

/** Badge props for a tone: the light variant (shade 9 text on shade 1) passes AA for every tone. */
export function toneBadge(tone: Tone): { color: string; variant: 'light' } {
  return { color: toneColor[tone], variant: 'light' };
}

/**
 * The colour of a chart series, progress bar or status dot for a tone: shade 6 (shade 7 for gray,
 * whose 6 is too pale), all at least 3:1 against white (WCAG 1.4.11, non-text contrast).
 */
export function toneSeries(tone: Tone): string {
  return tone === 'neutral' ? 'gray.7' : `${toneColor[tone]}.6`;
}

/**
 * Alert props for a tone: a warning or a conflict is shown the same way as the status it stands
 * for (the light variant, so its text passes AA as a badge's does). Buttons inside the alert take
 * `toneColor[tone]` so they match it.
 */
export function toneAlert(tone: Tone): { color: string; variant: 'light' } {
  return { color: toneColor[tone], variant: 'light' };
}

/**
 * The colour of a line of text that carries a tone ("within the guideline", "not answered"):
 * shade 9 (gray 7 for neutral), each at least 4.5:1 against white (WCAG 1.4.3).
 */
export function toneText(tone: Tone): string {
  return tone === 'neutral' ? 'gray.7' : `${toneColor[tone]}.9`;
}

/** A goal's latest check-in. */
export const goalHealthTone: Record<CheckInStatus, Tone> = {
  on_track: 'positive',
  at_risk: 'caution',
  off_track: 'negative',
};

/** A goal's own state (its health is `goalHealthTone`). */
export const goalStatusTone: Record<GoalStatus, Tone> = {
  active: 'info',
  completed: 'positive',
  cancelled: 'neutral',
};

/** A person's employment status. */
export const employmentTone: Record<EmploymentStatus, Tone> = {
  active: 'positive',
  on_leave: 'caution',
  terminated: 'neutral',
};

/** A review cycle: drafted, running, finished. */
export const cycleStatusTone: Record<z.infer<typeof cycleStatus>, Tone> = {
  draft: 'neutral',
  active: 'info',
  closed: 'positive',
};

/** A review moving through its cycle: in progress until the employee has acknowledged it. */
export const reviewStateTone: Record<ReviewStateName, Tone> = {
  self_review: 'info',
  manager_review: 'info',
  submitted: 'info',
  in_calibration: 'info',
  calibrated: 'info',
  released: 'info',
  acknowledged: 'positive',
};

/** One review form (self, manager, peer): still being written, or handed in. */
export const formStateTone: Record<z.infer<typeof formState>, Tone> = {
  draft: 'neutral',
  submitted: 'positive',
};

/**
 * HR's follow-up after a calibration is locked: a calibrated review still waits for release
 * (needs attention soon), a released one waits for the employee, an acknowledged one is done.
 */
export const acknowledgmentTone = {
  calibrated: 'caution',
  released: 'info',
  acknowledged: 'positive',
} as const satisfies Partial<Record<ReviewStateName, Tone>>;

/** A calibration session: open for moves, or locked. */
export const calibrationSessionTone: Record<CalibrationStateName, Tone> = {
  open: 'info',
  locked: 'neutral',
};

/** A 360 request: waiting on its approver is the one state that asks someone to act. */
export const request360Tone: Record<Request360Status, Tone> = {
  nominating: 'neutral',
  awaiting_approval: 'caution',
  collecting: 'info',
  closed: 'info',
  released: 'positive',
};

/** A career conversation. */
export const conversationTone: Record<ConversationStatus, Tone> = {
  scheduled: 'info',
  completed: 'positive',
  cancelled: 'neutral',
};

/** A request for feedback: open until the responder answers or declines. */
export const feedbackRequestTone: Record<FeedbackRequestStatus, Tone> = {
  open: 'info',
  answered: 'positive',
  declined: 'neutral',
};

/** A learning enrolment: under way, or done. */
export const enrolmentTone: Record<EnrolmentStatus, Tone> = {
  enrolled: 'info',
  completed: 'positive',
};

/** A row of a people import: a new person, a change, or a row to fix before anything is applied. */
export const importRowTone: Record<ImportRowStatus, Tone> = {
  create: 'positive',
  update: 'info',
  invalid: 'negative',
};

/**
 * An improvement plan: waiting on the employee's acknowledgement (first, after a change, after an
 * extension) needs attention soon; running and acknowledged is in progress; a draft or a closed plan
 * asks nothing of anyone.
 */
export const pipStateTone: Record<PipState, Tone> = {
  draft: 'neutral',
  active: 'caution',
  acknowledged: 'info',
  paused: 'caution',
  extended: 'caution',
  closed: 'neutral',
};

/**
 * A compensation cycle: set-up and the managers' planning are work in progress; review and approval
 * wait on approvers; released is done; a draft or an archived cycle asks nothing.
 */
export const compCycleStateTone: Record<CompCycleState, Tone> = {
  draft: 'neutral',
  planning: 'info',
  review: 'caution',
  approved: 'info',
  released: 'positive',
  archived: 'neutral',
};

/**
 * A pay proposal: a draft asks nothing yet, a submitted one is on its way through approval, one sent
 * back needs the planner's attention, an approved one is done.
 */
export const proposalStateTone: Record<ProposalState, Tone> = {
  draft: 'neutral',
  submitted: 'info',
  returned: 'caution',
  approved: 'positive',
};

/** A person in a compensation cycle: eligible is the normal case; ineligible or excluded stand out. */
export const eligibilityTone: Record<Eligibility, Tone> = {
  eligible: 'positive',
  ineligible: 'caution',
  excluded: 'neutral',
};

/**
 * Series that are only categories (review phases, departments): the Okabe–Ito palette, told apart
 * with the common forms of colour blindness; never used for a status.
 */
export const categoricalColors = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#4D4D4D',
] as const;

/** The categorical colour of the n-th series (repeats after seven). */
export const categoricalColor = (index: number): string =>
  categoricalColors[
    ((index % categoricalColors.length) + categoricalColors.length) % categoricalColors.length
  ]!;
