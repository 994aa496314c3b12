import type { Locator, Page } from '@playwright/test';
import { tipRef } from '@/lib/tips/staff-ref';

/** The duplicate card of one tip, found by its link: another card's reasons may name the same tip. */
export function duplicateCard(page: Page, tipId: string): Locator {
  return page.getByTestId('duplicate').filter({ has: page.getByRole('link', { name: `Open tip ${tipRef(tipId)}` }) });
}
