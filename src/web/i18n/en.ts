import type { ApiErrorCode } from '../../contracts/errorCodes';

/** The text of every top-level error code (`errorMessage` in components/ErrorAlert.tsx translates by code). */
const errorCodes = {
  validation_failed: 'Some fields need your attention.',
  invalid_credentials: 'That email and password do not match an account.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  csrf_failed: 'Your session needs refreshing. Reload the page and try again.',
  forbidden: 'You do not have permission to do this.',
  not_found: 'This item does not exist or is not visible to you.',
  version_conflict: 'Someone else saved a newer version ({{currentVersion}}). Reload to see it.',
  already_exists: 'That already exists.',
  invalid_state: 'This action is not possible in the current state.',
  review_locked: 'This form has been submitted and is locked.',
  calibration_not_locked: 'This review cannot be released until its calibration session is locked.',
  calibration_locked: 'This calibration session is locked; ratings can no longer change.',
  rationale_required: 'Write why this rating changes.',
  guideline_not_met: 'The distribution is outside the required guideline curve, so it cannot be signed off.',
  calibration_incomplete:
    'Some reviews of this session’s population are not in it yet; acknowledge that to sign off.',
  addendum_locked: 'The review was released; what the employee received is not rewritten.',
  cycle_has_open_reviews: 'Some reviews in this cycle are not released yet.',
  cycle_closed: 'This review cycle is closed; its reviews can no longer change.',
  threshold_locked: 'Answers have started to arrive, so the anonymity threshold can no longer be lowered.',
  reminder_too_soon: 'Reminders for this 360 were already sent today.',
  competency_in_use: 'This competency is already assessed or expected at a level; retire it instead.',
  scale_in_use: 'This scale is in use, so the number of levels can no longer change.',
  level_in_use: 'People are placed on this level; move them before removing it.',
  erasure_blocked: 'This person cannot be erased yet.',
  four_eyes_required: 'A second HR admin has to decide on this erasure request.',
  fairness_check_failed:
    'The improvement plan does not pass the fairness check yet, so it cannot be published.',
  invalid_token: 'This link is invalid or has expired. Ask for a new one.',
  import_invalid: 'The file has invalid rows; nothing was imported.',
  payload_too_large: 'The request is too large.',
  rate_limited: 'Too many attempts in a short time. Wait a minute, then try again.',
  internal: 'The server ran into a problem. Please try again in a moment.',
  database_unavailable: 'The database cannot be reached right now. Please try again in a moment.',
} as const satisfies Record<ApiErrorCode, string>;

/** English UI strings. Every key here must exist in de.ts too (checked by catalogues.test.ts). */
export const en = {
  app: { name: 'Trellis' },
  languages: { en: 'English', de: 'Deutsch' },
  common: {
    loading: 'Loading…',
    noTitle: 'No job title yet',
    nothingFound: 'Nothing matches',
    pickDate: 'Pick a date',
    today: 'Today',
    whatWillAppear: 'What will appear here',
  },
  calendar: { next: 'Next month', previous: 'Previous month' },
  actions: {
    add: 'Add',
    cancel: 'Cancel',
    close: 'Close',
    edit: 'Edit',
    retry: 'Try again',
    save: 'Save changes',
    showMore: 'Show more',
  },
  errors: {
    title: 'Something went wrong',
    generic: 'Something went wrong. Please try again.',
    network: 'Trellis could not reach the server. Check your connection and try again.',
    server: 'The server ran into a problem. Please try again in a moment.',
    rateLimited: 'Too many attempts in a short time. Wait a minute, then try again.',
    notFound: 'This item does not exist or is not visible to you.',
    forbidden: 'You do not have permission to do this.',
    validation: 'Some fields need your attention.',
    versionConflict:
      'Someone else changed this record while you were working on it. Reload to see their changes.',
    csrf: 'Your session needs refreshing. Reload the page and try again.',
    unauthenticated: 'Your session has ended. Please sign in again.',
  },
  errorCodes,
  /** Field and refusal issues by code (contracts/issues.ts), plus a few of the web app's own. */
  shell: {
    skipToContent: 'Skip to content',
    openNavigation: 'Open navigation',
    closeNavigation: 'Close navigation',
    mainNavigation: 'Main navigation',
    homeLink: 'Trellis home',
  },
  nav: {
    sections: { you: 'You', organisation: 'Organisation', administration: 'Administration' },
    home: 'Home',
    performance: 'Performance',
    growth: 'Growth',
    team: 'Team',
    people: 'People',
    orgChart: 'Org chart',
    insights: 'Insights',
    admin: 'Admin',
  },
  userMenu: {
    label: 'Account menu for {{name}}',
    myProfile: 'My profile',
    accessLog: 'Who accessed my data',
    language: 'Language',
    logout: 'Log out',
    logoutEverywhere: 'Log out everywhere',
    loggedOut: 'You have been logged out.',
    loggedOutEverywhere: 'You have been logged out on all your devices.',
  },
  auth: {
    email: 'Email',
    password: 'Password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the password',
    passwordRule: 'At least 10 characters. A few unrelated words make a strong password.',
    passwordsDiffer: 'The two passwords do not match',
    togglePassword: 'Show or hide the password',
    invalidCredentials: 'That email and password do not match an account. Check them and try again.',
    rateLimited: 'Too many sign-in attempts. Wait a minute, then try again.',
    backToLogin: 'Back to sign in',
    linkIncomplete: 'This link is incomplete. Open the full link from your email, or ask for a new one.',
    linkInvalid: 'This link has expired or has already been used.',
    requestNewLink: 'Ask for a new link',
    login: {
      title: 'Sign in to Trellis',
      description: 'Performance and growth, side by side.',
      forgot: 'Forgot password?',
      submit: 'Sign in',
    },
    forgot: {
      title: 'Reset your password',
      description:
        'Enter the email address you sign in with. We will send you a link to choose a new password.',
      submit: 'Send reset link',
      sent: 'If an account exists for {{email}}, a reset link is on its way.',
      sentHint:
        'The link works for a limited time. Check your spam folder if nothing arrives within a few minutes.',
    },
    reset: {
      title: 'Choose a new password',
      description: 'Signing in with the new password also works on your other devices.',
      submit: 'Save password',
      done: 'Your password has been changed. You can sign in with it now.',
    },
    invitation: {
      title: 'Welcome to Trellis',
      description: 'Choose a password to finish setting up your account.',
      submit: 'Create my account',
      done: 'Your account is ready. Sign in with your email address and the password you just chose.',
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist, has moved, or is not available to you.',
    home: 'Go to home',
  },
  errorPage: {
    title: 'This page could not be shown',
    description: 'An unexpected error stopped this page from loading. Trying again usually helps.',
    reload: 'Reload the page',
  },
  status: { active: 'Active', on_leave: 'On leave', terminated: 'Left' },
  roles: {
    hr_admin: {
      name: 'HR admin',
      description: 'Manages people records, review cycles and development programmes.',
    },
    approver: {
      name: 'Approver',
      description: 'Calibrates ratings and approves pay and promotion packages.',
    },
    coach: { name: 'Coach', description: 'Sees only the coaching space of their own coachees.' },
    org_admin: {
      name: 'Org admin',
      description: 'Settings, sign-in and audit. Grants no right to read reviews or development data.',
    },
  },
  dataClasses: {
    performance: 'Performance',
    compensation: 'Compensation',
    development: 'Development',
    confidential: 'Confidential',
    talent: 'Talent',
    anonymous: 'Anonymous',
    directory: 'Directory',
    credential: 'Credential',
    audit: 'Audit',
    system: 'System',
  },
  nowNext: {
    whatAppears: 'What appears here',
    now: {
      title: 'Now',
      horizon: 'Performance',
      purpose: 'How the work is going: goals, reviews, 1:1s and feedback.',
      empty: {
        self: {
          title: 'Nothing needs your attention yet',
          description:
            'Your goals and review tasks will appear here once your organisation starts a cycle. Until then there is nothing to do on this side.',
        },
        other: {
          title: 'Nothing to show yet',
          description:
            'Goals, review tasks and 1:1s involving {{name}} will appear here once your organisation starts using them — if your role allows you to see them.',
        },
      },
      items: {
        goals: {
          title: 'Goals',
          description: 'Objectives and key results, with progress check-ins.',
        },
        reviews: {
          title: 'Review tasks',
          description: 'Self reviews, manager reviews and acknowledgements, each with its deadline.',
        },
        oneOnOnes: {
          title: '1:1s',
          description: 'Upcoming conversations with a shared agenda and action items.',
        },
        feedback: {
          title: 'Feedback',
          description: 'Praise and feedback from colleagues, and requests for more.',
        },
      },
      next: {
        self: 'Seen by you, your manager chain and HR — never mixed with your growth plans.',
        other: 'Only people who may see {{name}}’s performance records will find them here.',
      },
    },
    next: {
      title: 'Next',
      horizon: 'Growth',
      purpose: 'Who you are becoming: aspirations, development plans and learning.',
      empty: {
        self: {
          title: 'Your growth space is ready',
          description:
            'Your aspirations, development plan and next career conversation will appear here when your organisation turns on career development. What you write here is yours: you decide, item by item, what your manager sees.',
        },
        other: {
          title: 'Nothing shared yet',
          description:
            'This side belongs to {{name}}. Aspirations and development plans appear here only for the items {{name}} chooses to share with you.',
        },
      },
      items: {
        aspirations: {
          title: 'Aspirations',
          description: 'Roles to grow into, motivations and values, skills to build.',
        },
        plan: {
          title: 'Development plan',
          description: 'Development goals and the actions that lead there.',
        },
        conversation: {
          title: 'Career conversation',
          description: 'The next conversation about the future — held apart from any review.',
        },
        mentoring: { title: 'Mentoring', description: 'Mentors matched by the skills to build.' },
        learning: {
          title: 'Learning',
          description: 'Courses, resources and certifications linked to the plan.',
        },
      },
      next: {
        self: 'Nothing here ever feeds into a rating or a pay decision.',
        other: 'Development data never flows into reviews, calibration or pay.',
      },
      private: {
        title: 'Private to {{name}}',
        description:
          '{{name}}’s aspirations, development plan, career conversations and learning are seen only by {{name}} and their direct manager — not by HR, admins or other managers.',
      },
    },
    tabs: 'Now and Next',
  },
  home: {
    greeting: {
      morning: 'Good morning, {{name}}',
      afternoon: 'Good afternoon, {{name}}',
      evening: 'Good evening, {{name}}',
    },
    titleNoPerson: 'Welcome to Trellis',
    lead: 'Your work now and your growth next — kept apart, kept in step.',
    noPerson: {
      title: 'Your account is not linked to a person',
      description:
        'This account administers the organisation but has no employee record, so there are no goals or plans to show. Use Admin in the navigation for settings and records.',
    },
    tasks: {
      title: 'Your tasks',
      total_one: '{{count}} to do',
      total_other: '{{count}} to do',
      open: 'Open',
      due: 'Due {{date}}',
      expires: 'First one expires {{date}}',
      kinds: {
        review: {
          self_one: 'Your self review to write',
          self_other: '{{count}} self reviews to write',
          manager_one: '{{count}} review of your team to write',
          manager_other: '{{count}} reviews of your team to write',
          peer_one: '{{count}} peer input to give',
          peer_other: '{{count}} peer inputs to give',
          acknowledge_one: '{{count}} released review to read and acknowledge',
          acknowledge_other: '{{count}} released reviews to read and acknowledge',
        },
        calibration: {
          signOff_one: '{{count}} calibration session to sign off',
          signOff_other: '{{count}} calibration sessions to sign off',
        },
        feedback360: {
          answer_one: '{{count}} 360 request to answer',
          answer_other: '{{count}} 360 requests to answer',
          nominate_one: '{{count}} 360 of yours waiting for you to choose raters',
          nominate_other: '{{count}} 360s of yours waiting for you to choose raters',
          approve_one: '{{count}} list of 360 raters to approve',
          approve_other: '{{count}} lists of 360 raters to approve',
          release_one: '{{count}} 360 report to prepare and release',
          release_other: '{{count}} 360 reports to prepare and release',
        },
        conversations: {
          overdue_one: '{{count}} career conversation overdue in your team',
          overdue_other: '{{count}} career conversations overdue in your team',
        },
        plans: {
          toLook_one: '{{count}} shared development plan changed since you last looked',
          toLook_other: '{{count}} shared development plans changed since you last looked',
        },
        certifications: {
          expiring_one: '{{count}} certification expiring soon',
          expiring_other: '{{count}} certifications expiring soon',
        },
        hr: {
          erasureApproval_one: '{{count}} erasure request waiting for a second HR admin',
          erasureApproval_other: '{{count}} erasure requests waiting for a second HR admin',
          cycleDeadlines_one: '{{count}} review cycle with a deadline in the coming week',
          cycleDeadlines_other: '{{count}} review cycles with a deadline in the coming week',
          calibrationToPrepare_one: '{{count}} cycle with reviews ready for a calibration session',
          calibrationToPrepare_other: '{{count}} cycles with reviews ready for a calibration session',
        },
      },
      empty: {
        title: 'Nothing needs you right now',
        description:
          'Reviews to write, 360 requests, sign-offs and other work that waits for you will show up here, each with a link to where it is done.',
        coach:
          'Coaching engagements come to Trellis in a later version. Until then, a 360 report that waits for you to prepare and release it shows up here.',
        noPerson:
          'This account has no employee record, so no reviews or plans are assigned to it. Settings and records are under Admin.',
      },
    },
  },
  performance: {
    lead: 'Goals, 1:1s, feedback and reviews: how the work is going now.',
    sections: {
      label: 'Performance sections',
      overview: 'Overview',
      goals: 'Goals',
      oneOnOnes: '1:1s',
      feedback: 'Feedback',
      reviews: 'Reviews',
      kpis: 'KPIs',
      calibration: 'Calibration',
      cycles: 'Review cycles',
      reviewTemplates: 'Review templates',
      goalTemplates: 'Goal templates',
      pay: 'My pay',
      payAdmin: 'Pay and bands',
      compCycles: 'Pay cycles',
      compPlanning: 'Pay planning',
      improvementPlans: 'Improvement plans',
    },
    noPerson: {
      title: 'No goals or reviews for this account',
      description:
        'This account is not linked to a person, so it has no goals, 1:1s or reviews. Ask HR to link it to your employee record.',
    },
  },
  growth: {
    lead: 'Career conversations, aspirations, paths, development plans, learning and 360 feedback: who you are becoming.',
    sections: {
      label: 'Growth sections',
      overview: 'Overview',
      conversations: 'Career conversations',
      aspirations: 'Aspirations',
      paths: 'Career paths',
      plans: 'Development plans',
      learning: 'Learning',
      feedback360: '360 feedback',
      mentoring: 'Mentoring',
      coaching: 'Coaching',
      library: 'Competencies and paths',
      succession: 'Succession',
      talent: 'Talent reviews',
    },
    noPerson: {
      title: 'No growth space for this account',
      description:
        'This account is not linked to a person, so it has no aspirations, plans or career conversations. Ask HR to link it to your employee record.',
    },
    overview: {
      mine: 'Your growth at a glance',
      mineLead:
        'Everything here is yours. Your manager sees only what you choose to share, and none of it feeds a rating or a pay decision.',
    },
    coverage: {
      title: 'Development coverage',
      lead: 'How many people have an active development plan and had a career conversation in the last six months, by department. Counts only: HR never sees what people wrote.',
      plan: 'Active plan',
      conversation: 'Career conversation (6 months)',
      department: 'Department',
      people: 'People',
      noDepartment: 'No department',
      totals:
        'Across the organisation: {{plan}}% have an active plan, {{conversation}}% had a career conversation in the last six months.',
      empty: 'No one in the organisation yet.',
      chartLabel: 'Share of people per department with an active plan and with a recent career conversation',
    },
  },
  team: {
    title: 'Team',
    openOrgChart: 'Open the org chart',
    empty: {
      title: 'No one reports to you',
      description:
        'When people are assigned to you as their manager, they appear here with their goals, reviews, 1:1s and growth. Browse the org chart to see how teams fit together.',
    },
  },
  insights: {
    lead: 'Organisation-wide trends for performance and growth, side by side.',
    empty: {
      title: 'No insights yet',
      description:
        'Charts appear here once your organisation has run a review cycle or a survey. Groups too small to stay anonymous are never shown.',
    },
    features: {
      completion: {
        title: 'Review completion',
        description: 'Who has finished which step, by department and manager.',
      },
      distribution: {
        title: 'Rating distributions',
        description: 'Ratings by department and manager, and what calibration changed.',
      },
      development: {
        title: 'Development coverage',
        description: 'Share of people with a plan and a recent career conversation.',
      },
      engagement: {
        title: 'Engagement',
        description: 'Pulse survey trends, shown only for large enough groups.',
      },
    },
  },
  person: {
    name: 'Name',
    givenName: 'Given name',
    familyName: 'Family name',
    email: 'Email',
    employeeId: 'Employee ID',
    jobTitle: 'Job title',
    department: 'Department',
    level: 'Level',
    location: 'Location',
    timezone: 'Time zone',
    hireDate: 'Hire date',
    status: 'Status',
    manager: 'Manager',
    managerChangeEffective: 'New manager from',
    managerChangeEffectiveHint: 'Leave empty to make the change today.',
    directReports: 'Direct reports',
    terminatedOn: 'Last day of employment',
    none: 'None',
    notSet: 'Not set',
  },
  personPicker: { placeholder: 'Search by name', nothingFound: 'No one matches that name' },
  pager: {
    label: 'Pages',
    range: '{{from}}–{{to}} of {{total}}',
    page: 'Page {{page}}',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    last: 'Last page',
  },
  directory: {
    title: 'People',
    lead: 'Everyone in your organisation. Search by name, email or job title.',
    search: 'Search people',
    searchPlaceholder: 'Name, email or job title',
    anyDepartment: 'All departments',
    anyLevel: 'All levels',
    anyStatus: 'Any status',
    clear: 'Clear filters',
    total_one: '{{formatted}} person',
    total_other: '{{formatted}} people',
    empty: {
      title: 'No people yet',
      description: 'People appear here once HR adds them or imports them from a file.',
      filteredTitle: 'No one matches',
      filteredDescription: 'Try a shorter search, or clear the filters to see everyone.',
    },
  },
  orgChart: {
    title: 'Org chart',
    lead: 'Who reports to whom. Open a team to see its members; large teams load in pages.',
    treeLabel: 'Organisation chart',
    find: 'Find a person in the chart',
    collapseAll: 'Collapse all',
    showMe: 'Show me',
    reports_one: '{{count}} direct report',
    reports_other: '{{count}} direct reports',
    showMore_one: 'Show {{count}} more in {{name}}’s team',
    showMore_other: 'Show {{count}} more in {{name}}’s team',
    loadingTeam: 'Loading {{name}}’s team…',
    focusFailed: 'That person could not be found in the chart',
    keyboardHint: {
      before: 'Keyboard:',
      move: 'move,',
      expand: 'open or close a team,',
      open: 'opens the profile.',
    },
    empty: {
      title: 'The chart is empty',
      description: 'The org chart fills in as HR adds people and assigns their managers.',
    },
  },
  accessLog: {
    title: 'Who accessed my data',
    lead: 'Every time someone other than you opens your performance, compensation or development records, it is listed here.',
    when: 'When',
    who: 'Who',
    what: 'What',
    reason: 'Reason',
    unknownViewer: 'An account that no longer exists',
    empty: {
      title: 'No one has looked at your records',
      description:
        'When a manager, HR admin or approver opens one of your performance, compensation or development records, you will see who it was, what they opened and when.',
    },
  },
};
