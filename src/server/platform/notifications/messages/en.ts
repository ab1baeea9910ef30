import type { Catalogue, Chrome } from './params';

const t = (title: string, body = '') => ({ title, body });

export const enChrome: Chrome = {
  someone: 'Someone',
  erasedPerson: 'An erased person',
  openInTrellis: 'Open it in Trellis:',
  signature: '— Trellis',
};

const reminderTitles = {
  self_review: (cycle: string, due: string) => `Your self review for ${cycle} is due on ${due}`,
  peer_input: (cycle: string, due: string) => `Peer input you were asked for in ${cycle} is due on ${due}`,
  manager_review: (cycle: string, due: string) => `Manager reviews for ${cycle} are due on ${due}`,
  release: (cycle: string, due: string) => `Calibrated reviews in ${cycle} are ready to release by ${due}`,
  acknowledgment: (cycle: string, due: string) =>
    `Please read and acknowledge your review for ${cycle} by ${due}`,
} as const;

/** English texts of every notification kind. Also the stored copy new rows keep in `title`/`body`. */
export const en: Catalogue = {
  'account.password_changed': () =>
    t(
      'Your Trellis password was changed',
      'Your password was changed through a reset link, and every session was signed out. If you did not do this, reset your password again and tell your administrator.',
    ),
  'privacy.data_exported': () =>
    t(
      'HR exported your personal data on a written request',
      'Who ran the export, when and why is on your access log.',
    ),

  'feedback.requested': (p, f) => t(`${f.person(p.name)} asked you for feedback`),
  'feedback.declined': (p, f) => t(`${f.person(p.name)} declined your feedback request`),
  'feedback.received': (p, f) =>
    t(p.praise ? `${f.person(p.name)} sent you praise` : `${f.person(p.name)} sent you feedback`),
  'review.self_review_open': (p, f) =>
    t(`Your self review for ${p.cycle} is open`, `Please submit it by ${f.date(p.due)}.`),
  'review.manager_reviews_assigned': (p, f) =>
    t(
      `You have ${p.count} ${p.count === 1 ? 'review' : 'reviews'} to write in ${p.cycle}`,
      `Manager reviews are due by ${f.date(p.due)}.`,
    ),
  'review.reviewer_assigned': () => t('You have been asked to write a review'),
  'review.reviewer_changed_manager': (p, f) =>
    t(
      `${f.person(p.name)} has a new manager during ${p.cycle}`,
      'The review stays with the manager who had them at launch. Reassign it if that is no longer right.',
    ),
  'review.self_review_submitted': (p, f) =>
    t(`${f.person(p.name, 'A participant')} submitted their self review`),
  'review.peer_input_requested': (p, f) =>
    t('You were asked for input on a colleague’s results', p.due ? `Please reply by ${f.date(p.due)}.` : ''),
  'review.peer_input_submitted': (p, f) =>
    t(`Peer input about ${f.person(p.name, 'a participant')} has arrived`),
  'review.form_reopened': () =>
    t(
      'A review form you submitted was reopened by HR',
      'Open the form to read why and to make your changes.',
    ),
  'review.reminder': (p, f) => t(reminderTitles[p.phase](p.cycle, f.date(p.due))),
  'review.released': () =>
    t(
      'Your performance review is ready to read',
      'Your manager has shared your review. Read it and acknowledge it in Trellis.',
    ),
  'review.acknowledged': (p, f) => t(`${f.person(p.name)} acknowledged their review`),
  'calibration.assigned': (p) => t(`You are an approver of the calibration session “${p.session}”`),
  'calibration.sign_off_withdrawn': (p) =>
    t(
      `${p.session}: ${p.count === 1 ? 'a late review' : `${p.count} late reviews`} joined, please sign again`,
      'Your sign-off covered only the reviews you had seen, so it was withdrawn. Look at the grid again and sign off once more.',
    ),
  'calibration.locked': (p) => t(`Calibration “${p.session}” is complete: you can release your reviews`),
  'improvement_plan.published': () =>
    t(
      'An improvement plan was shared with you',
      'Please read it and acknowledge that you have. Acknowledging is not agreeing: you can add a response in your own words.',
    ),
  'improvement_plan.changed': (p, f) =>
    t(
      p.extended
        ? `Your improvement plan was extended to ${f.date(p.endDate)}`
        : 'Your improvement plan was changed',
      'Open it to see what changed, and acknowledge that you have read it.',
    ),
  'improvement_plan.acknowledged': (p, f) =>
    t(
      p.withResponse
        ? `${f.person(p.name)} acknowledged their improvement plan and added a response`
        : `${f.person(p.name)} acknowledged their improvement plan`,
    ),
  'improvement_plan.response_added': (p, f) =>
    t(`${f.person(p.name)} added a response to their improvement plan`),
  'improvement_plan.check_in_missed': (p, f) =>
    t(
      `The improvement plan check-in with ${f.person(p.name)} on ${f.date(p.due)} has not been recorded`,
      'Record it, or talk to HR if it did not take place.',
    ),
  'improvement_plan.check_in_overdue': (p, f) =>
    t(
      `An improvement plan check-in for ${f.person(p.name)} (${f.date(p.due)}) is still not recorded`,
      'The manager was reminded three days ago.',
    ),
  'improvement_plan.closed': (p, f) =>
    t(
      p.owner === null
        ? 'Your improvement plan was closed'
        : `The improvement plan of ${f.person(p.owner)} was closed`,
      'The plan and its history can be downloaded as a PDF.',
    ),

  'aspiration.shared': (p, f) => t(`${f.person(p.name)} shared a career aspiration with you`),
  'career_conversation.scheduled': (p, f) =>
    t(`${f.person(p.name)} scheduled a career conversation with you`, `It is set for ${f.dateTime(p.at)}.`),
  'career_conversation.rescheduled': (p, f) =>
    t(`${f.person(p.name)} rescheduled your career conversation`, `It is now set for ${f.dateTime(p.at)}.`),
  'career_conversation.cancelled': (p, f) => t(`${f.person(p.name)} cancelled your career conversation`),
  'paths.manager_assessment': () => t('Your manager added a development assessment to your career path'),
  'learning.certification_expiring': (p, f) =>
    t(
      `One of your certifications expires on ${f.date(p.expires)}`,
      'Plan the renewal in time: open your learning page to see which one.',
    ),
  'development_plan.shared': (p, f) =>
    t(`${f.person(p.name, 'A report')} shared a development plan with you`),
  'development_plan.nudge': (p, f) =>
    p.forManager
      ? t(
          `A development plan ${f.person(p.owner)} shared with you has had no update for ${p.days} days`,
          'You could ask about it in your next 1:1.',
        )
      : t(
          `Your development plan has had no update for ${p.days} days`,
          'Add a progress note or update an action to keep it moving.',
        ),
  'feedback360.program_started': (p, f) =>
    t(`${f.person(p.name)} started a 360 for your development: choose who you would like to hear from`),
  'feedback360.approval_requested': (p, f) =>
    t(`${f.person(p.name)} asked you to approve the raters for their 360`),
  'feedback360.nominations_returned': () =>
    t('Your manager asked you to change some of the raters for your 360'),
  'feedback360.closed': (p) =>
    t(
      p.viaCoach
        ? 'Your 360 has closed; your coach will go through the report with you'
        : 'Your 360 report is ready',
    ),
  'feedback360.ready_for_coach': (p, f) =>
    t(`The 360 report of ${f.person(p.name)} is ready for you to prepare and release`),
  'feedback360.released': () => t('Your coach has released your 360 report'),
  'coaching.requested': (p, f) =>
    t(
      p.chemistry
        ? `${f.person(p.name)} would like a chemistry conversation with you before choosing a coach`
        : `${f.person(p.name)} asked you to be their coach`,
    ),
  'coaching.accepted': (p, f) =>
    t(
      p.awaitingApproval
        ? `${f.person(p.name)} accepted your coaching request; HR confirms the start`
        : `${f.person(p.name)} accepted your coaching request`,
    ),
  'coaching.declined': (p, f) =>
    t(`${f.person(p.name)} cannot take your coaching request`, 'You can ask another coach from the pool.'),
  'coaching.approval_requested': () => t('A coaching engagement is waiting for your approval to start'),
  'coaching.stalled': (p) =>
    t(
      `Your coaching has had no session for ${p.days} days`,
      'If it still helps you, schedule the next session with your coach.',
    ),
  'coaching.invited': () =>
    t('You are invited to try coaching', 'It is up to you: nobody is told whether you take it up.'),
  'coaching.summary_shared': (p, f) => t(`${f.person(p.name)} shared a coaching summary with you`),
  'feedback360.invited': (p, f) =>
    t(
      p.self
        ? 'Your 360 has started: add your own view'
        : `${f.person(p.name)} asked for your feedback for their development (360, anonymous)`,
    ),
  'feedback360.reminder': (p, f) =>
    t(`Reminder: ${f.person(p.name)} would value your 360 feedback by ${f.date(p.due)}`),
  'survey.invited': (p, f) =>
    t(`Pulse survey: ${p.survey}`, `Your answers are anonymous. Open until ${f.date(p.due)}.`),
  'mentoring.match_proposed': (p, f) =>
    t(`${f.person(p.name)} would like you as their mentor`, `Please answer by ${f.dateTime(p.due)}.`),
  'mentoring.match_answered': (p, f) =>
    t(
      p.accepted
        ? `${f.person(p.name)} accepted your mentoring request`
        : `${f.person(p.name)} cannot mentor you this time`,
    ),
  'mentoring.agreement_written': (p, f) =>
    t(`${f.person(p.name)} wrote your mentoring agreement`, 'Read it and confirm to start.'),
  'mentoring.match_closed': (p, f) => t(`Your mentoring with ${f.person(p.name)} was closed`),
  'development_offer.received': () =>
    t('You have a new development offer', 'Open your development plans to accept or decline it.'),
};
