/**
 * Shared measures of the phone tests (issue 13): the two phone sizes the console must fit,
 * page width, targets a thumb can hit, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { devices, type Page } from '@playwright/test';

/** Pixel 5 (393 x 851) and a small Android phone (360 x 740). */
export const PHONES = [
  { name: 'Pixel 5', viewport: devices['Pixel 5'].viewport },
  { name: '360 px', viewport: { width: 360, height: 740 } },
] as const;

/** How much wider than the screen the document is (0 when it fits). */
export const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Elements sticking out to the right of the screen, to say which one when a page does not fit. */
export const widestElements = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5 && !element.closest('.table-scroll'))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(element.getBoundingClientRect().right)}px`),
  );

/**
 * Controls shorter than 44 px (WCAG 2.5.5's target size): buttons, fields, drop-downs, menu
 * and filter toggles, check boxes by their label. Links in running text are exempt (2.5.5
 * "inline"); visually hidden and JavaScript-only controls too.
 */
export const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const small: string[] = [];
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden';
    };
    for (const element of document.querySelectorAll('main button, main select, main textarea, main input, main summary, header button, header summary')) {
      const input = element as HTMLInputElement;
      if (input.type === 'hidden') continue;
      const target = input.type === 'checkbox' || input.type === 'radio' ? (input.closest('label') ?? input.labels?.[0] ?? input) : element;
      if (!visible(target)) continue;
      const height = target.getBoundingClientRect().height;
      if (height < 43.5) small.push(`${element.tagName.toLowerCase()}[name=${input.name ?? ''}] "${(target.textContent ?? '').trim().slice(0, 30)}": ${Math.round(height)}px`);
    }
    return small;
  });

export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
