import { describe, expect, it } from 'vitest';
import { InvalidSettingsError, loadEnv } from '@/lib/env';

const s3 = { S3_ENDPOINT: 'https://s3.example.org', S3_BUCKET: 'photos', S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'AKIA', S3_SECRET_ACCESS_KEY: 'secret' };

describe('resident intake settings', () => {
  it('defaults: proof of work on at 50000, a 20-minute challenge, photos in .data/uploads, no S3, no log file', () => {
    const settings = loadEnv({});
    expect(settings).toMatchObject({ POW_DIFFICULTY: 50_000, POW_CHALLENGE_TTL_S: 1_200, UPLOAD_DIR: '.data/uploads' });
    expect(settings.LOG_FILE).toBeUndefined();
    expect(settings.S3_BUCKET).toBeUndefined();
    expect(loadEnv({ POW_DIFFICULTY: '0' }).POW_DIFFICULTY).toBe(0);
  });

  it('refuses a negative or fractional difficulty', () => {
    expect(() => loadEnv({ POW_DIFFICULTY: '-1' })).toThrow(InvalidSettingsError);
    expect(() => loadEnv({ POW_DIFFICULTY: '1.5' })).toThrow(InvalidSettingsError);
  });

  it('takes all five S3 settings or none', () => {
    expect(loadEnv(s3)).toMatchObject(s3);
    const { S3_SECRET_ACCESS_KEY: _missing, ...four } = s3;
    expect(() => loadEnv(four)).toThrow(/set all five or none/);
  });
});
