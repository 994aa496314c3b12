/**
 * Browser tests in real Chromium against the built app (`next start`) on a test database.
 * Run through `npm test` / `npm run test:e2e`, which builds the app, provides the database
 * and finds a Chromium (CHROMIUM_PATH).
 */
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH;
/** The SMTP server the alert tests start (tests/e2e/alerts); the app sends its alerts there. */
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2530);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? '.data/test-results/e2e.json' }]],
  outputDir: '.data/test-results/artifacts',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'mobile',
      use: {
        ...devices['Pixel 5'],
        viewport: { width: 360, height: 740 },
        launchOptions: chromium ? { executablePath: chromium, args: ['--disable-gpu', '--disable-quic'] } : { args: ['--disable-gpu', '--disable-quic'] },
      },
    },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // The anonymity test (tests/e2e/resident-api) reads every line the server logged.
      LOG_FILE: process.env.E2E_LOG_FILE ?? '.data/test-results/server.log',
      LOG_LEVEL: 'info',
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
      ALERT_FROM: 'Eyes & Ears <alerts@e2e.test>',
      APP_URL: `http://localhost:${port}`,
      // Shown under a voucher on /status (tests/e2e/resident/status-on-a-phone.spec.ts).
      REWARD_OFFICE: 'Reward office (e2e): 1 Example Street, Phnom Penh · Mon–Fri 08:00–17:00',
    },
  },
});
