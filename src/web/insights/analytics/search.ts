import { type AnalyticsScope, analyticsScopes } from '../../../contracts/analytics';
import { optionalString } from '../../app/search';

/** The address of an analytics half: whose figures, and (on Now) which review cycle. */
export interface InsightsSearch {
  scope?: AnalyticsScope;
  cycle?: string;
}

export const insightsSearch = (search: Record<string, unknown>): InsightsSearch => {
  const scope = optionalString(search.scope);
  return {
    scope: (analyticsScopes as readonly string[]).includes(scope ?? '')
      ? (scope as AnalyticsScope)
      : undefined,
    cycle: optionalString(search.cycle),
  };
};
