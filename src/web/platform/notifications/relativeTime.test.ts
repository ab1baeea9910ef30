import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime';

const now = Date.parse('2026-11-22T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('relativeTime', () => {
  beforeAll(async () => {
    if (!i18n.isInitialized) await i18n.init({ lng: 'en', resources: {}, showSupportNotice: false });
    await i18n.changeLanguage('en');
  });

  it('words recent times relative to now and older ones as a date', () => {
    expect(relativeTime(ago(20_000), now)).toBeNull();
    expect(relativeTime(ago(5 * 60_000), now)).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3_600_000), now)).toBe('3 hours ago');
    expect(relativeTime(ago(26 * 3_600_000), now)).toBe('yesterday');
    expect(relativeTime(ago(3 * 86_400_000), now)).toBe('3 days ago');
    expect(relativeTime(ago(10 * 86_400_000), now)).toMatch(/12 Nov 2026/);
  });

  it('follows the reader’s language', async () => {
    await i18n.changeLanguage('de');
    expect(relativeTime(ago(2 * 3_600_000), now)).toBe('vor 2 Stunden');
    await i18n.changeLanguage('en');
  });
});
