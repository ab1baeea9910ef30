import { describe, expect, it } from 'vitest';
import { checkCurrency, parseAmount, parseFte, parsePercentBps } from './payInputs';

const value = <T>(parsed: { ok: true; value: T } | { ok: false }) => (parsed.ok ? parsed.value : undefined);
const code = (parsed: { ok: boolean; issue?: { code: string } }) =>
  parsed.ok ? undefined : parsed.issue?.code;

describe('pay inputs', () => {
  it('reads amounts exactly in the currency’s minor units, and refuses what would need rounding', () => {
    expect(value(parseAmount('85000.50', 'EUR'))).toBe(8_500_050);
    expect(value(parseAmount(' 1200 ', 'JPY'))).toBe(1200);
    expect(value(parseAmount('1200.000', 'JPY'))).toBe(1200);
    expect(value(parseAmount('10.125', 'BHD'))).toBe(10_125);
    expect(parseAmount('1200.5', 'JPY')).toEqual({
      ok: false,
      issue: { code: 'compensationAmountTooPrecise', params: { currency: 'JPY', places: 0 } },
    });
    expect(code(parseAmount('10.001', 'USD'))).toBe('compensationAmountTooPrecise');
    expect(code(parseAmount('1,000', 'EUR'))).toBe('compensationAmountInvalid');
    expect(code(parseAmount('1e5', 'EUR'))).toBe('compensationAmountInvalid');
    expect(code(parseAmount('0', 'EUR'))).toBe('amountAboveZero');
    expect(code(parseAmount('-5', 'EUR'))).toBe('amountAboveZero');
    expect(code(parseAmount('', 'EUR'))).toBe('amountRequired');
    expect(code(parseAmount('100', 'XYZ'))).toBe('compensationCurrencyUnknown');
  });

  it('knows ISO 4217 currencies only', () => {
    expect(checkCurrency('EUR')).toEqual({ ok: true, value: 'EUR' });
    expect(code(checkCurrency('eur'))).toBe('compensationCurrencyUnknown');
    expect(code(checkCurrency('XXX'))).toBe('compensationCurrencyUnknown');
  });

  it('reads FTE as thousandths from 0.001 to 1', () => {
    expect(value(parseFte('1'))).toBe(1000);
    expect(value(parseFte('0.8'))).toBe(800);
    expect(value(parseFte('0.625'))).toBe(625);
    expect(value(parseFte('0.001'))).toBe(1);
    for (const bad of ['0', '1.001', '0.0005', '-0.5', 'half', '80%'])
      expect(code(parseFte(bad)), bad).toBe('fteInvalid');
  });

  it('reads a percent of base as basis points from 0 to 1000 %', () => {
    expect(value(parsePercentBps('10'))).toBe(1000);
    expect(value(parsePercentBps('12.5'))).toBe(1250);
    expect(value(parsePercentBps('7.25'))).toBe(725);
    expect(value(parsePercentBps('0'))).toBe(0);
    expect(value(parsePercentBps('1000'))).toBe(100_000);
    for (const bad of ['10.125', '1000.01', '-1', 'ten'])
      expect(code(parsePercentBps(bad)), bad).toBe('variablePercentInvalid');
  });
});
