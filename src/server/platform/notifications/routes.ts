import type { RouteModule } from '../http/types';

/** HTTP routes of this area (thin: validate → transaction → load → authorize → command → present). */
export const notificationsRoutes: RouteModule = (_app, _deps) => {};
