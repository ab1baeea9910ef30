/** Pages of this growth part, children of `growthRoute` (scaffold: the part's owner fills it). */
export const aspirationsRoutes = [] as const;
