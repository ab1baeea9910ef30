import type { RouteModule } from '../../platform/http/types';
import { cycleRoutes } from './cycleRoutes';
import { reviewExportRoutes } from './exportRoutes';
import { reviewRoutes } from './reviewRoutes';
import { templateRoutes } from './templateRoutes';

/** HTTP routes of this area (thin: validate → transaction → load → authorize → command → present). */
export const reviewsRoutes: RouteModule = (app, deps) => {
  templateRoutes(app, deps);
  cycleRoutes(app, deps);
  reviewExportRoutes(app, deps);
  reviewRoutes(app, deps);
};
