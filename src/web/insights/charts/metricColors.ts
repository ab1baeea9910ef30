import { categoricalColor } from '../../app/statusColors';

/**
 * The colour of a metric's n-th series (rating levels, phases, departments): categories only, told
 * apart by the colour-blind-safe palette, never a status. Shared by the chart and its legend.
 */
export const seriesColor = (index: number): string => categoricalColor(index);
