import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { calibrationState } from '../../contracts/calibration';
import { proposalStates } from '../../contracts/compensation/proposalStates';
import { conversationStatus } from '../../contracts/conversations';
import { feedbackRequestStatus } from '../../contracts/feedback';
import { request360Status } from '../../contracts/feedback360';
import { checkInStatus, goalStatus } from '../../contracts/goals';
import { importRowStatus } from '../../contracts/import';
import { pipState } from '../../contracts/improvementPlans';
import { enrolmentStatus } from '../../contracts/learning';
import { employmentStatus } from '../../contracts/org';
import { cycleStatus, formState, reviewState } from '../../contracts/reviews';
import { stateColor as certificationColor } from '../growth/learning/certificationState';
import {
  acknowledgmentTone,
  calibrationSessionTone,
  categoricalColors,
  conversationTone,
  cycleStatusTone,
  employmentTone,
  enrolmentTone,
  feedbackRequestTone,
  formStateTone,
  goalHealthTone,
  goalStatusTone,
  importRowTone,
  pipStateTone,
  proposalStateTone,
  request360Tone,
  reviewStateTone,
  type Tone,
  toneAlert,
  toneBadge,
  toneColor,
  toneSeries,
  tones,
  toneText,
} from './statusColors';
import { buildTheme } from './theme';

const theme = mergeMantineTheme(
  DEFAULT_THEME,
  buildTheme({ close: 'x', togglePassword: 'x', nextMonth: 'x', previousMonth: 'x' }),
);

/** The hex value of a theme colour written as "amber" (shade given) or "amber.6". */
function hex(color: string, shade?: number): string {
  const [name, written] = color.split('.');
  const palette = theme.colors[name!];
  if (!palette) throw new Error(`no palette ${name}`);
  return palette[shade ?? Number(written)]!;
}

function luminance(color: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Every status map the app shows, with every value its contract allows. */
const statusMaps: [string, readonly string[], Record<string, Tone>][] = [
  ['goal health', checkInStatus.options, goalHealthTone],
  ['goal status', goalStatus.options, goalStatusTone],
  ['employment', employmentStatus.options, employmentTone],
  ['review cycle', cycleStatus.options, cycleStatusTone],
  ['review state', reviewState.options, reviewStateTone],
  ['review form', formState.options, formStateTone],
  ['calibration session', calibrationState.options, calibrationSessionTone],
  ['360 request', request360Status.options, request360Tone],
  ['career conversation', conversationStatus.options, conversationTone],
  ['feedback request', feedbackRequestStatus.options, feedbackRequestTone],
  ['learning enrolment', enrolmentStatus.options, enrolmentTone],
  ['import row', importRowStatus.options, importRowTone],
  ['improvement plan', pipState.options, pipStateTone],
  ['pay proposal', proposalStates, proposalStateTone],
];

describe('status colours: one meaning per colour', () => {
  it('every status of every map has exactly one tone, and nothing else is in the map', () => {
    for (const [name, values, map] of statusMaps) {
      expect(Object.keys(map).sort(), name).toEqual([...values].sort());
      for (const value of values) expect(tones, `${name}: ${value}`).toContain(map[value]);
    }
  });

  it('each tone has its own colour, the same hue in a badge, an alert, text and a chart series or bar', () => {
    const colours = tones.map((tone) => toneColor[tone]);
    expect(new Set(colours).size).toBe(tones.length);
    for (const tone of tones) {
      expect(toneBadge(tone).color).toBe(toneColor[tone]);
      expect(toneAlert(tone)).toEqual({ color: toneColor[tone], variant: 'light' });
      expect(toneSeries(tone).split('.')[0]).toBe(toneColor[tone]);
      expect(toneText(tone).split('.')[0]).toBe(toneColor[tone]);
    }
  });

  it('a warning is amber, an error or a conflict red, a success green, a note blue', () => {
    expect(toneAlert('caution').color).toBe('amber');
    expect(toneAlert('negative').color).toBe('red');
    expect(toneAlert('positive').color).toBe('green');
    expect(toneAlert('info').color).toBe('blue');
    expect(toneText('caution')).toBe('amber.9');
    // An import row to fix is an error, and a finished enrolment or answered request is done.
    expect(toneColor[importRowTone.invalid]).toBe('red');
    expect(toneColor[enrolmentTone.completed]).toBe('green');
    expect(toneColor[feedbackRequestTone.answered]).toBe('green');
  });

  it('"at risk" is amber everywhere: badge, bar and chart series; so is every other caution', () => {
    expect(toneBadge(goalHealthTone.at_risk).color).toBe('amber');
    expect(toneSeries(goalHealthTone.at_risk)).toMatch(/^amber\./);
    expect(toneColor[employmentTone.on_leave]).toBe('amber');
    expect(certificationColor.expiring).toBe('amber');
    expect(toneColor[goalHealthTone.on_track]).toBe('green');
    expect(toneColor[goalHealthTone.off_track]).toBe('red');
  });

  it('review, calibration, 360 and conversation states keep the same meaning as the goal ones', () => {
    // Waiting on someone is a caution, as "at risk" is: amber, not the orange or yellow of old.
    expect(toneBadge(request360Tone.awaiting_approval).color).toBe('amber');
    expect(toneBadge(acknowledgmentTone.calibrated).color).toBe('amber');
    // Done is green wherever it appears.
    for (const done of [
      reviewStateTone.acknowledged,
      acknowledgmentTone.acknowledged,
      formStateTone.submitted,
      cycleStatusTone.closed,
      request360Tone.released,
      conversationTone.completed,
    ])
      expect(toneColor[done]).toBe('green');
    // In progress is blue: a scheduled conversation or a review in any working state.
    expect(toneColor[conversationTone.scheduled]).toBe('blue');
    expect(toneColor[reviewStateTone.manager_review]).toBe('blue');
    expect(toneColor[calibrationSessionTone.open]).toBe('blue');
    // The follow-up map covers only states the review state map has.
    for (const state of Object.keys(acknowledgmentTone)) expect(reviewState.options).toContain(state);
  });

  it('the track colours (indigo for Now, brand for Next) are never a status', () => {
    for (const tone of tones) {
      expect(['indigo', 'brand']).not.toContain(toneColor[tone]);
      expect(toneSeries(tone)).not.toMatch(/^(indigo|brand)\./);
    }
  });

  it('badges and toned text pass AA text contrast and series pass 3:1 against white', () => {
    for (const tone of tones) {
      const color = toneColor[tone];
      // The light badge variant: shade 9 text on shade 1 (see Mantine's light variant).
      expect(contrast(hex(color, 9), hex(color, 1)), `${tone} badge`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(toneText(tone)), '#ffffff'), `${tone} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(toneSeries(tone)), '#ffffff'), `${tone} series`).toBeGreaterThanOrEqual(3);
    }
  });

  it('categorical series colours are distinct and never one of the status series', () => {
    expect(new Set(categoricalColors.map((c) => c.toLowerCase())).size).toBe(categoricalColors.length);
    expect(categoricalColors.length).toBeGreaterThanOrEqual(7);
    const statusHexes = tones.map((tone) => hex(toneSeries(tone)).toLowerCase());
    for (const color of categoricalColors) expect(statusHexes).not.toContain(color.toLowerCase());
  });
});
