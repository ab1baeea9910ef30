import type { AnyRoute } from '@tanstack/react-router';

/** Pages of this part of the performance area, children of performanceRoute (see ../routes.tsx). */
export const reviewsRoutes = [] as const satisfies readonly AnyRoute[];
