import type { Messages } from '../../i18n/types';

/** English strings of the HR analytics pages; wired into the catalogues as `analytics.*`. */
export const analyticsEn = {
  title: 'Insights',
  sections: { label: 'Insights sections', now: 'Now', next: 'Next' },
  halves: {
    now: {
      title: 'Now: performance',
      purpose:
        'Review progress, ratings, calibration, promotions and turnover. Figures from the performance track only.',
    },
    next: {
      title: 'Next: development',
      purpose:
        'Development plans, career conversations, mentoring, coaching and engagement. Figures from the growth track only — never joined to ratings.',
    },
  },
  scope: {
    label: 'Whose figures',
    org: 'Organisation',
    subtree: 'My team',
    subtreeOnly: 'Everyone who reports to you, directly or further down.',
  },
  cycle: { label: 'Review cycle', option: '{{name}} (launched {{date}})' },
  pointInTime: {
    cycle_launch: 'Departments and managers as of {{date}}, when the cycle was launched.',
    snapshot: 'Departments and managers as of {{date}}.',
    window: 'Each person’s department and manager as of their last day between {{from}} and {{date}}.',
    survey_launch: 'Teams as of each survey round’s launch; rounds opened between {{from}} and {{date}}.',
  },
  refresh: {
    button: 'Refresh now',
    running: 'Refreshing…',
    queued: 'Refresh started. The figures update when it finishes.',
    hint: 'Figures are computed in the background, not on every visit.',
    runningHint: 'The figures below stay until the new ones are ready.',
  },
  privacy:
    'Groups of fewer than {{min}} people are never shown, nor anything from which one could be worked out.',
  empty: {
    notComputed: {
      title: 'No figures computed yet',
      hr: 'Figures are computed in the background. Start the first computation with “Refresh now”; it takes a moment.',
      others: 'Figures are computed in the background by HR. Come back later.',
    },
    noCycle: {
      title: 'No review cycle has been launched yet',
      description:
        'Launch a review cycle under Performance to see completion, rating distributions and calibration changes here. Promotions and turnover appear below once people move.',
    },
    metric: {
      review: 'No reviews in this cycle for this selection yet.',
      ratings: 'No calibrated ratings yet — calibrate and lock a cycle to see the distribution.',
      calibration: 'No calibration session has been locked in this cycle yet.',
      leniency: 'No manager has proposed ratings in this cycle yet.',
      movement: 'No promotions or leavers recorded in the last twelve months.',
      development: 'No plans, conversations, mentoring or coaching recorded for this selection yet.',
      engagement:
        'No pulse survey round has closed yet. Launch a pulse under Growth → Pulse surveys; its figures appear here once the round closes.',
    },
  },
  denied: {
    title: 'Insights are for managers and HR',
    description:
      'Managers see figures for the people who report to them, HR for the whole organisation. Your own goals, reviews and growth are under Performance and Growth.',
  },
  rowHeader: {
    department: 'Department',
    manager: 'Manager',
    round: 'Survey round',
  },
  metric: {
    review_completion: 'Review completion by phase',
    rating_distribution_department: 'Rating distribution by department',
    rating_distribution_manager: 'Rating distribution by manager',
    calibration_change: 'Calibration changes',
    manager_leniency: 'Manager leniency',
    promotion_rate: 'Internal promotion rate',
    turnover: 'Turnover',
    high_performer_retention: 'Retention of high performers',
    development_coverage: 'Development coverage',
    mentoring_participation: 'Mentoring participation',
    coaching_utilisation: 'Coaching utilisation',
    engagement_trend: 'Engagement trend',
    enps_trend: 'eNPS trend',
  },
  explanation: {
    review_completion:
      'Of the people in the cycle, the share whose review has reached each phase: self review done, manager review done, calibrated, released, acknowledged.',
    rating_distribution_department:
      'How final ratings spread over the scale in each department, as a share of the department’s rated people, next to the guideline when one is set.',
    rating_distribution_manager:
      'How final ratings spread over the scale for each manager’s reports, as a share of the people that manager rated.',
    calibration_change:
      'Of the ratings calibrated in the cycle, the share that calibration changed from the manager’s proposal, and how many went up or down.',
    manager_leniency:
      'Each manager’s average proposed rating minus the average of everyone’s, with a z-score: how many standard deviations the manager sits above or below.',
    promotion_rate:
      'Promotions into a higher level over the last twelve months, divided by the average number of people employed in that time.',
    turnover:
      'People who left over the last twelve months, divided by the average number of people employed, split by voluntary and involuntary leaving.',
    high_performer_retention:
      'Of the people rated in the top levels in the cycle, the share still employed today.',
    development_coverage:
      'The share of people with an active development plan, and with a career conversation held in the last six months.',
    mentoring_participation: 'The share of people taking part in mentoring, as mentee, as mentor, or either.',
    coaching_utilisation:
      'Coaching sessions used as a share of the sessions granted, and how many coaching engagements are proposed, running, completed or ended.',
    engagement_trend:
      'The mean of every agree–disagree answer (1 to 5) in each closed pulse round, and the change since the survey’s previous round. A round shows only when enough people answered for the survey’s anonymity threshold; a change only when both rounds show.',
    enps_trend:
      'Employee Net Promoter Score of each closed pulse round: the share answering 9–10 minus the share answering 0–6 to “how likely are you to recommend working here”, from −100 to 100, and the change since the previous round.',
  },
  column: {
    self_review: 'Self review',
    manager_review: 'Manager review',
    calibrated: 'Calibrated',
    released: 'Released',
    acknowledged: 'Acknowledged',
    moved: 'Changed',
    up: 'Up',
    down: 'Down',
    mean_proposed: 'Mean proposed rating',
    difference: 'Difference from all',
    z_score: 'z-score',
    promotions: 'Promotions',
    rate: 'Rate',
    voluntary: 'Voluntary',
    involuntary: 'Involuntary',
    unspecified: 'Reason not recorded',
    total: 'Total',
    top_rated: 'Top rated',
    retained: 'Retained',
    active_plan: 'Active plan',
    career_conversation: 'Career conversation (6 months)',
    mentee: 'Mentee',
    mentor: 'Mentor',
    any: 'Either',
    utilisation: 'Utilisation',
    sessions_used: 'Sessions used',
    sessions_allowed: 'Sessions granted',
    proposed: 'Proposed',
    active: 'Running',
    completed: 'Completed',
    ended: 'Ended early',
    engagement: 'Engagement (1–5)',
    engagement_change: 'Change',
    enps: 'eNPS',
    enps_change: 'Change',
    respondents: 'Answered',
  },
  row: { none: 'None recorded', total: 'All in scope', guideline: 'Guideline' },
};

export const analyticsDe: Messages<typeof analyticsEn> = {
  title: 'Auswertungen',
  sections: { label: 'Bereiche der Auswertungen', now: 'Jetzt', next: 'Als Nächstes' },
  halves: {
    now: {
      title: 'Jetzt: Leistung',
      purpose:
        'Fortschritt der Beurteilungen, Bewertungen, Kalibrierung, Beförderungen und Fluktuation. Nur Zahlen aus dem Leistungsbereich.',
    },
    next: {
      title: 'Als Nächstes: Entwicklung',
      purpose:
        'Entwicklungspläne, Karrieregespräche, Mentoring, Coaching und Engagement. Nur Zahlen aus dem Entwicklungsbereich — nie mit Bewertungen verknüpft.',
    },
  },
  scope: {
    label: 'Wessen Zahlen',
    org: 'Organisation',
    subtree: 'Mein Team',
    subtreeOnly: 'Alle, die Ihnen direkt oder indirekt unterstellt sind.',
  },
  cycle: { label: 'Beurteilungszyklus', option: '{{name}} (gestartet {{date}})' },
  pointInTime: {
    cycle_launch: 'Abteilungen und Führungskräfte zum {{date}}, dem Start des Zyklus.',
    snapshot: 'Abteilungen und Führungskräfte zum {{date}}.',
    window: 'Abteilung und Führungskraft jeder Person an ihrem letzten Tag zwischen {{from}} und {{date}}.',
    survey_launch: 'Teams zum Start jeder Umfragerunde; Runden gestartet zwischen {{from}} und {{date}}.',
  },
  refresh: {
    button: 'Jetzt aktualisieren',
    running: 'Wird aktualisiert…',
    queued: 'Aktualisierung gestartet. Die Zahlen ändern sich, sobald sie fertig ist.',
    hint: 'Die Zahlen werden im Hintergrund berechnet, nicht bei jedem Aufruf.',
    runningHint: 'Die Zahlen unten bleiben, bis die neuen fertig sind.',
  },
  privacy:
    'Gruppen mit weniger als {{min}} Personen werden nie gezeigt, auch nichts, woraus sie sich errechnen ließen.',
  empty: {
    notComputed: {
      title: 'Noch keine Zahlen berechnet',
      hr: 'Die Zahlen werden im Hintergrund berechnet. Starten Sie die erste Berechnung mit „Jetzt aktualisieren“; das dauert einen Moment.',
      others: 'Die Zahlen werden von HR im Hintergrund berechnet. Schauen Sie später wieder vorbei.',
    },
    noCycle: {
      title: 'Es wurde noch kein Beurteilungszyklus gestartet',
      description:
        'Starten Sie unter Leistung einen Beurteilungszyklus, um hier Fortschritt, Bewertungsverteilungen und Kalibrierungsänderungen zu sehen. Beförderungen und Fluktuation erscheinen unten, sobald sich etwas bewegt.',
    },
    metric: {
      review: 'In diesem Zyklus gibt es für diese Auswahl noch keine Beurteilungen.',
      ratings:
        'Noch keine kalibrierten Bewertungen — kalibrieren und sperren Sie einen Zyklus, um die Verteilung zu sehen.',
      calibration: 'In diesem Zyklus wurde noch keine Kalibrierungsrunde gesperrt.',
      leniency: 'In diesem Zyklus hat noch keine Führungskraft Bewertungen vorgeschlagen.',
      movement: 'In den letzten zwölf Monaten gab es keine Beförderungen oder Austritte.',
      development: 'Für diese Auswahl sind noch keine Pläne, Gespräche, Mentorings oder Coachings erfasst.',
      engagement:
        'Es ist noch keine Runde einer Pulsbefragung abgeschlossen. Starten Sie eine unter Entwicklung → Pulsbefragungen; ihre Zahlen erscheinen hier, sobald die Runde endet.',
    },
  },
  denied: {
    title: 'Auswertungen sind für Führungskräfte und HR',
    description:
      'Führungskräfte sehen Zahlen zu den Personen, die ihnen unterstellt sind, HR zur ganzen Organisation. Ihre eigenen Ziele, Beurteilungen und Ihre Entwicklung finden Sie unter Leistung und Entwicklung.',
  },
  rowHeader: {
    department: 'Abteilung',
    manager: 'Führungskraft',
    round: 'Umfragerunde',
  },
  metric: {
    review_completion: 'Fortschritt der Beurteilungen nach Phase',
    rating_distribution_department: 'Bewertungsverteilung nach Abteilung',
    rating_distribution_manager: 'Bewertungsverteilung nach Führungskraft',
    calibration_change: 'Änderungen durch Kalibrierung',
    manager_leniency: 'Milde oder Strenge der Führungskräfte',
    promotion_rate: 'Interne Beförderungsquote',
    turnover: 'Fluktuation',
    high_performer_retention: 'Verbleib von Leistungsträgern',
    development_coverage: 'Abdeckung der Entwicklung',
    mentoring_participation: 'Teilnahme am Mentoring',
    coaching_utilisation: 'Nutzung des Coachings',
    engagement_trend: 'Verlauf des Engagements',
    enps_trend: 'Verlauf des eNPS',
  },
  explanation: {
    review_completion:
      'Anteil der Personen im Zyklus, deren Beurteilung die jeweilige Phase erreicht hat: Selbstbeurteilung fertig, Beurteilung durch die Führungskraft fertig, kalibriert, freigegeben, bestätigt.',
    rating_distribution_department:
      'Wie sich die endgültigen Bewertungen in jeder Abteilung über die Skala verteilen, als Anteil der bewerteten Personen der Abteilung, neben der Richtlinie, wenn eine festgelegt ist.',
    rating_distribution_manager:
      'Wie sich die endgültigen Bewertungen der Mitarbeitenden jeder Führungskraft über die Skala verteilen, als Anteil der von ihr bewerteten Personen.',
    calibration_change:
      'Anteil der im Zyklus kalibrierten Bewertungen, die die Kalibrierung gegenüber dem Vorschlag der Führungskraft geändert hat, und wie viele nach oben oder unten gingen.',
    manager_leniency:
      'Die durchschnittlich vorgeschlagene Bewertung jeder Führungskraft minus dem Durchschnitt aller, mit z-Wert: um wie viele Standardabweichungen sie darüber oder darunter liegt.',
    promotion_rate:
      'Beförderungen auf eine höhere Stufe in den letzten zwölf Monaten, geteilt durch die durchschnittliche Zahl der Beschäftigten in dieser Zeit.',
    turnover:
      'Austritte in den letzten zwölf Monaten, geteilt durch die durchschnittliche Zahl der Beschäftigten, getrennt nach freiwilligem und unfreiwilligem Ausscheiden.',
    high_performer_retention:
      'Anteil der im Zyklus in den obersten Stufen bewerteten Personen, die heute noch beschäftigt sind.',
    development_coverage:
      'Anteil der Personen mit einem aktiven Entwicklungsplan und mit einem Karrieregespräch in den letzten sechs Monaten.',
    mentoring_participation:
      'Anteil der Personen, die am Mentoring teilnehmen, als Mentee, als Mentor oder eines von beiden.',
    coaching_utilisation:
      'Genutzte Coaching-Sitzungen als Anteil der bewilligten, und wie viele Coachings vorgeschlagen, laufend, abgeschlossen oder vorzeitig beendet sind.',
    engagement_trend:
      'Der Mittelwert aller Zustimmungsantworten (1 bis 5) jeder abgeschlossenen Pulsrunde und die Veränderung seit der vorigen Runde derselben Umfrage. Eine Runde erscheint nur, wenn genug Personen für die Anonymitätsschwelle der Umfrage geantwortet haben; eine Veränderung nur, wenn beide Runden erscheinen.',
    enps_trend:
      'Employee Net Promoter Score jeder abgeschlossenen Pulsrunde: der Anteil der Antworten 9–10 minus der Anteil 0–6 auf „Wie wahrscheinlich empfehlen Sie uns als Arbeitgeber?“, von −100 bis 100, und die Veränderung seit der vorigen Runde.',
  },
  column: {
    self_review: 'Selbstbeurteilung',
    manager_review: 'Beurteilung durch Führungskraft',
    calibrated: 'Kalibriert',
    released: 'Freigegeben',
    acknowledged: 'Bestätigt',
    moved: 'Geändert',
    up: 'Nach oben',
    down: 'Nach unten',
    mean_proposed: 'Mittlere vorgeschlagene Bewertung',
    difference: 'Abstand zu allen',
    z_score: 'z-Wert',
    promotions: 'Beförderungen',
    rate: 'Quote',
    voluntary: 'Freiwillig',
    involuntary: 'Unfreiwillig',
    unspecified: 'Grund nicht erfasst',
    total: 'Gesamt',
    top_rated: 'Bestbewertet',
    retained: 'Geblieben',
    active_plan: 'Aktiver Plan',
    career_conversation: 'Karrieregespräch (6 Monate)',
    mentee: 'Mentee',
    mentor: 'Mentor',
    any: 'Eines von beiden',
    utilisation: 'Nutzung',
    sessions_used: 'Genutzte Sitzungen',
    sessions_allowed: 'Bewilligte Sitzungen',
    proposed: 'Vorgeschlagen',
    active: 'Laufend',
    completed: 'Abgeschlossen',
    ended: 'Vorzeitig beendet',
    engagement: 'Engagement (1–5)',
    engagement_change: 'Veränderung',
    enps: 'eNPS',
    enps_change: 'Veränderung',
    respondents: 'Geantwortet',
  },
  row: { none: 'Nicht erfasst', total: 'Alle im Bereich', guideline: 'Richtlinie' },
};
