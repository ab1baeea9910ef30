import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../app/routeBase';
import { GrowthLayout } from './GrowthLayout';

/** `/growth`: the "next" area. Each part (conversations, aspirations, paths, plans, learning, 360) hangs its pages here. */
export const growthRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/growth',
  component: GrowthLayout,
});
