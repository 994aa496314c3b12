import { describe, expect, it } from 'vitest';
import { InvalidSettingsError, loadEnv } from '@/lib/env';

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

  it('treats empty values as unset', () => {
    expect(loadEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
