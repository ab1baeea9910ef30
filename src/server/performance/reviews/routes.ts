import type { RouteModule } from '../../platform/http/types';

/** HTTP routes of this area (thin: validate → transaction → load → authorize → command → present). */
export const reviewsRoutes: RouteModule = (_app, _deps) => {};
