/**
 * Tips at real border-town compounds, sent through the JSON API as a partner app would:
 * accepted and placed in the nearest province and district; Bangkok, Ho Chi Minh City and
 * Paris still refused with the usual message.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { POST as tipsRoute } from '@/app/api/v1/tips/route';

const MARKER = `border-tips-${process.pid}-${Date.now()}`;

const post = (place: string, lat: number, lng: number, language = 'en') =>
  tipsRoute(
    new Request('http://localhost/api/v1/tips?lang=en', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        category: 'SCAM_COMPOUND',
        description: `Casino compound at ${place}: guards at the gate, buses bring workers at night. ${MARKER}`,
        location: { lat, lng, source: 'GPS' },
        language,
      }),
    }),
  );

describe('border tips through the JSON API', () => {
  it.each([
    ['the Bavet casino strip', 11.064, 106.142, 'KH-20'],
    ['Poipet', 13.6611, 102.5574, 'KH-1'],
    ["O'Smach", 14.423, 103.698, 'KH-22'],
    ['Cham Yeam', 11.418, 102.913, 'KH-9'],
  ])('accepts a tip at %s and gives it a province and district', async (place, lat, lng, province) => {
    const response = await post(place, lat, lng);
    expect(response.status).toBe(201);
    const { code } = (await response.json()) as { code: string };
    const tip = await db.tip.findUniqueOrThrow({ where: { code } });
    expect(tip.provinceCode).toBe(province);
    expect(tip.districtCode).toMatch(new RegExp(`^${province}-\\d{2}$`));
  });

  it.each([
    ['Bangkok', 13.7563, 100.5018],
    ['Ho Chi Minh City', 10.8231, 106.6297],
    ['Paris', 48.8566, 2.3522],
  ])('refuses a tip in %s with the outside-Cambodia message', async (place, lat, lng) => {
    const response = await post(place, lat, lng);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/Cambodia/);
    expect(await db.tip.count({ where: { description: { contains: `${place}: guards` } } })).toBe(0);
  });
});
