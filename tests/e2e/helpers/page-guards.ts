/**
 * Guards every browser test can put on a page: no request may leave this origin, and the
 * console must stay free of errors.
 */
import type { Page } from '@playwright/test';

export function watchPage(page: Page, origin: string) {
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { foreignRequests, consoleErrors };
}
