/**
 * Stable codes for what is wrong with an input (field errors, import rows) or why an action was
 * refused, each with its English template; `{{name}}` placeholders are filled from the issue's
 * params. The server sends the code and params next to the English text; the web app translates
 * by code (`validation.<code>` in its catalogues), never by the English wording, so a template may
 * be reworded freely. Add codes rather than renaming them: clients rely on them.
 */
export const issueTexts = {
  // Generic
  valueInvalid: 'This value is not valid.',
  valueInvalidShort: 'Invalid value',
  requestUnreadable: 'The request could not be read.',
  textUnstorable: 'This text contains a character that cannot be saved.',
  textTooLong: 'This text is too long.',
  valueInUse: 'This value is already in use.',
  listPositionInvalid: 'This list position is not valid; start again from the first page.',
  pageLinkInvalid: 'This page link is not valid any more.',
  dateFormat: 'Use the date format YYYY-MM-DD',
  dateAfterToday: 'Choose a date after today',
  concurrentChange: 'Another change was saved at the same moment. Try again.',
  // Sign-in, accounts, roles
  emailInvalid: 'Enter a valid email address',
  passwordRequired: 'Enter your password',
  passwordTooShort: 'Use at least 10 characters',
  passwordTooLong: 'Use at most 200 characters',
  linkIncomplete: 'The link is incomplete',
  linkExpired: 'This link is invalid or has expired.',
  ownAdminRole: 'You cannot remove your own admin role.',
  inviteLeaver: 'People who have left cannot be invited.',
  noLoginYet: 'This person has no login yet. Send an invitation first.',
  orgNameRequired: 'Enter the organisation name',
  // Directory
  givenNameRequired: 'Enter a given name',
  familyNameRequired: 'Enter a family name',
  nameRequired: 'Enter a name',
  codeRequired: 'Enter a code',
  departmentForeign: 'Choose a department of this organisation.',
  levelForeign: 'Choose a level of this organisation.',
  jobTitleForeign: 'Choose a job title of this organisation.',
  managerForeign: 'Choose a manager from this organisation.',
  managerLeft: 'This manager has left the organisation.',
  managerCycle: 'This would make the person manage their own manager.',
  reportToSelf: 'A person cannot report to themselves.',
  managerChangeTooEarly: 'The change must be on or after {{date}}.',
  leavingBeforeHire: 'The leaving date cannot be before the hire date.',
  // Data export and erasure
  requestReferenceRequired: 'Name the written request',
  exportReasonRequired: 'Write why the data is exported',
  erasureReasonRequired: 'Write why the data is erased',
  ownDataExport: 'Use "Download my data" for your own data.',
  ownErasure: 'Your own erasure is requested from, and decided by, other HR admins.',
  erasureAlreadyDecided: 'This erasure request was already decided ({{state}}).',
  // People import
  csvFileRequired: 'Choose a CSV file',
  csvTooLarge: 'The file is larger than 5 MB',
  importCsvInvalid: 'The file is not valid CSV: {{detail}}',
  importEmptyFile: 'The file is empty.',
  importNoPeople: 'The file has a header but no people.',
  importUnknownColumn: 'Unknown column. Columns are: {{columns}}.',
  importColumnRequired: 'This column is required.',
  importColumnTwice: 'This column appears more than once.',
  importRowWidth: 'This row has {{values}} values but the header has {{columns}} columns.',
  enterEmail: 'Enter an email address.',
  hireDateRequired: 'Enter the hire date (YYYY-MM-DD).',
  dateInvalid: 'This date does not exist.',
  timezoneInvalid: 'Use a time zone name such as Europe/Berlin or America/New_York.',
  statusInvalid: 'Use active or on_leave.',
  emailInUse: 'Another login already uses this email.',
  importSameEmail: 'The same email is on line {{line}}.',
  importSameEmployeeId: 'The same employee id is on line {{line}}.',
  importEmailOfOtherEmployee:
    'This email belongs to {{name}}, not to employee {{employeeId}} ({{otherName}}).',
  importEmailHasOtherId: 'This email belongs to {{name}}, whose employee id is {{employeeId}}.',
  importSamePerson: 'This row and line {{line}} describe the same person.',
  importUnknownLevel: 'Unknown level "{{level}}". Levels are: {{levels}}.',
  importNoLevels: 'Unknown level "{{level}}": this organisation has no levels yet.',
  importLeaver: 'To record a leaver, deactivate them in Trellis: it needs a leaving date.',
  importNoComeback: '{{name}} left on {{date}}; import does not bring people back.',
  importNoComebackUndated: '{{name}} left on an earlier date; import does not bring people back.',
  importManagerEmailUnknown: 'No one with this email in the file or in the organisation.',
  importManagerIdUnknown: 'No one with this employee id in the file or in the organisation.',
  importManagerMismatch: 'This names a different person than manager_email.',
  importOwnManager: 'A person cannot be their own manager.',
  importManagerLeft: '{{name}} has left the organisation.',
  importReportingLoop: 'This creates a reporting loop: {{loop}}.',
  importHireAfterManagerChange: 'A manager change on {{date}} is on record; the hire date must be before it.',
  // Pay data (pay records, salary bands and their imports)
  jobFamilyRequired: 'Enter the job family',
  amountRequired: 'Enter an amount',
  amountAboveZero: 'Enter an amount above zero',
  fteInvalid:
    'Enter the share of full time from 0.001 to 1, with at most three decimals (0.8 for four days a week)',
  variablePercentInvalid: 'Enter a percent of base from 0 to 1000, with at most two decimals',
  frequencyInvalid: 'Use annual, monthly or hourly',
  bandMinBelowMax: 'The maximum must be above the minimum',
  bandTargetInside: 'The target must lie between the minimum and the maximum',
  effectiveFromRequired: 'Enter the date it takes effect (YYYY-MM-DD)',
  levelCodeRequired: 'Enter the level code',
  importNoRows: 'The file has a header but no rows.',
  importPersonRequired: 'Give the email or the employee id of the person.',
  importPersonEmailUnknown: 'No one in the organisation has this email.',
  importPersonIdUnknown: 'No one in the organisation has this employee id.',
  importPersonMismatch: 'The email and the employee id belong to two different people.',
  importSamePayDate: 'Line {{line}} gives the same person pay from the same date.',
  importSameBand: 'Line {{line}} gives the same band from the same date.',
  // Goals
  currencyCode: 'Use a three-letter currency code such as EUR',
  keyResultTitleRequired: 'Name the key result',
  chooseCurrency: 'Choose the currency',
  yesNoRange: 'Yes/no results run from 0 to 1',
  targetDiffersFromStart: 'The target must differ from the start',
  goalTitleRequired: 'Give the goal a title',
  keyResultsMax: 'At most 20 key results',
  goalTemplateNameRequired: 'Name the template',
  keyResultRequired: 'Add at least one key result',
  kpiNameRequired: 'Name the KPI',
  areaNameRequired: 'Name the area',
  kpiRequired: 'Add at least one KPI',
  jobTitleOrLevel: 'Choose either a job title or a level',
  chooseOwnerPerson: 'Choose the person.',
  periodEndNotBeforeStart: 'The period must end on or after its start.',
  goalAlignSelf: 'A goal cannot align with itself.',
  keyResultForeign: 'This key result belongs to another goal.',
  answerYesNo: 'Answer yes (1) or no (0).',
  checkInsActiveOnly: 'Only active goals take check-ins.',
  goalParentUnseen: 'Choose a goal you can see to align with.',
  goalParentInactive: 'Align with an active goal.',
  companyGoalNoParent: 'A company goal aligns with no other goal.',
  departmentGoalParent: 'A department goal aligns with a company goal.',
  personalGoalParent: 'A personal goal aligns with a company or department goal.',
  companyGoalNoOwner: 'Company goals have no owner person or department.',
  chooseDepartment: 'Choose the department.',
  // Reviews
  scaleLabelRequired: 'Every point of the scale needs a label',
  scaleMinPoints: 'A scale needs at least 2 points',
  scaleMaxPoints: 'A scale has at most 10 points',
  idCharacters: 'Use letters, digits, - and _ only',
  questionRequired: 'Write the question',
  ratedCompetencyRequired: 'Name the competency being rated',
  sectionTitleRequired: 'Give the section a title',
  sectionQuestionRequired: 'A section needs at least one question',
  sectionRequired: 'Add at least one section',
  questionIdsUnique: 'Question ids must be unique',
  reviewTemplateNameRequired: 'Give the template a name',
  cycleNameRequired: 'Give the cycle a name',
  periodEndAfterStart: 'The period must end after it starts',
  deadlineOrder: 'Deadlines must follow the phase order',
  earlyCloseReason: 'Write why the cycle closes early',
  answersMin: 'Send at least one answer',
  answersMax: 'Send at most 500 answers at once',
  questionOncePerSave: 'Each question appears once in a save',
  reopenReason: 'Write why the form is reopened',
  reassignReason: 'Write why the reviewer changes',
  templateNotCurrent: 'Choose a current template.',
  noParticipantsMatch: 'No active person matches these filters.',
  noSuchQuestion: 'This form has no such question.',
  writtenAnswerOnly: 'This question takes a written answer, not a rating.',
  ratingOutOfRange: 'Choose a rating from 1 to {{max}}.',
  answerBeforeSubmit: 'Answer this question before submitting.',
  reviewSelf: 'A person cannot review themselves.',
  alreadyReviewer: 'This person already writes the review.',
  reviewerGivesPeerInput: 'This person gives peer input on the review.',
  peerNotSubjectOrReviewer: 'Ask a colleague other than the person and their reviewer.',
  peerAlreadyAsked: 'This colleague has already been asked.',
  cycleAlreadyClosed: 'This cycle is already closed.',
  closedCycleNoReminders: 'A closed cycle sends no reminders.',
  // Calibration
  sessionNameRequired: 'Give the session a name',
  approverRequired: 'Assign at least one approver',
  guidelineSum: 'The guideline shares must add up to 100',
  guidelineRequired: 'A required curve needs guideline shares',
  chooseActiveCycle: 'Choose an active review cycle (launched and not closed).',
  guidelineShareCount: 'Give one share for each of the {{count}} ratings.',
  approverRole: 'Every approver must be an active person with the approver role.',
  chooseFromOrgList: 'Choose from this organisation’s list.',
  ratingUnchanged: 'Choose a rating different from the current one.',
  rationaleRequired: 'Write why this rating changes.',
  // Feedback and 1:1s
  meetingNotYet: 'This 1:1 is on {{date}}; it can be completed on that day or later.',
  feedbackRequired: 'Write your feedback',
  chooseColleague: 'Choose a colleague',
  onlyPraisePublic: 'Only praise can be public',
  chooseOtherThanSelf: 'Choose someone other than yourself',
  chooseCurrentColleague: 'Choose a current colleague',
  feedbackRequestClosed: 'This request has already been answered or declined.',
  fewWordsRequired: 'Write a few words',
  chooseOwner: 'Choose who owns this',
  chooseParticipant: 'Choose one of the two participants',
  seriesExists: 'You already have a 1:1 series with this person',
  meetingCompletedAddToNext: 'This meeting is completed; add it to the next one.',
  meetingAlreadyCompleted: 'This meeting is already completed.',
  meetingNotesLocked: 'Notes of a completed meeting can no longer be changed.',
  // Performance improvement plans
  pipReasonRequired: 'Write why the plan is needed',
  pipStatementRequired: 'Write what is expected',
  pipMeasureRequired: 'Say how it will be measured',
  pipSupportRequired: 'Describe the support offered',
  pipSummaryRequired: 'Write a summary the employee can read',
  pipResponseRequired: 'Write your response',
  pipRationaleRequired: 'Write why the plan ends this way',
  pipDurationChoice: 'Choose 30, 60 or 90 days, or an end date (one of the two)',
  pipEndAfterStart: 'The end date must be after the start date',
  pipTooLong: 'A plan runs at most {{max}} days',
  pipDueWithinPlan: 'Choose a date between {{start}} and {{end}}',
  pipCheckInDatesRequired: 'Add at least one check-in date',
  pipHrOnlyVisibility: 'Only HR can keep a part of the plan to HR only',
  pipReasonVisibilityHr: 'Only HR decides whether the employee reads the reason',
  pipPersonLeft: 'This person has left the organisation',
  pipNoPriorFeedback:
    'No documented feedback, goal check-in or review about this person in the last {{months}} months',
  pipTooShort: 'The plan runs {{days}} days; it must run at least {{minimum}} days',
  pipExpectationsNotShared: 'Add at least one expectation and show the expectations to the employee',
  pipNotDraft: 'Only a draft can be published',
  pipClosed: 'This plan is closed',
  pipNotRunning: 'This works only while the plan runs (published and not closed)',
  pipNothingToAcknowledge: 'There is no change waiting for your acknowledgement',
  pipExtendAfter: 'Choose an end date after {{date}}',
  pipDraftOnlyCancelled: 'A draft can only be closed as cancelled',
  pipCheckInRecorded: 'This check-in was already recorded',
  pipCheckInUnknown: 'This check-in is not part of the plan',
  // 360 feedback
  thresholdMin: 'The threshold can never be below {{min}}',
  programNameRequired: 'Name the leadership program this 360 belongs to',
  noManagerToApprove: 'There is no manager to approve the nominations',
  chooseActiveCompetencies: 'Choose competencies from the active library',
  noActiveCompetencies: 'The competency library has no active competencies yet; HR can add them',
  nominateSomeoneElse: 'Your own view is the self-assessment; choose someone else',
  alreadyNominated: 'This person is already nominated',
  tooManyNominations: 'At most {{max}} people can be nominated',
  tooFewNominations: 'Nominate at least {{min}} people in one group, so that group can be shown',
  decideEveryNomination: 'Decide on every nomination of this 360',
  chooseOtherThanSubject: 'Choose someone other than the subject',
  chooseCoach: 'Choose a person with the coach role',
  answerEveryQuestion: 'Answer every question (or choose "not observed")',
  rateOneCompetency: 'Rate at least one competency',
  changeBeforeNominations: 'This can only change before the nominations are sent',
  thresholdNotLowered: 'Can no longer be lowered',
  feedback360NotWaiting: 'This 360 is no longer waiting for your answer.',
  namedManagerOnly: 'With your manager named, this group holds only your current manager',
  noManagerToName: 'There is no manager whose answers could be shown by name',
  // Career conversations
  heldOnInFuture: 'The day it was held cannot be after today.',
  agreedActionRequired: 'Write what was agreed',
  planNeedsAgreedActions: 'Write down at least one agreed action first.',
  planAlreadyDrafted: 'A development plan was already drafted from this conversation.',
  planAfterHeld: 'A plan is made from the conversation once it was held.',
  chooseDateTime: 'Choose a date and time',
  durationMin: 'At least 15 minutes',
  durationMax: 'At most 4 hours',
  choosePerson: 'Choose a person',
  noteRequired: 'Write a note',
  planNameRequired: 'Name the plan',
  goalNameRequired: 'Name the goal',
  goalRequired: 'Add at least one goal',
  cadenceMin: 'At least every month',
  cadenceMax: 'At least every two years',
  releaseWindowMax: 'At most 90 days',
  chooseGuidedQuestion: 'Choose one of the guided questions',
  chooseManagerOrReport: 'Choose your manager or one of your direct reports',
  listEveryQuestionOnce: 'List every active question exactly once',
  onlyEmployeeOutcome: 'Only the employee writes the outcome',
  onlyEmployeeAspirations: 'Only the employee changes their aspirations',
  onlyEmployeePlan: 'Only the employee drafts their development plan',
  conversationCancelled: 'This conversation was cancelled.',
  conversationClosed: 'This conversation has already been held or cancelled.',
  chooseOwnAspiration: 'Choose one of your own aspirations',
  // Career paths
  levelNameEvery: 'Name every level',
  levelsMinThree: 'Use at least three levels',
  levelsMaxSix: 'Use at most six levels',
  levelsMaxTwenty: 'Use at most twenty levels',
  behaviourEveryLevel: 'Describe the behaviour at every level',
  describeEachLevel: 'Describe each of the {{count}} levels',
  chooseTrack: 'Choose a track',
  chooseLevel: 'Choose a level',
  chooseTrackLevel: 'Choose a level of the chosen track',
  trackRetired: 'This track was retired',
  levelOutOfRange: 'Choose a level from 1 to {{max}}',
  chooseDirectoryLevel: 'Choose a level from the directory',
  competencyOnce: 'Choose each competency from the library once',
  levelNotInTrack: 'This level does not belong to the track',
  competencyRetired: 'This competency was retired.',
  // Learning
  webAddressHttps: 'Enter a web address starting with https://',
  titleRequired: 'Enter a title',
  minutesMin: 'Enter at least one minute',
  completedOnRequired: 'Enter the date you completed it',
  certificationRequired: 'Enter the certification',
  expiryAfterIssue: 'The expiry date must be after the issue date',
  completedInFuture: 'The completion date cannot be in the future',
  chooseLibraryCompetencies: 'Choose competencies from the library',
  chooseCatalogueItem: 'Choose an item from the catalogue.',
  alreadyEnrolled: 'Already enrolled',
  alreadyEnrolledReason: 'You are already enrolled.',
  itemNotOffered: 'This item is no longer offered.',
  // Development plans
  itemTitleRequired: 'Give it a title',
  fullLink: 'Use a full link, starting with https://',
  linkHttp: 'Use a link starting with http:// or https://',
  chooseObjective: 'Choose an objective from the list',
  describeAction: 'Describe the action',
  chooseCatalogueEntry: 'Choose a catalogue item',
  progressNoteRequired: 'Write what moved',
  choosePoint: 'Choose at least one point to work on',
  learningLinkKind: 'Only a course or certification links to the catalogue.',
  dueBeforeStart: 'The due date cannot be before the start date.',
  chooseReviewPoint: 'Choose a point from the review.',
  planArchived: 'This plan is archived. Reactivate it to change it.',
  planNotShareable: 'This plan cannot be shared now.',
  planNotShared: 'This plan is not shared.',
  planNeedsDirectory: 'Only people in the directory have development plans.',
  noManagerToShare: 'You have no manager to share this plan with.',
  // Mentoring (growth/mentoring)
  mentoringNotJoinable: 'This programme is not open for enrolment now.',
  mentoringRuleBroken: '{{mentee}} and {{mentor}} can no longer be matched ({{rule}}).',
  mentoringNoProfile: 'Join this programme as a mentee first.',
  mentoringWrongMode: 'This programme does not match people this way.',
  mentoringWrongStep: 'This match is no longer at this step.',
  mentoringAgreementMissing: 'The mentor has not written the agreement yet.',
  mentoringFeedbackGiven: 'You have already given your closing feedback.',
  mentoringDraftNotPending: 'This matching draft is no longer pending.',
  mentoringDatesOrder: 'The end date must come after the start date.',
  mentoringTimeZone: 'Choose a time zone such as Europe/Berlin.',
  mentoringUnknownCompetency: 'Choose a competency from the library.',
  mentoringUnknownPerson: 'Choose people from this organisation.',
  mentoringWeightsEmpty: 'At least one weight must be above zero.',
  // Compensation core (contracts/compensation/codes.ts)
  compensationCurrencyUnknown: '{{currency}} is not a currency pay can be held in.',
  compensationAmountInvalid: 'Enter an amount such as 1234.50.',
  compensationAmountTooPrecise: '{{currency}} allows at most {{places}} decimal places.',
  compensationAmountUnsafe: 'This amount is too large to be calculated exactly.',
  compensationDecimalInvalid: 'Enter a decimal number, e.g. 3.5.',
  compensationFxRateMissing: 'The exchange-rate table of {{asOf}} has no rate for {{currency}}.',
  compensationFxRateInvalid:
    'The exchange rate for {{currency}} must be a number above zero (1 for the base currency).',
  compensationFxTableRequired: "Converting {{from}} to {{to}} needs the cycle's exchange rates.",
  compensationDateInvalid: 'Enter a real date as YYYY-MM-DD.',
  compensationPeriodInvalid: 'These dates do not form a valid period.',
  compensationLeaveInvalid: 'A leave period cannot end before it starts.',
  compensationBandInvalid:
    'A band needs whole amounts, a minimum below the maximum and a target between them.',
  compensationBelowBandMin: 'The new base is below the band minimum of {{bound}} {{currency}}.',
  compensationAboveBandMax: 'The new base is above the band maximum of {{bound}} {{currency}}.',
  compensationMatrixThresholdsInvalid: 'The column boundaries must be numbers in ascending order.',
  compensationMatrixColumnsMismatch:
    'Rating {{rating}} has {{actual}} cells; the matrix has {{expected}} columns.',
  compensationMatrixCellInvalid: 'Rating {{rating}}: each cell needs minimum ≤ target ≤ maximum.',
  compensationMatrixRatingMissing: 'The matrix has no row for rating {{rating}}.',
  compensationMatrixRatingUnknown: 'There is no rating {{rating}} on the scale of this matrix.',
  compensationMatrixRatingDuplicate: 'Rating {{rating}} has more than one row.',
  compensationOutsideGuideline:
    '{{percent}} % is outside the guideline of {{minPct}}–{{maxPct}} %. Add a justification for the approvers.',
  compensationOutsideGuidelineJustified:
    '{{percent}} % is outside the guideline of {{minPct}}–{{maxPct}} % (justified).',
  compensationPromotionBelowGuideline:
    'The new base is below the promotion guideline of {{minimum}} {{currency}}. Add a justification for the approvers.',
  compensationPromotionBelowGuidelineJustified:
    'Below the promotion guideline of {{minimum}} {{currency}} (justified).',
  compensationOverBudget: 'This exceeds the budget by {{over}} {{currency}}.',
  compensationOverBudgetBlocked:
    'This would exceed the budget by {{over}} {{currency}}; your organisation does not allow that.',
  compensationBudgetManagerDuplicate: 'A manager appears twice in the budget tree.',
  compensationBudgetParentUnknown: 'The budget tree names a manager that is not in it.',
  compensationBudgetTreeCycle: 'The reporting lines of the budget tree form a loop.',
  // Compensation cycles
  dateNotBefore: 'Choose a date on or after {{date}}.',
  dateNotAfter: 'Choose a date on or before {{date}}.',
  fxSourceRequired: 'Name where the exchange rates come from.',
  reviewCycleForeign: 'Choose a review cycle of this organisation.',
  overrideReasonRequired: "Write why this person's eligibility changes.",
  compCycleNoRatings:
    'No review cycle is chosen, so nobody will have a calibrated rating for the merit matrix.',
  compCycleNotDraft: 'This cycle has been launched; its set-up can no longer change.',
  compCycleOverrideClosed: 'Eligibility can only change while the cycle is being planned.',
  compCycleSandboxNeverReleases: 'This is a sandbox cycle for a dry run; it can never be released.',
  compCycleTransitionInvalid: 'A cycle in state {{from}} cannot move to {{to}}.',
  compCyclePayrollNotReady: 'The payroll export is available once the cycle is approved.',
  // Exports
  exportTooLarge:
    'This export would hold more than {{limit}} rows. Narrow it with the filters and download it in parts.',
  // Pay letters
  letterTitleRequired: 'Enter a title for the letter.',
  letterBodyRequired: 'Enter the text of the letter.',
  letterMergeFieldUnknown: 'There is no merge field called "{{name}}". Use one from the list.',
  letterMergeFieldMalformed: 'Write merge fields with two braces on each side, as in the list.',
  compLettersNotReleased: 'Letters are available once the cycle has been released.',
  // Compensation proposals and budgets
  compProposalPercentInvalid: 'Enter a percentage such as 3.5 (at most 4 decimal places).',
  compProposalMeritOneOf: 'Enter either a percentage or a new base, not both.',
  compProposalIncreaseTooLarge: 'An increase of 1,000 % or more cannot be proposed.',
  compProposalClosed: 'Proposals can only change while the cycle is being planned.',
  compProposalIneligible: 'This person is not eligible in this cycle, so no proposal can be made.',
  compProposalNoPay: 'This person had no pay record at launch, so no proposal can be calculated.',
  compProposalDecrease: 'The new base cannot be lower than the current one.',
  compProposalBandForeign: 'Choose a salary band of this organisation.',
  compProposalBandLevelMismatch: 'This band belongs to a different level than the promotion names.',
  compProposalDuplicate: 'Each person can be submitted only once per request.',
  compProposalOverBudget: 'This takes the {{pool}} budget ({{scope}}) over by {{remaining}} {{currency}}.',
  compProposalApproved: 'This proposal is approved and can no longer change.',
  compProposalNotSubmitted: 'Only a submitted proposal can be approved, adjusted or sent back.',
  compProposalNotYourTurn: 'This proposal is waiting for another approver.',
  compProposalNoteRequired: 'Write a note for the next approvers',
  compProposalReasonRequired: 'Write why the proposal goes back',
  compCycleApprovalsPending: '{{count}} proposals are still waiting for approval or were sent back.',
  // Coaching
  coachingCoachUnavailable: 'This coach is not in the coach pool or has no room for another coachee.',
  coachingTooManyChemistry: 'Choose at most {{max}} coaches for chemistry conversations.',
  coachingChemistryOff: 'This programme has no chemistry conversations; choose one coach.',
  coachingAlreadyOpen: 'You already have an open coaching engagement.',
  coachingOwnAspiration: 'Choose one of your own values, motivators or target roles.',
  coachingChooseChemistryCoach: 'Choose one of the coaches you met for a chemistry conversation.',
  coachingNotActive: 'This engagement is not active.',
  coachingSessionsUsed: 'All {{allowance}} sessions of this engagement are used.',
  coachingNoManager: 'You have no manager to share the summary with.',
  // Succession planning
  positionTitleRequired: 'Name the position',
  personForeign: 'Choose a current member of this organisation.',
  slateFull: 'A slate holds at most five successors.',
  successorIsIncumbent: 'The person in the role cannot be their own successor.',
  successorTwice: 'This person is already on the slate.',
  oneInterimOnly: 'Only one successor can be the interim cover.',
  reviewerOnPlan: 'People named on a plan cannot review it.',
  ownSuccessionPlan: 'You cannot name yourself on a plan you work on.',
  // Talent reviews and development offers
  talentReviewLocked: 'This talent review is locked; nothing in it can change any more.',
  talentStateStep: 'A talent review in state {{from}} cannot move to {{to}}.',
  endsBeforeStart: 'The end date must not be before the start date.',
  offerAnswered: 'This offer has already been answered.',
  // Engagement pulse surveys
  surveyDriverRequired: 'Choose the driver this item measures',
  surveyCommentThresholdBelow: 'The comment threshold cannot be below the threshold',
  surveyOneEnps: 'A survey has at most one eNPS item',
  surveyLikertRequired: 'Add at least one rated item',
  surveyRulesLocked: 'Answers have arrived, so the anonymity rules can no longer change',
  surveyQuestionsLaunched: 'A round was launched, so the questions can no longer change',
  surveyAnswerRequired: 'Answer this question',
  surveyNotAsked: 'This question is not part of the survey round',
  surveyAlreadyAnswered: 'You have already answered this survey',
  surveyRoundClosed: 'This survey round is closed',
  surveyRoundOpen: 'Results appear when the round closes',
  surveyHrReadsOrganisation:
    'HR reads the whole organisation’s results; filter them by department instead of asking for your own team',
  surveyNobodyInvited: 'Nobody can be invited: the audience is empty or everyone had a pulse this week',
  surveyEnded: 'This survey has ended',
} as const;

export type IssueCode = keyof typeof issueTexts;
export type IssueParams = Record<string, string | number | boolean>;

/**
 * What is wrong, as a code and its params. `code` is a key of `issueTexts`, or `zod.<issue code>`
 * for zod's built-in checks (too_small, invalid_format, …: their params are zod's own, e.g.
 * `minimum`, `origin`, `format`), which the web app renders with zod's locale messages.
 */
export interface Issue {
  code: string;
  params?: IssueParams;
}

/** An issue for a field error or a refusal: `validationFailed({ dueDate: issue('dueBeforeStart') })`. */
export function issue(code: IssueCode, params?: IssueParams): Issue {
  return params ? { code, params } : { code };
}

/**
 * A contract's own message for a zod check: the code itself (`.min(1, issueMessage('nameRequired'))`);
 * read a zod issue with `describeZodIssue`, never its `message` directly. Params a custom check
 * needs go in the refinement's `params` (`.refine(fn, { message: issueMessage('thresholdMin'), params })`).
 */
export function issueMessage(code: IssueCode): string {
  return code;
}

export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(issueTexts, code);
}

/** A template with its `{{name}}` placeholders filled in. */
export function fillTemplate(template: string, params: IssueParams = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The English sentence of an issue (API consumers and logs read it); `fallback` for zod's own issues. */
export function issueText(found: Issue, fallback: string = issueTexts.valueInvalid): string {
  return isIssueCode(found.code) ? fillTemplate(issueTexts[found.code], found.params) : fallback;
}

/** A zod issue as it reaches us: from `safeParse`, or rebuilt from fastify's validation error. */
export interface ZodIssueLike {
  code?: string;
  message?: string;
  params?: unknown;
}

/** zod's own issue fields worth keeping as params (the web app's zod locale reads them). */
const zodParamKeys = [
  'origin',
  'minimum',
  'maximum',
  'inclusive',
  'exact',
  'format',
  'pattern',
  'prefix',
  'suffix',
  'includes',
  'divisor',
  'expected',
] as const;

/**
 * Code and params of a zod issue: a contract's own message (`issueMessage`) is its code, with the
 * refinement's params; any other message is zod's own, coded `zod.<issue code>` with zod's fields.
 */
export function describeZodIssue(zodIssue: ZodIssueLike): Issue {
  const message = zodIssue.message ?? '';
  if (isIssueCode(message)) {
    const params = primitives(zodIssue.params);
    return Object.keys(params).length > 0 ? { code: message, params } : { code: message };
  }
  const fields = zodIssue as Record<string, unknown>;
  const params = primitives(Object.fromEntries(zodParamKeys.map((key) => [key, fields[key]])));
  return { code: `zod.${zodIssue.code ?? 'custom'}`, ...(Object.keys(params).length > 0 ? { params } : {}) };
}

/** The English sentence of a zod issue: the contract's template, or zod's own (English) message. */
export function zodIssueText(zodIssue: ZodIssueLike): string {
  const described = describeZodIssue(zodIssue);
  return issueText(described, zodIssue.message || issueTexts.valueInvalid);
}

function primitives(value: unknown): IssueParams {
  const out: IssueParams = {};
  if (!value || typeof value !== 'object') return out;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') out[key] = item;
    else if (typeof item === 'bigint') out[key] = Number(item);
    else if (item instanceof RegExp) out[key] = item.source;
  }
  return out;
}
