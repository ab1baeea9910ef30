import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  Answer,
  CloseCycleRequest,
  CreateCycleRequest,
  CreateTemplateRequest,
  Dashboard,
  PreviewRequest,
  UpdateCycleRequest,
  UpdateTemplateRequest,
} from '../../../contracts/reviews';
import { apiGet, apiPost, apiPut, isApiError } from '../../api/client';
import type { AnswerDraft, SaveOutcome } from './autosaveQueue';

export const PAGE_SIZE = 20;

export const reviewKeys = {
  tasks: ['reviews', 'tasks'] as const,
  history: (personId: string, page: number) => ['reviews', 'history', personId, page] as const,
  personTask: (personId: string) => ['reviews', 'person-task', personId] as const,
  detail: (id: string) => ['reviews', 'detail', id] as const,
  ownForm: (id: string) => ['reviews', 'form', id] as const,
  templates: (page: number) => ['review-templates', page] as const,
  template: (id: string) => ['review-templates', 'detail', id] as const,
  cycles: (page: number) => ['review-cycles', page] as const,
  cycle: (id: string) => ['review-cycles', 'detail', id] as const,
  dashboard: (id: string) => ['review-cycles', 'dashboard', id] as const,
  overdue: (id: string, page: number) => ['review-cycles', 'overdue', id, page] as const,
  cycleReviews: (id: string, state: string | null, page: number) =>
    ['review-cycles', 'reviews', id, state ?? 'all', page] as const,
};

const review = (reviewId: string) => ({ path: { reviewId } });
const form = (formId: string) => ({ path: { formId } });
const cycle = (cycleId: string) => ({ path: { cycleId } });
const template = (templateId: string) => ({ path: { templateId } });
const pageOf = (page: number, pageSize = PAGE_SIZE) => ({ query: { page, pageSize } });

export const tasksQuery = queryOptions({
  queryKey: reviewKeys.tasks,
  queryFn: ({ signal }) => apiGet('/api/reviews/tasks', { signal }),
});

export const historyQuery = (personId: string, page: number) =>
  queryOptions({
    queryKey: reviewKeys.history(personId, page),
    queryFn: ({ signal }) =>
      apiGet('/api/people/{personId}/reviews', {
        params: { path: { personId }, query: { released: 'true', page, pageSize: PAGE_SIZE } },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const personTaskQuery = (personId: string) =>
  queryOptions({
    queryKey: reviewKeys.personTask(personId),
    queryFn: ({ signal }) =>
      apiGet('/api/people/{personId}/review-task', { params: { path: { personId } }, signal }),
  });

export const reviewQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.detail(id),
    queryFn: ({ signal }) => apiGet('/api/reviews/{reviewId}', { params: review(id), signal }),
  });

export const ownFormQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.ownForm(id),
    queryFn: ({ signal }) => apiGet('/api/review-forms/{formId}', { params: form(id), signal }),
  });

export const templatesQuery = (page: number) =>
  queryOptions({
    queryKey: reviewKeys.templates(page),
    queryFn: ({ signal }) => apiGet('/api/review-templates', { params: pageOf(page), signal }),
    placeholderData: keepPreviousData,
  });

export const templateQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.template(id),
    queryFn: ({ signal }) => apiGet('/api/review-templates/{templateId}', { params: template(id), signal }),
  });

export const cyclesQuery = (page: number) =>
  queryOptions({
    queryKey: reviewKeys.cycles(page),
    queryFn: ({ signal }) => apiGet('/api/review-cycles', { params: pageOf(page), signal }),
    placeholderData: keepPreviousData,
  });

export const cycleQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.cycle(id),
    queryFn: ({ signal }) => apiGet('/api/review-cycles/{cycleId}', { params: cycle(id), signal }),
  });

export const dashboardQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.dashboard(id),
    // The counts are keyed by review state (a zod record over an enum); the generated type keeps only
    // "string keys", so the contract's type says what the server's schema does.
    queryFn: ({ signal }) =>
      apiGet('/api/review-cycles/{cycleId}/dashboard', { params: cycle(id), signal }) as Promise<Dashboard>,
  });

export const overdueQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: reviewKeys.overdue(id, page),
    queryFn: ({ signal }) =>
      apiGet('/api/review-cycles/{cycleId}/overdue', {
        params: { ...cycle(id), ...pageOf(page, 10) },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/**
 * The review contracts' zod schemas, for the two checks this module makes on answers. Loaded when
 * needed rather than imported, so the screens that use this module (Home among them) paint without
 * waiting for zod.
 */
const reviewContracts = () =>
  Promise.all([import('../../app/zodSetup'), import('../../../contracts/reviews')]).then(
    ([, contracts]) => contracts,
  );

/** `state` comes from a select; anything that is not a review state means "all". */
export const cycleReviewsQuery = (id: string, state: string | null, page: number) =>
  queryOptions({
    queryKey: reviewKeys.cycleReviews(id, state, page),
    queryFn: async ({ signal }) => {
      const filter = (await reviewContracts()).reviewState.safeParse(state);
      return apiGet('/api/review-cycles/{cycleId}/reviews', {
        params: {
          ...cycle(id),
          query: { state: filter.success ? filter.data : undefined, page, pageSize: PAGE_SIZE },
        },
        signal,
      });
    },
    placeholderData: keepPreviousData,
  });

/**
 * After a 409 of a whole-form save whose body does not say which answers were stored (an older
 * server), which sent answers were stored and which were stale: the form is read again and each
 * sent answer is held against what is stored now: stored at the next version with the value sent →
 * saved; anything else → a conflict with the stored answer (also when a save of someone else came
 * after ours: our version is stale then too).
 */
export function sortOutConflict(sent: AnswerDraft[], stored: Answer[]): SaveOutcome {
  const byQuestion = new Map(stored.map((answer) => [answer.questionId, answer]));
  const outcome: SaveOutcome = { saved: [], conflicts: [] };
  for (const draft of sent) {
    const current = byQuestion.get(draft.questionId);
    const ours =
      current !== undefined &&
      current.version === draft.version + 1 &&
      current.rating === draft.rating &&
      (current.text ?? null) === (draft.text ?? null);
    if (ours) outcome.saved.push(current);
    else
      outcome.conflicts.push({
        questionId: draft.questionId,
        current: current ?? {
          questionId: draft.questionId,
          rating: null,
          text: null,
          version: 0,
          updatedAt: new Date(0).toISOString(),
        },
      });
  }
  return outcome;
}

export const reviewWrites = {
  /** Autosaves a form's changed answers in one request (see `AutosaveQueue`). */
  saveAnswers: async (formId: string, answers: AnswerDraft[]): Promise<SaveOutcome> => {
    try {
      const body = await apiPut('/api/review-forms/{formId}/answers', {
        params: form(formId),
        body: { answers },
      });
      return { saved: body.answers, conflicts: [] };
    } catch (error) {
      if (!isApiError(error, 'version_conflict')) throw error;
      const told = (await reviewContracts()).answersConflict.safeParse(error.body);
      if (told.success && told.data.saved && told.data.conflicts)
        return { saved: told.data.saved, conflicts: told.data.conflicts };
      const current = await apiGet('/api/review-forms/{formId}', { params: form(formId) });
      return sortOutConflict(answers, current.form.answers ?? []);
    }
  },
  submit: (formId: string) => apiPost('/api/review-forms/{formId}/submit', { params: form(formId) }),
  reopen: (formId: string, reason: string) =>
    apiPost('/api/review-forms/{formId}/reopen', { params: form(formId), body: { reason } }),
  reassign: (reviewId: string, reviewerId: string, reason: string) =>
    apiPost('/api/reviews/{reviewId}/reassign', { params: review(reviewId), body: { reviewerId, reason } }),
  requestPeer: (reviewId: string, writerId: string, note: string) =>
    apiPost('/api/reviews/{reviewId}/peer-requests', { params: review(reviewId), body: { writerId, note } }),
  createTemplate: (body: CreateTemplateRequest) => apiPost('/api/review-templates', { body }),
  updateTemplate: (id: string, body: UpdateTemplateRequest) =>
    apiPut('/api/review-templates/{templateId}', { params: template(id), body }),
  archiveTemplate: (id: string, version: number) =>
    apiPost('/api/review-templates/{templateId}/archive', { params: template(id), body: { version } }),
  preview: (body: PreviewRequest) => apiPost('/api/review-cycles/preview', { body }),
  createCycle: (body: CreateCycleRequest) => apiPost('/api/review-cycles', { body }),
  launch: (id: string, version: number) =>
    apiPost('/api/review-cycles/{cycleId}/launch', { params: cycle(id), body: { version } }),
  sendReminders: (id: string) => apiPost('/api/review-cycles/{cycleId}/reminders', { params: cycle(id) }),
  updateCycle: (id: string, body: UpdateCycleRequest) =>
    apiPut('/api/review-cycles/{cycleId}', { params: cycle(id), body }),
  closeCycle: (id: string, body: CloseCycleRequest) =>
    apiPost('/api/review-cycles/{cycleId}/close', { params: cycle(id), body }),
};

/** HR's review-status CSV of a cycle, with the list's state filter (a plain download link). */
export const cycleReviewsCsvHref = (cycleId: string, state: string | null) =>
  `/api/review-cycles/${encodeURIComponent(cycleId)}/reviews.csv${state ? `?state=${encodeURIComponent(state)}` : ''}`;
