import type { RouteModule } from '../../platform/http/types';
import { goalCatalogueRoutes } from './catalogueRoutes';
import { goalExportRoutes } from './exportRoutes';
import { goalRoutes } from './goalRoutes';

/** HTTP routes of this area (thin: validate → transaction → load → authorize → command → present). */
export const goalsRoutes: RouteModule = (app, deps) => {
  goalRoutes(app, deps);
  goalExportRoutes(app, deps);
  goalCatalogueRoutes(app, deps);
};
