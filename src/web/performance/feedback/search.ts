export const feedbackTabs = ['received', 'given', 'requests', 'praise'] as const;
export type FeedbackTab = (typeof feedbackTabs)[number];

/** `?tab=` of the feedback page (notifications link to received and requests). */
export const feedbackSearch = (search: Record<string, unknown>): { tab?: FeedbackTab } => ({
  tab: feedbackTabs.find((tab) => tab === search.tab),
});
