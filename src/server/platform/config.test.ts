import { describe, expect, it } from 'vitest';
import { demoSeedingDecision, loadConfig } from './config';

const https = { TRELLIS_PUBLIC_URL: 'https://trellis.example.com' };

describe('loadConfig', () => {
  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('reads TRELLIS_SEED_DEMO as a choice only when it is set', () => {
    expect(loadConfig({}).seedDemo).toBeUndefined();
    expect(loadConfig({ TRELLIS_SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ TRELLIS_SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(loadConfig({}).allowDemoOnHttps).toBe(false);
    expect(loadConfig({ TRELLIS_ALLOW_DEMO_ON_HTTPS: 'true' }).allowDemoOnHttps).toBe(true);
  });
});

describe('demoSeedingDecision', () => {
  it('seeds the embedded database by default (the quick start), PostgreSQL only when asked', () => {
    expect(demoSeedingDecision(loadConfig({}), 'pglite', false)).toEqual({ start: true, seed: true });
    expect(demoSeedingDecision(loadConfig({}), 'postgresql', false)).toEqual({ start: true, seed: false });
    expect(demoSeedingDecision(loadConfig({ TRELLIS_SEED_DEMO: 'true' }), 'postgresql', false)).toEqual({
      start: true,
      seed: true,
    });
    expect(demoSeedingDecision(loadConfig({ TRELLIS_SEED_DEMO: 'false' }), 'pglite', false)).toEqual({
      start: true,
      seed: false,
    });
  });

  it('refuses to seed behind an https public URL, on either database, unless forced', () => {
    for (const kind of ['pglite', 'postgresql'] as const) {
      const refused = demoSeedingDecision(loadConfig({ ...https, TRELLIS_SEED_DEMO: 'true' }), kind);
      expect(refused.start).toBe(false);
      expect(refused.start === false && refused.reason).toMatch(/TRELLIS_ALLOW_DEMO_ON_HTTPS=true/);
      const forced = loadConfig({ ...https, TRELLIS_SEED_DEMO: 'true', TRELLIS_ALLOW_DEMO_ON_HTTPS: 'true' });
      expect(demoSeedingDecision(forced, kind, false)).toEqual({ start: true, seed: true });
    }
    // The embedded database's default counts as asking for the demo.
    expect(demoSeedingDecision(loadConfig(https), 'pglite').start).toBe(false);
    expect(
      demoSeedingDecision(loadConfig({ ...https, TRELLIS_SEED_DEMO: 'false' }), 'pglite', false),
    ).toEqual({ start: true, seed: false });
  });

  it('refuses to start behind https when the database already holds demo accounts, unless forced', () => {
    const present = demoSeedingDecision(loadConfig(https), 'postgresql', true);
    expect(present.start).toBe(false);
    expect(present.start === false && present.reason).toMatch(/demo accounts/);
    expect(demoSeedingDecision(loadConfig(https), 'postgresql', false)).toEqual({ start: true, seed: false });
    // Not known yet (before the database is opened): no reason to refuse on PostgreSQL.
    expect(demoSeedingDecision(loadConfig(https), 'postgresql')).toEqual({ start: true, seed: false });
    expect(
      demoSeedingDecision(loadConfig({ ...https, TRELLIS_ALLOW_DEMO_ON_HTTPS: 'true' }), 'postgresql', true),
    ).toEqual({ start: true, seed: false });
  });

  it('lets demo accounts be on a plain-http URL (a laptop or an internal test server)', () => {
    expect(demoSeedingDecision(loadConfig({ TRELLIS_SEED_DEMO: 'true' }), 'postgresql', true)).toEqual({
      start: true,
      seed: true,
    });
    expect(demoSeedingDecision(loadConfig({}), 'postgresql', true)).toEqual({ start: true, seed: false });
  });
});
