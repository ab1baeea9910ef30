import type { RouteModule } from '../platform/http/types';
import { aspirationsRoutes } from './aspirations/routes';
import { coachingRoutes } from './coaching/routes';
import { conversationsRoutes } from './conversations/routes';
import { feedback360Routes } from './feedback360/routes';
import { learningRoutes } from './learning/routes';
import { mentoringRoutes } from './mentoring/routes';
import { pathsRoutes } from './paths/routes';
import { offersRoutes } from './plans/offers/routes';
import { plansRoutes } from './plans/routes';
import { successionRoutes } from './succession/routes';
import { surveyActionRoutes } from './surveys/actionRoutes';
import { surveyReportRoutes } from './surveys/reportRoutes';
import { surveysRoutes } from './surveys/routes';
import { talentRoutes } from './talent/routes';

/**
 * The growth track's routes (SPEC S4). Growth code reads performance data only through
 * `performance/readApi`; nothing under performance imports from here (SPEC S1.1).
 */
export const growthRouteModules: RouteModule[] = [
  aspirationsRoutes,
  conversationsRoutes,
  pathsRoutes,
  learningRoutes,
  plansRoutes,
  offersRoutes,
  feedback360Routes,
  coachingRoutes,
  mentoringRoutes,
  successionRoutes,
  talentRoutes,
  surveysRoutes,
  surveyReportRoutes,
  surveyActionRoutes,
];
