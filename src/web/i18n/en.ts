import { aspirationsEn } from '../growth/aspirations/messages';
import { conversationsEn } from '../growth/conversations/messages';
import { feedback360En } from '../growth/feedback360/messages';
import { learningEn } from '../growth/learning/messages';
import { pathsEn } from '../growth/paths/messages';
import { plansEn } from '../growth/plans/messages';
import { calibrationEn } from '../performance/calibration/messages';
import { feedbackEn } from '../performance/feedback/messages';
import { goalsEn } from '../performance/goals/messages';
import { oneOnOnesEn } from '../performance/oneOnOnes/messages';
import { reviewsEn } from '../performance/reviews/messages';
import { notificationsEn } from '../platform/notifications/messages';
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
  validation: {
    emailInvalid: 'Enter a valid email address',
    passwordRequired: 'Enter your password',
    passwordTooShort: 'Use at least 10 characters',
    passwordTooLong: 'Use at most 200 characters',
    linkIncomplete: 'The link is incomplete',
    dateFormat: 'Use the date format YYYY-MM-DD',
    givenNameRequired: 'Enter a given name',
    familyNameRequired: 'Enter a family name',
    nameRequired: 'Enter a name',
    codeRequired: 'Enter a code',
    orgNameRequired: 'Enter the organisation name',
    pickDate: 'Pick a date',
    rankRequired: 'Enter a rank between 0 and 100',
    valueInUse: 'This value is already in use.',
    emailInUse: 'Another login already uses this email.',
    alreadyExists: 'That already exists.',
    ownAdminRole: 'You cannot remove your own admin role.',
    linkExpired: 'This link is invalid or has expired.',
    enterEmail: 'Enter an email address.',
    hireDateRequired: 'Enter the hire date (YYYY-MM-DD).',
    dateInvalid: 'This date does not exist.',
    timezoneInvalid: 'Use a time zone name such as Europe/Berlin or America/New_York.',
    statusInvalid: 'Use active or on_leave.',
    valueInvalid: 'This value is not valid.',
    valueInvalidShort: 'Invalid value',
    departmentForeign: 'Choose a department of this organisation.',
    levelForeign: 'Choose a level of this organisation.',
    managerForeign: 'Choose a manager from this organisation.',
    managerLeft: 'This manager has left the organisation.',
    managerCycle: 'This would make the person manage their own manager.',
    leavingBeforeHire: 'The leaving date cannot be before the hire date.',
    inviteLeaver: 'People who have left cannot be invited.',
    noLoginYet: 'This person has no login yet. Send an invitation first.',
    importEmptyFile: 'The file is empty.',
    importNoPeople: 'The file has a header but no people.',
    importColumnRequired: 'This column is required.',
    importColumnTwice: 'This column appears more than once.',
    importOwnManager: 'A person cannot be their own manager.',
    importManagerMismatch: 'This names a different person than manager_email.',
    importLeaver: 'To record a leaver, deactivate them in Trellis: it needs a leaving date.',
    importManagerEmailUnknown: 'No one with this email in the file or in the organisation.',
    importManagerIdUnknown: 'No one with this employee id in the file or in the organisation.',
  },
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
    },
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
      library: 'Competencies and paths',
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
    lead: 'The people who report to you.',
    directReports: 'Direct reports',
    count_one: '{{count}} person',
    count_other: '{{count}} people',
    openOrgChart: 'Open the org chart',
    showMore_one: 'Show {{count}} more',
    showMore_other: 'Show {{count}} more',
    comingSoon:
      'For each person, goal progress, review status, the last 1:1 and the last career conversation will appear here once those features are in use.',
    empty: {
      title: 'No one reports to you',
      description:
        'When people are assigned to you as their manager, they appear here with links to their profiles. Browse the org chart to see how teams fit together.',
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
  profile: {
    title: 'Profile',
    backToDirectory: 'People',
    thisIsYou: 'This is you',
    details: 'Details',
    noReports: 'None',
    account: 'Sign-in account',
    hasAccount: 'Active',
    noAccount: 'Not invited yet',
    moreActions: 'More actions',
    showInOrgChart: 'Show in org chart',
    notFound: {
      title: 'Person not found',
      heading: 'This person is not in your directory',
      description:
        'The link may be wrong, or the record is not visible to you. Search the directory instead.',
    },
    edit: {
      title: 'Edit {{name}}',
      saved: 'Changes to {{name}} saved.',
      conflictTitle: 'Someone else changed this record',
      conflict:
        'Another person saved changes to this record while you were editing. Reload to see the current version; your unsaved edits will be replaced.',
      reload: 'Reload the current version',
    },
    deactivate: {
      action: 'Mark as left',
      title: 'Mark {{name}} as left',
      explain:
        '{{name}} will show as “Left” from this date and their sign-in will stop working. Their records are kept.',
      explainManager:
        '{{name}} will show as “Left” from this date and their sign-in will stop working. Their {{count}} direct reports move to the next manager up. Their records are kept.',
      confirm: 'Mark as left',
      dateRequired: 'Pick the last day of employment',
      done: '{{name}} is now marked as left.',
    },
    invite: {
      action: 'Send invitation',
      sent: 'Invitation sent to {{email}}.',
    },
    reportingHistory: {
      title: 'Reporting history',
      empty: 'No reporting lines recorded.',
      from: 'From',
      to: 'Until',
      present: 'Present',
      noManager: 'No manager',
    },
    roles: {
      title: 'Roles',
      lead: 'Manager and skip-level roles follow from reporting lines. These roles are granted by hand.',
      label: 'Granted roles',
      noAccount: 'This person has no sign-in account yet; roles take effect once they accept an invitation.',
      save: 'Save roles',
      saveFailed: 'Roles not saved',
      saved: 'Roles for {{name}} saved.',
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
  admin: {
    title: 'Administration',
    lead: 'Manage your organisation’s records and settings. Admin roles do not grant access to reviews or development data.',
    sections: {
      people: {
        title: 'Add people',
        description: 'Create people records, assign managers and send invitations.',
      },
      import: {
        title: 'Import people',
        description: 'Add or update many people at once from a CSV file.',
      },
      structure: {
        title: 'Departments and levels',
        description: 'The building blocks of your organisation.',
      },
      settings: { title: 'Settings', description: 'Organisation name, default language and time zone.' },
      outbox: {
        title: 'Email outbox',
        description: 'Emails Trellis has sent, for checking invitations and resets.',
      },
      audit: {
        title: 'Audit log',
        description: 'Every change, tamper-evident. Verify the chain at any time.',
      },
    },
    people: {
      title: 'Add a person',
      lead: 'The person appears in the directory and under their manager in the org chart straight away.',
      add: 'Add person',
      submit: 'Add person',
      sendInvitation: 'Send an invitation email now',
      sendInvitationHint:
        'They choose a password through the link in the email. You can also invite them later.',
      created: '{{name}} has been added.',
      openProfile: 'Open profile',
    },
    import: {
      lead: 'Add new people and update existing ones from a CSV file. Every row is checked first: if any row has a problem, nothing is imported.',
      format: {
        title: 'File format',
        lead: 'The first row names the columns, in any order. Upper or lower case and spaces instead of underscores are fine. Save the file as CSV in UTF-8.',
        matching:
          'People already in Trellis are matched by employee ID, then by email, and updated; everyone else is added. A blank cell keeps an existing person’s value.',
        column: 'Column',
        meaning: 'What to enter',
        required: 'Required',
        example: 'A small example:',
      },
      columns: {
        employee_id:
          'Your own ID for the person, e.g. from payroll. Used first to find people already in Trellis.',
        email: 'Work email address; it is also their sign-in.',
        given_name: 'Given name.',
        family_name: 'Family name.',
        job_title: 'Job title.',
        department: 'Department name. A department that does not exist yet is created.',
        level: 'Level code, e.g. IC2. The level must already exist under Departments and levels.',
        location: 'Office or city.',
        timezone: 'Time zone name such as Europe/Berlin. UTC when blank.',
        hire_date: 'First working day as YYYY-MM-DD.',
        manager_email:
          'The manager’s email: someone already in Trellis or in the same file. Blank for the top of the organisation.',
        manager_employee_id: 'The manager’s employee ID, instead of or as well as their email.',
        status:
          'active or on_leave; active when blank. Leavers are recorded on their profile, not by import.',
      },
      file: 'CSV file',
      filePlaceholder: 'Choose a .csv file',
      fileHint: 'UTF-8 text, at most 5 MB.',
      clearFile: 'Remove the chosen file',
      readProblems: {
        tooLarge: 'This file is larger than 5 MB. Split it into smaller files.',
        unreadable: 'This file could not be read. Save it as CSV (UTF-8) and choose it again.',
      },
      check: 'Check file',
      import: 'Import',
      empty: {
        title: 'No file checked yet',
        description:
          'Choose a CSV file and check it. You will see what would happen to each row before anything is saved.',
      },
      needsFixing_one:
        '{{count}} row needs fixing, so nothing can be imported yet. Correct the file, choose it again and check it.',
      needsFixing_other:
        '{{count}} rows need fixing, so nothing can be imported yet. Correct the file, choose it again and check it.',
      refused_one:
        'Something changed since the check: {{count}} row is no longer valid. Nothing was imported.',
      refused_other:
        'Something changed since the check: {{count}} rows are no longer valid. Nothing was imported.',
      ready:
        'The file is ready: {{created}} to add and {{updated}} to update. Nothing has been saved yet; look through the rows, then import.',
      done: 'Import complete: {{created}} added, {{updated}} updated.',
      openDirectory: 'Open the directory',
      another: 'Import another file',
      reportTitle: 'Rows in the file',
      counts: {
        toCreate: 'To add: {{value}}',
        toUpdate: 'To update: {{value}}',
        invalid: 'To fix: {{value}}',
        created: 'Added: {{value}}',
        updated: 'Updated: {{value}}',
      },
      line: 'Line',
      status: 'Status',
      email: 'Email',
      details: 'Details',
      statuses: { create: 'New', update: 'Update', invalid: 'Fix' },
      noEmail: '(no email)',
      wholeFile: 'file',
      newPerson: 'Will be added.',
      changes: 'Changes: {{columns}}',
      noChanges: 'No changes.',
    },
    structure: {
      lead: 'Departments group people; levels describe seniority, ordered by rank.',
      departments: 'Departments',
      levels: 'Levels',
      newDepartment: 'New department',
      name: 'Name',
      code: 'Code',
      rank: 'Rank',
      headcount: 'People',
      addLevel: 'Add level',
      noDepartments: 'No departments yet. Add the first one above.',
      noLevels: 'No levels yet. Add the first one above.',
      departmentAdded: 'Department “{{name}}” added.',
      levelAdded: 'Level “{{name}}” added.',
    },
    settings: {
      lead: 'These apply to everyone in the organisation unless they choose otherwise.',
      name: 'Organisation name',
      defaultLocale: 'Default language',
      defaultLocaleHint: 'New accounts start in this language; each person can change it.',
      defaultTimezone: 'Default time zone',
      saved: 'Settings saved.',
    },
    outbox: {
      lead: 'Emails sent by Trellis. Without an SMTP server they are kept here instead of being delivered.',
      subject: 'Subject',
      to: 'To',
      sentAt: 'Sent',
      transport: 'Delivery',
      transports: { smtp: 'SMTP', outbox: 'Outbox only' },
      toLine: 'To {{to}} · {{at}}',
      empty: {
        title: 'No emails yet',
        description:
          'Invitations and password reset emails will be listed here as soon as Trellis sends them.',
      },
    },
    audit: {
      lead: 'An append-only record of every change. Each entry is chained to the previous one, so tampering shows.',
      verify: 'Verify chain',
      verified_one: 'The chain is intact: {{formatted}} entry checked.',
      verified_other: 'The chain is intact: {{formatted}} entries checked.',
      broken:
        'The chain is broken at entry #{{seq}} ({{checked}} entries checked). Entries from there on may have been altered.',
      action: 'Action',
      target: 'Record',
      actor: 'Account',
      at: 'When',
      before: 'Before',
      after: 'After',
      system: 'system',
      details: 'Details of entry {{seq}}: {{action}}',
      detailLine: '{{target}} · by {{actor}} · {{at}}',
      empty: {
        title: 'No entries yet',
        description: 'Changes to people, roles and settings will be recorded here.',
      },
    },
  },
  goals: goalsEn,
  oneOnOnes: oneOnOnesEn,
  feedback: feedbackEn,
  reviews: reviewsEn,
  calibration: calibrationEn,
  notifications: notificationsEn,
  aspirations: aspirationsEn,
  conversations: conversationsEn,
  paths: pathsEn,
  learning: learningEn,
  plans: plansEn,
  feedback360: feedback360En,
};
