import { describe, expect, it } from 'vitest';
import type { Proposal } from '../planning/api';
import { adjustBodyOf, adjustValuesOf, unreadableAmounts } from './adjustForm';
import {
  approvalOutcome,
  chainProgress,
  chosenItems,
  decisionParts,
  figureChanges,
  selectAll,
  selectAllState,
  toggleSelected,
} from './queueLogic';

const abilities = { edit: false, submit: false, approve: true, adjust: true, sendBack: true };

function row(id: string, overrides: Partial<Proposal> = {}): Proposal {
  return {
    participantId: id,
    cycleId: 'c',
    personId: `p-${id}`,
    givenName: 'Ada',
    familyName: id,
    managerId: null,
    eligibility: 'eligible',
    currentBaseMinor: 5_000_000,
    currency: 'EUR',
    band: null,
    compaRatio: null,
    positionInRange: null,
    calibratedRating: 3,
    proration: { eligibleDays: 365, periodDays: 365 },
    guideline: { minPct: '2.0000', targetPct: '3.0000', maxPct: '4.5000' },
    state: 'submitted',
    merit: { input: 'percent', percent: '3.5000', newBaseMinor: 5_175_000 },
    bonusMinor: 100_000,
    marketMinor: null,
    promotion: null,
    resultingBaseMinor: 5_175_000,
    justification: null,
    flags: { outsideGuideline: false, promotionBelowGuideline: false, band: 'within' },
    submittedAt: '2026-12-01T10:00:00.000Z',
    approval: { step: 0, chainLength: 2, awaitingPersonId: 'boss', returnedReason: null, approvedAt: null },
    version: 3,
    abilities,
    ...overrides,
  };
}

describe('approver queue selection', () => {
  const rows = [row('a'), row('b'), row('c', { abilities: { ...abilities, approve: false } })];

  it('select-all takes every approvable row and nothing else', () => {
    const all = selectAll(rows, true);
    expect([...all].sort()).toEqual(['a', 'b']);
    expect(selectAllState(all, rows)).toEqual({ checked: true, indeterminate: false, disabled: false });
    expect(selectAll(rows, false).size).toBe(0);
  });

  it('is mixed while some are chosen, and disabled when nothing may be approved', () => {
    const one = toggleSelected(new Set(), 'a', true);
    expect(selectAllState(one, rows)).toEqual({ checked: false, indeterminate: true, disabled: false });
    expect(selectAllState(new Set(), [rows[2]!]).disabled).toBe(true);
  });

  it('toggling keeps the same set when nothing changes', () => {
    const one = toggleSelected(new Set(), 'a', true);
    expect(toggleSelected(one, 'a', true)).toBe(one);
    expect(toggleSelected(one, 'a', false).size).toBe(0);
  });

  it('sends only rows still shown and approvable, with the version the approver saw', () => {
    const selected = new Set(['a', 'c', 'gone']);
    expect(chosenItems(selected, rows)).toEqual([{ participantId: 'a', version: 3 }]);
  });
});

describe('approval toast', () => {
  it('names what was approved for good and what moved on, leaving out zeros', () => {
    expect(decisionParts({ approved: 3, movedOn: 0 })).toEqual([{ key: 'approved', count: 3 }]);
    expect(decisionParts({ approved: 0, movedOn: 2 })).toEqual([{ key: 'movedOn', count: 2 }]);
    expect(decisionParts({ approved: 1, movedOn: 2 })).toHaveLength(2);
  });
});

describe('chain progress', () => {
  it('counts the step being decided, and the final decision past the chain', () => {
    expect(chainProgress(row('a'))).toEqual({ kind: 'step', step: 1, of: 2 });
    const past = row('a', {
      approval: { step: 2, chainLength: 2, awaitingPersonId: null, returnedReason: null, approvedAt: null },
    });
    expect(chainProgress(past)).toEqual({ kind: 'final' });
    expect(chainProgress(row('a', { state: 'approved' }))).toBeNull();
  });
});

describe('history figures', () => {
  it('lists only the figures that changed, percents compared as numbers', () => {
    const before = { meritPercent: '3.5000', bonus: 100_000, market: null, promotionNewBase: null };
    const after = { meritPercent: '3.5', bonus: 50_000, market: 20_000, promotionNewBase: null };
    expect(figureChanges(before, after)).toEqual([
      { figure: 'bonus', before: 100_000, after: 50_000 },
      { figure: 'market', before: null, after: 20_000 },
    ]);
    expect(figureChanges({ state: 'submitted' }, null)).toEqual([]);
  });

  it('says whether an approval was final or passed the proposal on to the next step', () => {
    expect(approvalOutcome({ kind: 'approved', after: { state: 'approved' } })).toEqual({ kind: 'final' });
    expect(approvalOutcome({ kind: 'approved', after: { state: 'submitted', step: 1 } })).toEqual({
      kind: 'passedOn',
      step: 2,
    });
    expect(approvalOutcome({ kind: 'submitted', after: { state: 'submitted' } })).toBeNull();
  });
});

describe('adjust form', () => {
  it('starts from the proposal as submitted and sends the typed figures in minor units', () => {
    const proposal = row('a', { justification: 'Top of the market' });
    const values = adjustValuesOf(proposal);
    expect(values).toMatchObject({ meritFrom: 'percent', merit: { percent: '3.5' }, bonusMinor: '1000.00' });
    const body = adjustBodyOf({ ...values, bonusMinor: '', marketMinor: '250', note: 'Trimmed' }, proposal);
    expect(body).toEqual({
      version: 3,
      merit: { percent: '3.5' },
      bonusMinor: null,
      marketMinor: 25_000,
      promotion: null,
      justification: 'Top of the market',
      note: 'Trimmed',
    });
  });

  it('sends the new base when typed as an amount, and names amounts it cannot read', () => {
    const proposal = row('a');
    const values = { ...adjustValuesOf(proposal), meritFrom: 'amount' as const };
    values.merit.newBaseMinor = '52000';
    expect(adjustBodyOf(values, proposal).merit).toEqual({ newBaseMinor: 5_200_000 });
    expect(unreadableAmounts({ ...values, bonusMinor: 'lots' }, 'EUR')).toEqual(['bonusMinor']);
    expect(adjustBodyOf({ ...values, bonusMinor: 'lots' }, proposal).bonusMinor).toBe(-1);
  });
});
