import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Page } from '../../../contracts/common';
import type {
  Answer,
  CloseCycleRequest,
  CreateCycleRequest,
  CreateTemplateRequest,
  CycleDetail,
  CycleReviewRow,
  CycleSummary,
  Dashboard,
  OverdueItem,
  PeerFormDto,
  PersonReviewTask,
  ReviewDetail,
  ReviewSummary,
  ReviewTask,
  SavedAnswers,
  TemplateDetail,
  TemplateSummary,
  UpdateCycleRequest,
  UpdateTemplateRequest,
} from '../../../contracts/reviews';
import { answersConflict } from '../../../contracts/reviews';
import { api, isApiError } from '../../api/client';
import type { AnswerDraft, SaveOutcome } from './autosaveQueue';

export const PAGE_SIZE = 20;
const enc = encodeURIComponent;

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

export const tasksQuery = queryOptions({
  queryKey: reviewKeys.tasks,
  queryFn: ({ signal }) => api.get<{ items: ReviewTask[] }>('/reviews/tasks', undefined, signal),
});

export const historyQuery = (personId: string, page: number) =>
  queryOptions({
    queryKey: reviewKeys.history(personId, page),
    queryFn: ({ signal }) =>
      api.get<Page<ReviewSummary>>(
        `/people/${enc(personId)}/reviews`,
        { released: true, page, pageSize: PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const personTaskQuery = (personId: string) =>
  queryOptions({
    queryKey: reviewKeys.personTask(personId),
    queryFn: ({ signal }) =>
      api.get<PersonReviewTask>(`/people/${enc(personId)}/review-task`, undefined, signal),
  });

export const reviewQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.detail(id),
    queryFn: ({ signal }) => api.get<ReviewDetail>(`/reviews/${enc(id)}`, undefined, signal),
  });

export const ownFormQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.ownForm(id),
    queryFn: ({ signal }) => api.get<PeerFormDto>(`/review-forms/${enc(id)}`, undefined, signal),
  });

export const templatesQuery = (page: number) =>
  queryOptions({
    queryKey: reviewKeys.templates(page),
    queryFn: ({ signal }) =>
      api.get<Page<TemplateSummary>>('/review-templates', { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const templateQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.template(id),
    queryFn: ({ signal }) => api.get<TemplateDetail>(`/review-templates/${enc(id)}`, undefined, signal),
  });

export const cyclesQuery = (page: number) =>
  queryOptions({
    queryKey: reviewKeys.cycles(page),
    queryFn: ({ signal }) =>
      api.get<Page<CycleSummary>>('/review-cycles', { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const cycleQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.cycle(id),
    queryFn: ({ signal }) => api.get<CycleDetail>(`/review-cycles/${enc(id)}`, undefined, signal),
  });

export const dashboardQuery = (id: string) =>
  queryOptions({
    queryKey: reviewKeys.dashboard(id),
    queryFn: ({ signal }) => api.get<Dashboard>(`/review-cycles/${enc(id)}/dashboard`, undefined, signal),
  });

export const overdueQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: reviewKeys.overdue(id, page),
    queryFn: ({ signal }) =>
      api.get<Page<OverdueItem>>(`/review-cycles/${enc(id)}/overdue`, { page, pageSize: 10 }, signal),
    placeholderData: keepPreviousData,
  });

export const cycleReviewsQuery = (id: string, state: string | null, page: number) =>
  queryOptions({
    queryKey: reviewKeys.cycleReviews(id, state, page),
    queryFn: ({ signal }) =>
      api.get<Page<CycleReviewRow>>(
        `/review-cycles/${enc(id)}/reviews`,
        { state, page, pageSize: PAGE_SIZE },
        signal,
      ),
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
      const body = await api.put<SavedAnswers>(`/review-forms/${enc(formId)}/answers`, { answers });
      return { saved: body.answers, conflicts: [] };
    } catch (error) {
      if (!isApiError(error, 'version_conflict')) throw error;
      const told = answersConflict.safeParse(error.body);
      if (told.success && told.data.saved && told.data.conflicts)
        return { saved: told.data.saved, conflicts: told.data.conflicts };
      const form = await api.get<PeerFormDto>(`/review-forms/${enc(formId)}`);
      return sortOutConflict(answers, form.form.answers ?? []);
    }
  },
  submit: (formId: string) => api.post<PeerFormDto>(`/review-forms/${enc(formId)}/submit`),
  reopen: (formId: string, reason: string) =>
    api.post<ReviewDetail>(`/review-forms/${enc(formId)}/reopen`, { reason }),
  reassign: (reviewId: string, reviewerId: string, reason: string) =>
    api.post<ReviewDetail>(`/reviews/${enc(reviewId)}/reassign`, { reviewerId, reason }),
  requestPeer: (reviewId: string, writerId: string, note: string) =>
    api.post<ReviewDetail>(`/reviews/${enc(reviewId)}/peer-requests`, { writerId, note }),
  createTemplate: (body: CreateTemplateRequest) => api.post<TemplateDetail>('/review-templates', body),
  updateTemplate: (id: string, body: UpdateTemplateRequest) =>
    api.put<TemplateDetail>(`/review-templates/${enc(id)}`, body),
  archiveTemplate: (id: string, version: number) =>
    api.post<TemplateDetail>(`/review-templates/${enc(id)}/archive`, { version }),
  preview: (participantFilter: CreateCycleRequest['participantFilter']) =>
    api.post<{ count: number }>('/review-cycles/preview', { participantFilter }),
  createCycle: (body: CreateCycleRequest) => api.post<CycleDetail>('/review-cycles', body),
  launch: (id: string, version: number) =>
    api.post<{ cycle: CycleDetail; participants: number }>(`/review-cycles/${enc(id)}/launch`, { version }),
  sendReminders: (id: string) => api.post<{ sent: number }>(`/review-cycles/${enc(id)}/reminders`),
  updateCycle: (id: string, body: UpdateCycleRequest) =>
    api.put<CycleDetail>(`/review-cycles/${enc(id)}`, body),
  closeCycle: (id: string, body: CloseCycleRequest) =>
    api.post<CycleDetail>(`/review-cycles/${enc(id)}/close`, body),
};
