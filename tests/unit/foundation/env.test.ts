import { describe, expect, it } from 'vitest';
import { DEMO_REWARD_OFFICE, InvalidSettingsError, loadEnv } from '@/lib/env';

describe('settings', () => {
  it('applies defaults: port 3000, embedded database, demo mode on', () => {
    const settings = loadEnv({});
    expect(settings.PORT).toBe(3000);
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(settings.DEMO_MODE).toBe(true);
  });

  it('turns demo mode off by default in production with an external database', () => {
    const settings = loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@db:5432/app' });
    expect(settings.DEMO_MODE).toBe(false);
  });

  it('names every invalid setting in one clear message', () => {
    try {
      loadEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DATA_KEY: 'short' });
      expect.unreachable('invalid settings were accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSettingsError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('DATA_KEY: must be 32 bytes');
      expect(message).toContain('.env.example');
    }
  });

  it('the reward office: as written when set, a placeholder in demo mode, unset in production (decision 0890)', () => {
    expect(loadEnv({ REWARD_OFFICE: '  Office, Phnom Penh · 08:00–17:00 ' }).REWARD_OFFICE).toBe('Office, Phnom Penh · 08:00–17:00');
    expect(loadEnv({}).REWARD_OFFICE).toBe(DEMO_REWARD_OFFICE);
    expect(loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@db:5432/app' }).REWARD_OFFICE).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    expect(loadEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
