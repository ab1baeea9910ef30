import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { performanceRoute } from '../performanceRoute';
import { feedbackSearch } from './search';

const FeedbackPage = lazyRouteComponent(() => import('./FeedbackPage'), 'FeedbackPage');

const feedbackRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/feedback',
  validateSearch: feedbackSearch,
  component: FeedbackPage,
});

/** Pages of this part of the performance area, children of performanceRoute (see ../routes.tsx). */
export const feedbackRoutes = [feedbackRoute] as const satisfies readonly AnyRoute[];
