import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../app/routeBase';
import { PerformanceLayout } from './PerformanceLayout';

/** `/performance`: the "now" area. Each part (goals, 1:1s, feedback, reviews, calibration) hangs its pages here. */
export const performanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/performance',
  component: PerformanceLayout,
});
