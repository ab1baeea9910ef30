import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

export const surveyTabs = ['mine', 'results', 'manage', 'actions'] as const;
export type SurveyTab = (typeof surveyTabs)[number];

const listRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/surveys',
  validateSearch: (search: Record<string, unknown>): { tab?: SurveyTab } =>
    surveyTabs.includes(search.tab as SurveyTab) ? { tab: search.tab as SurveyTab } : {},
  component: lazyRouteComponent(() => import('./SurveysPage'), 'SurveysPage'),
});

/** The signed-in questionnaire; the invitation notification links here (`/surveys/rounds/…` redirects). */
const answerRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/surveys/rounds/$roundId',
  component: lazyRouteComponent(() => import('./AnswerPage'), 'AnswerPage'),
});

const surveyRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/surveys/manage/$surveyId',
  component: lazyRouteComponent(() => import('./SurveyDetailPage'), 'SurveyDetailPage'),
});

const resultsRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/surveys/results/$roundId',
  component: lazyRouteComponent(() => import('./ResultsPage'), 'ResultsPage'),
});

/** Pages of the pulse surveys, children of `growthRoute`. */
export const surveysRoutes = [
  listRoute,
  answerRoute,
  surveyRoute,
  resultsRoute,
] as const satisfies readonly AnyRoute[];
