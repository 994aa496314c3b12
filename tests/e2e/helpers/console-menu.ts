/**
 * The console's navigation is a <details> menu on a phone (decision 0400): open it before
 * clicking a link in it. On a wide screen the links are already shown and this does nothing.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The console navigation, opened; e.g. `(await consoleMenu(page)).getByRole('link', { name: 'Inbox' }).click()`. */
export async function consoleMenu(page: Page): Promise<Locator> {
  const nav = page.getByTestId('console-menu');
  const summary = nav.locator('summary');
  if (await summary.isVisible()) {
    if ((await nav.getAttribute('open')) === null) await summary.click();
    await expect(nav).toHaveAttribute('open', '');
  }
  return nav;
}

/** Open the folded filters of a console page (a <details>), if they are not open yet. */
export async function openFilters(page: Page): Promise<Locator> {
  const panel = page.getByTestId('filter-panel');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  await expect(panel).toHaveAttribute('open', '');
  return panel;
}
