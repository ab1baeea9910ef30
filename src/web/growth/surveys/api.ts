import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  AnswerSurveyRequest,
  CreateSurveyRequest,
  TenureBand,
  UpdateSurveyRequest,
} from '../../../contracts/surveys';
import { type ApiBody, apiGet, apiPatch, apiPost } from '../../api/client';

export const SURVEY_PAGE_SIZE = 10;

/** A report's filter: at most a department or a tenure band (the server refuses finer cuts). */
export interface ReportFilter {
  department?: string;
  tenure?: TenureBand;
}

export const surveyKeys = {
  all: ['surveys'] as const,
  mine: (page: number) => ['surveys', 'mine', page] as const,
  questionnaire: (roundId: string) => ['surveys', 'questionnaire', roundId] as const,
  list: (page: number) => ['surveys', 'list', page] as const,
  survey: (id: string) => ['surveys', 'survey', id] as const,
  rounds: (id: string, page: number) => ['surveys', 'rounds', id, page] as const,
  starter: ['surveys', 'starter'] as const,
  reportable: (page: number) => ['surveys', 'reportable', page] as const,
  results: (roundId: string, filter: ReportFilter) => ['surveys', 'results', roundId, filter] as const,
  heatmap: (roundId: string, filter: ReportFilter) => ['surveys', 'heatmap', roundId, filter] as const,
  breakdown: (roundId: string, groupBy: string, filter: ReportFilter) =>
    ['surveys', 'breakdown', roundId, groupBy, filter] as const,
  comments: (roundId: string, filter: ReportFilter, page: number, seed: number | undefined) =>
    ['surveys', 'comments', roundId, filter, page, seed ?? null] as const,
  actions: (page: number) => ['surveys', 'actions', page] as const,
};

const paged = (page: number, pageSize = SURVEY_PAGE_SIZE) => ({ page, pageSize });
const round = (roundId: string) => ({ roundId });

export const mySurveysQuery = (page: number) =>
  queryOptions({
    queryKey: surveyKeys.mine(page),
    queryFn: ({ signal }) => apiGet('/api/growth/surveys/mine', { params: { query: paged(page) }, signal }),
    placeholderData: keepPreviousData,
  });

export const questionnaireQuery = (roundId: string) =>
  queryOptions({
    queryKey: surveyKeys.questionnaire(roundId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/mine/{roundId}', { params: { path: round(roundId) }, signal }),
    retry: false,
  });

export const surveysQuery = (page: number) =>
  queryOptions({
    queryKey: surveyKeys.list(page),
    queryFn: ({ signal }) => apiGet('/api/growth/surveys', { params: { query: paged(page) }, signal }),
    placeholderData: keepPreviousData,
  });

export const surveyQuery = (surveyId: string) =>
  queryOptions({
    queryKey: surveyKeys.survey(surveyId),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/{surveyId}', { params: { path: { surveyId } }, signal }),
    retry: false,
  });

export const roundsQuery = (surveyId: string, page: number) =>
  queryOptions({
    queryKey: surveyKeys.rounds(surveyId, page),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/{surveyId}/rounds', {
        params: { path: { surveyId }, query: paged(page) },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const starterQuestionsQuery = queryOptions({
  queryKey: surveyKeys.starter,
  queryFn: ({ signal }) => apiGet('/api/growth/surveys/starter-questions', { signal }),
  staleTime: 10 * 60_000,
});

export const reportableRoundsQuery = (page: number, pageSize = SURVEY_PAGE_SIZE) =>
  queryOptions({
    queryKey: [...surveyKeys.reportable(page), pageSize],
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/reportable-rounds', { params: { query: paged(page, pageSize) }, signal }),
    placeholderData: keepPreviousData,
  });

export const resultsQuery = (roundId: string, filter: ReportFilter = {}) =>
  queryOptions({
    queryKey: surveyKeys.results(roundId, filter),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/rounds/{roundId}/results', {
        params: { path: round(roundId), query: filter },
        signal,
      }),
    retry: false,
  });

export const heatmapQuery = (roundId: string, filter: ReportFilter = {}) =>
  queryOptions({
    queryKey: surveyKeys.heatmap(roundId, filter),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/rounds/{roundId}/heatmap', {
        params: { path: round(roundId), query: filter },
        signal,
      }),
    retry: false,
  });

export const breakdownQuery = (roundId: string, groupBy: 'department' | 'tenure', filter: ReportFilter) =>
  queryOptions({
    queryKey: surveyKeys.breakdown(roundId, groupBy, filter),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/rounds/{roundId}/breakdown', {
        params: { path: round(roundId), query: { ...filter, groupBy } },
        signal,
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });

export const commentsQuery = (roundId: string, filter: ReportFilter, page: number, seed?: number) =>
  queryOptions({
    queryKey: surveyKeys.comments(roundId, filter, page, seed),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/rounds/{roundId}/comments', {
        params: { path: round(roundId), query: { ...filter, page, pageSize: SURVEY_PAGE_SIZE, seed } },
        signal,
      }),
    placeholderData: keepPreviousData,
    retry: false,
  });

/**
 * A results download (a plain link, so the browser saves it with the session cookie): the same
 * view as the screen's query, so the file holds the cells the screen shows.
 */
export const surveyExportHref = (
  roundId: string,
  file: 'heatmap.csv' | 'breakdown.csv',
  query: Record<string, string | undefined> = {},
) => {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return `/api/growth/surveys/rounds/${encodeURIComponent(roundId)}/${file}${params ? `?${params}` : ''}`;
};

export const teamActionsQuery = (page: number) =>
  queryOptions({
    queryKey: surveyKeys.actions(page),
    queryFn: ({ signal }) =>
      apiGet('/api/growth/surveys/actions', { params: { query: paged(page, 20) }, signal }),
    placeholderData: keepPreviousData,
  });

export type CreateTeamAction = ApiBody<'/api/growth/surveys/actions', 'post'>;
export type UpdateTeamAction = ApiBody<'/api/growth/surveys/actions/{actionId}', 'patch'>;

export const surveyWrites = {
  create: (body: CreateSurveyRequest) => apiPost('/api/growth/surveys', { body: body }),
  update: (surveyId: string, body: UpdateSurveyRequest) =>
    apiPatch('/api/growth/surveys/{surveyId}', {
      params: { path: { surveyId } },
      body: body,
    }),
  launch: (surveyId: string) =>
    apiPost('/api/growth/surveys/{surveyId}/rounds', { params: { path: { surveyId } } }),
  close: (roundId: string) =>
    apiPost('/api/growth/surveys/rounds/{roundId}/close', { params: { path: round(roundId) } }),
  answer: (roundId: string, body: AnswerSurveyRequest) =>
    apiPost('/api/growth/surveys/mine/{roundId}/answers', {
      params: { path: round(roundId) },
      body: body,
    }),
  linkQuestionnaire: (token: string) =>
    apiPost('/api/growth/surveys/link/questionnaire', { body: { token } }),
  answerByLink: (token: string, body: AnswerSurveyRequest) =>
    apiPost('/api/growth/surveys/link/answers', {
      body: { ...body, token },
    }),
  createAction: (body: CreateTeamAction) => apiPost('/api/growth/surveys/actions', { body }),
  updateAction: (actionId: string, body: UpdateTeamAction) =>
    apiPatch('/api/growth/surveys/actions/{actionId}', { params: { path: { actionId } }, body }),
};
