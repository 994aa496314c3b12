/** Settings every test process gets (scripts/test.ts passes them to vitest and Playwright). */
export const TEST_SETTINGS = {
  NODE_ENV: 'test',
  AUTH_SECRET: 'test-auth-secret-0123456789abcdef0123456789',
  DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
  LOG_LEVEL: 'warn',
  DEMO_MODE: 'false',
  POW_DIFFICULTY: '0',
  // Most tests send tips without proof of work; the budget's own tests set a small one.
  UNVERIFIED_TIPS_PER_HOUR: '1000000',
} as const;
