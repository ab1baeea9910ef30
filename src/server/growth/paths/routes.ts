import type { RouteModule } from '../../platform/http/types';

/** Routes of this growth part (scaffold: the part's owner fills it). */
export const pathsRoutes: RouteModule = () => {};
