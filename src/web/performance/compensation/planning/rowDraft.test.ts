import { describe, expect, it } from 'vitest';
import type { Proposal } from './api';
import {
  derivedMerit,
  draftOf,
  guidelinePlace,
  isDirty,
  type RowDraft,
  saveBodyOf,
  trimPercent,
} from './rowDraft';

const row = (extra: Partial<Proposal> = {}): Proposal => ({
  participantId: 'p1',
  cycleId: 'c1',
  personId: 'person',
  givenName: 'Ada',
  familyName: 'Lovelace',
  managerId: 'm',
  eligibility: 'eligible',
  currentBaseMinor: 5_432_100,
  currency: 'EUR',
  band: { currency: 'EUR', minMinor: 4_000_000, targetMinor: 5_000_000, maxMinor: 6_000_000 },
  compaRatio: '1.0864',
  positionInRange: '0.7161',
  calibratedRating: 3,
  proration: { eligibleDays: 365, periodDays: 365 },
  guideline: { minPct: '2.00', targetPct: '3.50', maxPct: '5.00' },
  state: null,
  merit: null,
  bonusMinor: null,
  marketMinor: null,
  promotion: null,
  resultingBaseMinor: null,
  justification: null,
  flags: { outsideGuideline: false, promotionBelowGuideline: false, band: null },
  submittedAt: null,
  approval: { step: 0, chainLength: 0, awaitingPersonId: null, returnedReason: null, approvedAt: null },
  version: 0,
  abilities: { edit: true, submit: true, approve: false, adjust: false, sendBack: false },
  ...extra,
});

const draft = (extra: Partial<RowDraft> = {}): RowDraft => ({
  meritFrom: 'percent',
  percent: '',
  newBase: '',
  bonus: '',
  justification: '',
  ...extra,
});

describe('draftOf', () => {
  it('shows a saved proposal as the planner would type it', () => {
    const saved = row({
      merit: { input: 'percent', percent: '3.5000', newBaseMinor: 5_622_224 },
      bonusMinor: 100_000,
      justification: 'Key hire',
      version: 2,
    });
    expect(draftOf(saved)).toEqual({
      meritFrom: 'percent',
      percent: '3.5',
      newBase: '56222.24',
      bonus: '1000.00',
      justification: 'Key hire',
    });
    expect(draftOf(row())).toEqual(draft());
  });

  it('trims only padding zeros', () => {
    expect(trimPercent('4.0000')).toBe('4');
    expect(trimPercent('12.1250')).toBe('12.125');
    expect(trimPercent('100')).toBe('100');
  });
});

describe('derivedMerit', () => {
  it('derives the new base from a percent half to even, as the server does', () => {
    // 5,432,100 × 1.035 = 5,622,223.5 → 5,622,224.
    expect(derivedMerit(draft({ percent: '3.5' }), 5_432_100, 'EUR')).toEqual({
      percent: '3.5',
      newBaseMinor: 5_622_224,
    });
  });

  it('derives the percent from a typed new base to 4 places', () => {
    expect(derivedMerit(draft({ meritFrom: 'amount', newBase: '56000' }), 5_432_100, 'EUR')).toEqual({
      percent: '3.0909',
      newBaseMinor: 5_600_000,
    });
  });

  it('derives nothing from what cannot be sent', () => {
    expect(derivedMerit(draft({ percent: 'abc' }), 5_432_100, 'EUR')).toBeNull();
    expect(derivedMerit(draft({ meritFrom: 'amount', newBase: '100.001' }), 5_432_100, 'EUR')).toBeNull();
    expect(derivedMerit(draft({ meritFrom: 'amount', newBase: '50000' }), 5_432_100, 'EUR')).toBeNull();
    expect(derivedMerit(draft({ percent: '3' }), null, null)).toBeNull();
  });
});

describe('saveBodyOf', () => {
  it('sends the typed merit and keeps the parts the grid does not edit', () => {
    const promotion = { levelId: 'l', bandId: 'b', newBaseMinor: 6_000_000 };
    const saved = row({ version: 3, marketMinor: 500, promotion });
    expect(saveBodyOf(draft({ percent: ' 4 ', bonus: '250.5', justification: '  ' }), saved)).toEqual({
      body: {
        version: 3,
        merit: { percent: '4' },
        bonusMinor: 25_050,
        marketMinor: 500,
        promotion,
        justification: null,
      },
    });
    expect(saveBodyOf(draft({ meritFrom: 'amount', newBase: '56000' }), row()).body?.merit).toEqual({
      newBaseMinor: 5_600_000,
    });
  });

  it('names the field that cannot be sent', () => {
    expect(saveBodyOf(draft({ percent: '3,5' }), row()).problem).toBe('percent');
    expect(saveBodyOf(draft({ meritFrom: 'amount', newBase: 'x' }), row()).problem).toBe('newBase');
    expect(saveBodyOf(draft({ bonus: '1.234' }), row()).problem).toBe('bonus');
  });
});

describe('isDirty', () => {
  const saved = row({ merit: { input: 'percent', percent: '3.5000', newBaseMinor: 5_622_224 }, version: 1 });
  it('is clean for what the server holds, however the zeros are written', () => {
    expect(isDirty(draftOf(saved), saved)).toBe(false);
    expect(isDirty(draft({ percent: '3.50' }), saved)).toBe(false);
    expect(isDirty(draft(), row())).toBe(false);
  });

  it('is dirty for a changed merit, bonus or justification', () => {
    expect(isDirty(draft({ percent: '4' }), saved)).toBe(true);
    expect(isDirty(draft({ meritFrom: 'amount', newBase: '56222.24' }), saved)).toBe(true);
    expect(isDirty(draft({ percent: '3.5', bonus: '1' }), saved)).toBe(true);
    expect(isDirty(draft({ percent: '3.5', justification: 'Why' }), saved)).toBe(true);
  });
});

describe('guidelinePlace', () => {
  const guideline = { minPct: '2.00', targetPct: '3.50', maxPct: '5.00' };
  it('places a percent against the prorated cell', () => {
    expect(guidelinePlace('1.99', guideline)).toBe('below');
    expect(guidelinePlace('2', guideline)).toBe('within');
    expect(guidelinePlace('5.0000', guideline)).toBe('within');
    expect(guidelinePlace('5.01', guideline)).toBe('above');
    expect(guidelinePlace('3', null)).toBeNull();
    expect(guidelinePlace(null, guideline)).toBeNull();
  });
});
