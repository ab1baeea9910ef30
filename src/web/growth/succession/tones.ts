import type { PositionCriticality, SlateReadiness, VacancyRisk } from '../../../contracts/succession';
import type { Tone } from '../../app/statusColors';

/** Criticality and risk as tones: the more urgent, the warmer. */
export const criticalityTone: Record<PositionCriticality, Tone> = {
  low: 'neutral',
  medium: 'info',
  high: 'caution',
  critical: 'negative',
};
export const riskTone: Record<VacancyRisk, Tone> = { low: 'positive', medium: 'caution', high: 'negative' };
export const readinessTone: Record<SlateReadiness, Tone> = {
  ready_now: 'positive',
  '1_2_years': 'info',
  '3_plus_years': 'neutral',
};
