import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `feedback.*` (t('feedback.…')). */
export const feedbackEn = {
  title: 'Feedback',
  lead: 'Say what went well and what could be better, thank colleagues in public, and ask for feedback when you want it. Feedback here always names its writer.',
  give: 'Give feedback',
  ask: 'Ask for feedback',
  tabs: {
    label: 'Feedback lists',
    received: 'Received',
    given: 'Given',
    requests: 'Requests',
    praise: 'Praise feed',
  },
  kind: {
    label: 'Type',
    feedback: 'Feedback',
    praise: 'Praise',
  },
  visibility: {
    label: 'Who can read it',
    recipient_only: 'Only the recipient',
    recipient_and_manager: 'The recipient, their managers and HR',
    public: 'Everyone (public praise)',
    recipient_onlyHint: 'Nobody else: not their manager, not HR.',
    recipient_and_managerHint: 'Also their manager chain and HR, as part of their performance record.',
    publicHint: 'Shown in the praise feed for the whole organisation. Only for praise.',
  },
  card: {
    fromTo: '{{writer}} to {{recipient}}',
    answers: 'In answer to: “{{question}}”',
    /** Who can read this item, said from where the reader stands. */
    seenBy: {
      recipient_only: {
        recipient: 'Only you and {{writer}}',
        writer: 'Only you and {{recipient}}',
        other: 'Only {{recipient}} and {{writer}}',
      },
      recipient_and_manager: {
        recipient: 'You, your managers and HR',
        writer: '{{recipient}}, their managers and HR',
        other: '{{recipient}}, their managers and HR',
      },
      public: { recipient: 'Everyone', writer: 'Everyone', other: 'Everyone' },
    },
  },
  form: {
    giveTitle: 'Give feedback or praise',
    recipient: 'To',
    body: 'Your words',
    bodyHint: 'Be specific: what happened and why it mattered. Your name is shown with it.',
    send: 'Send',
    sent: 'Sent to {{name}}',
    askTitle: 'Ask for feedback about yourself',
    askPerson: 'Ask',
    question: 'Topic or question (optional)',
    questionHint: 'For example: “How did my presentation at the all-hands land?”',
    askSend: 'Send request',
    asked: 'Request sent to {{name}}',
    choosePerson: 'Choose a colleague',
    writeSomething: 'Write your feedback',
  },
  requests: {
    incoming: 'Asked of you',
    outgoing: 'You asked',
    incomingEmpty: 'Nobody has asked you for feedback right now.',
    outgoingEmpty:
      'You have not asked anyone for feedback yet. Asking is the quickest way to learn how your work lands.',
    from: '{{name}} asks for feedback',
    to: 'You asked {{name}}',
    noQuestion: 'No particular topic.',
    answer: 'Answer',
    decline: 'Decline',
    declined: 'Request declined',
    answerTitle: 'Feedback for {{name}}',
    status: {
      open: 'Waiting',
      answered: 'Answered',
      declined: 'Declined',
    },
  },
  empty: {
    received: 'No feedback yet. Ask a colleague for some: they will get your request in their inbox.',
    given: 'You have not given feedback yet. A short, specific note or a thank-you makes a difference.',
    praise: 'No public praise yet. When someone thanks a colleague in public, it shows here for everyone.',
  },
  panel: {
    title: 'Recent feedback',
    none: 'No feedback you can see.',
    openAll: 'All feedback',
  },
};

/** German strings: the same keys (checked by catalogues.test.ts). */
export const feedbackDe: Messages<typeof feedbackEn> = {
  title: 'Feedback',
  lead: 'Sagen Sie, was gut lief und was besser werden kann, danken Sie Kolleginnen und Kollegen öffentlich und bitten Sie um Feedback, wann Sie möchten. Feedback nennt hier immer die schreibende Person.',
  give: 'Feedback geben',
  ask: 'Um Feedback bitten',
  tabs: {
    label: 'Feedback-Listen',
    received: 'Erhalten',
    given: 'Gegeben',
    requests: 'Anfragen',
    praise: 'Lob-Feed',
  },
  kind: {
    label: 'Art',
    feedback: 'Feedback',
    praise: 'Lob',
  },
  visibility: {
    label: 'Wer es lesen kann',
    recipient_only: 'Nur die empfangende Person',
    recipient_and_manager: 'Die empfangende Person, ihre Führungskräfte und HR',
    public: 'Alle (öffentliches Lob)',
    recipient_onlyHint: 'Sonst niemand: keine Führungskraft, nicht HR.',
    recipient_and_managerHint: 'Auch ihre Führungskette und HR, als Teil ihrer Leistungsunterlagen.',
    publicHint: 'Erscheint im Lob-Feed für die ganze Organisation. Nur für Lob.',
  },
  card: {
    fromTo: '{{writer}} an {{recipient}}',
    answers: 'Antwort auf: „{{question}}“',
    seenBy: {
      recipient_only: {
        recipient: 'Nur Sie und {{writer}}',
        writer: 'Nur Sie und {{recipient}}',
        other: 'Nur {{recipient}} und {{writer}}',
      },
      recipient_and_manager: {
        recipient: 'Sie, Ihre Führungskräfte und HR',
        writer: '{{recipient}}, die Führungskräfte und HR',
        other: '{{recipient}}, die Führungskräfte und HR',
      },
      public: { recipient: 'Alle', writer: 'Alle', other: 'Alle' },
    },
  },
  form: {
    giveTitle: 'Feedback oder Lob geben',
    recipient: 'An',
    body: 'Ihre Worte',
    bodyHint: 'Werden Sie konkret: was passiert ist und warum es wichtig war. Ihr Name wird angezeigt.',
    send: 'Senden',
    sent: 'An {{name}} gesendet',
    askTitle: 'Um Feedback zu Ihnen bitten',
    askPerson: 'Fragen',
    question: 'Thema oder Frage (optional)',
    questionHint: 'Zum Beispiel: „Wie kam meine Präsentation beim All-Hands an?“',
    askSend: 'Anfrage senden',
    asked: 'Anfrage an {{name}} gesendet',
    choosePerson: 'Wählen Sie eine Person',
    writeSomething: 'Schreiben Sie Ihr Feedback',
  },
  requests: {
    incoming: 'An Sie gerichtet',
    outgoing: 'Von Ihnen gestellt',
    incomingEmpty: 'Gerade bittet Sie niemand um Feedback.',
    outgoingEmpty:
      'Sie haben noch niemanden um Feedback gebeten. Fragen ist der schnellste Weg zu erfahren, wie Ihre Arbeit ankommt.',
    from: '{{name}} bittet um Feedback',
    to: 'Sie haben {{name}} gefragt',
    noQuestion: 'Kein bestimmtes Thema.',
    answer: 'Antworten',
    decline: 'Ablehnen',
    declined: 'Anfrage abgelehnt',
    answerTitle: 'Feedback für {{name}}',
    status: {
      open: 'Wartet',
      answered: 'Beantwortet',
      declined: 'Abgelehnt',
    },
  },
  empty: {
    received:
      'Noch kein Feedback. Bitten Sie eine Kollegin oder einen Kollegen darum: Die Anfrage landet in deren Posteingang.',
    given: 'Sie haben noch kein Feedback gegeben. Eine kurze, konkrete Notiz oder ein Dank bewirkt viel.',
    praise: 'Noch kein öffentliches Lob. Wenn jemand öffentlich dankt, erscheint es hier für alle.',
  },
  panel: {
    title: 'Neuestes Feedback',
    none: 'Kein Feedback, das Sie sehen können.',
    openAll: 'Alles Feedback',
  },
};
