import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../app/routeBase';

// The area's section bar loads with the area, not with the app's first screen.
const GrowthLayout = lazyRouteComponent(() => import('./GrowthLayout'), 'GrowthLayout');

/** `/growth`: the "next" area. Each part (conversations, aspirations, paths, plans, learning, 360) hangs its pages here. */
export const growthRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/growth',
  component: GrowthLayout,
});
