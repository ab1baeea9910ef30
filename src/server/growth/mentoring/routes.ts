import type { RouteModule } from '../../platform/http/types';
import { mentoringMatchRoutes } from './matchRoutes';
import { mentoringProgrammeRoutes } from './programmeRoutes';

/** Mentoring (SPEC S4.6): programmes, profiles and matching; matches, sessions and pool drafts. */
export const mentoringRoutes: RouteModule = (app, deps) => {
  mentoringProgrammeRoutes(app, deps);
  mentoringMatchRoutes(app, deps);
};
