/** Shared steps of the resident journeys: language, photos, counting stored tips, raw-key check. */
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { jpegOf } from '../../helpers/images';

export const PHONE = { width: 360, height: 640 };

export async function useLanguage(context: BrowserContext, baseURL: string, locale: Locale) {
  await context.addCookies([{ name: 'lang', value: locale, url: baseURL, httpOnly: true, sameSite: 'Strict' }]);
}

/** Small real JPEGs made by sharp. */
export async function photos(count: number) {
  return Promise.all(Array.from({ length: count }, async (_, index) => ({ name: `photo-${index + 1}.jpg`, mimeType: 'image/jpeg', buffer: await jpegOf(index + 11) })));
}

/** Tips whose description or landmark carries this test's own marker (tests run in parallel on one database). */
export const countTips = (marker: string) => db.tip.count({ where: { OR: [{ description: { contains: marker } }, { landmark: { contains: marker } }] } });
export const marker = () => `m${randomUUID().slice(0, 8)}`;

/** Any `namespace.key` left untranslated on the page. */
export async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.match(/\b(report|status|common|home|errors|intake|uploads|enums)\.[A-Za-z_.]+[A-Za-z]/g) ?? [];
}

export async function storageSizes(page: Page) {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
}
