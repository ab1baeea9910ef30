import type { AnalyticsHalf, AnalyticsMetricId } from '../../../contracts/analytics';
import type { MetricDefinition, MetricInfo } from './definition';
import { engagementMetricById, engagementMetrics } from './next/engagement';
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

/** Any metric a page may list, the engagement trends included (they are not snapshot metrics). */
export const metricInfoById = (id: AnalyticsMetricId): MetricInfo | undefined =>
  metricById(id) ?? engagementMetricById(id);

/** Every metric of both halves as a page lists it: the snapshot catalogue, then the engagement trends. */
export const everyMetric: readonly MetricInfo[] = [...catalogue, ...engagementMetrics];
