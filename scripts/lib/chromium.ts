/**
 * Finds a Chromium for the browser tests: Playwright's own if installed, else the system's,
 * else tries to install Playwright's; otherwise names the one command that fixes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightsOwn(): string | null {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findChromium(log: (line: string) => void): string {
  const found = playwrightsOwn() ?? SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (found) return found;
  log('No Chromium found; trying `npx playwright install chromium`…');
  spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  const installed = playwrightsOwn();
  if (installed) return installed;
  throw new Error('No Chromium for the browser tests. Fix: `sudo apt-get install -y chromium` (Debian/Ubuntu), then run the tests again.');
}
