import { describe, expect, it } from 'vitest';
import { loadEnv } from '@/lib/env';

const VAPID_PUBLIC = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';
const VAPID_PRIVATE = 'UUxI4O8-FbRouAevSmBQ6o18hgE4nSG3qwvJTfKc-ls';

describe('alert settings', () => {
  it('takes SMTP_URL as smtp:// or smtps:// with user and password, and nothing else', () => {
    expect(loadEnv({ SMTP_URL: 'smtp://127.0.0.1:2525' }).SMTP_URL).toBe('smtp://127.0.0.1:2525');
    expect(loadEnv({ SMTP_URL: 'smtps://alerts:s%40cret@mail.example.org:465' }).SMTP_URL).toContain('smtps://');
    expect(() => loadEnv({ SMTP_URL: 'https://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(loadEnv({}).SMTP_URL).toBeUndefined();
  });

  it('wants both VAPID keys or none, and bounded retries', () => {
    expect(loadEnv({ VAPID_PUBLIC_KEY: VAPID_PUBLIC, VAPID_PRIVATE_KEY: VAPID_PRIVATE }).VAPID_PUBLIC_KEY).toBe(VAPID_PUBLIC);
    expect(() => loadEnv({ VAPID_PUBLIC_KEY: VAPID_PUBLIC })).toThrow(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY/);
    expect(() => loadEnv({ VAPID_SUBJECT: 'alerts@example.org' })).toThrow(/VAPID_SUBJECT/);
    const defaults = loadEnv({});
    expect([defaults.ALERT_MAX_ATTEMPTS, defaults.ALERT_RETRY_SECONDS]).toEqual([4, 30]);
    expect(() => loadEnv({ ALERT_MAX_ATTEMPTS: '0' })).toThrow(/ALERT_MAX_ATTEMPTS/);
  });
});
