import type { AnalyticsHalf, AnalyticsMetricId } from '../../../contracts/analytics';
import type { MetricDefinition } from './definition';
import { nextMetrics } from './next/metrics';
import { nowMetrics } from './now/metrics';

/**
 * The metric catalogue of HR analytics (issue 14 item 1): every metric with its formula, grain,
 * data class, minimum group size and chart, in two halves that read separate snapshot tables.
 * The definitions live with their half (`now/metrics.ts`, `next/metrics.ts`).
 */
export const catalogue: readonly MetricDefinition[] = [...nowMetrics, ...nextMetrics];

export const metricsOf = (half: AnalyticsHalf) => catalogue.filter((metric) => metric.half === half);

export const metricById = (id: AnalyticsMetricId): MetricDefinition | undefined =>
  catalogue.find((metric) => metric.id === id);
