import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@/lib/i18n/catalogue';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { project, tilesCovering, unproject } from '@/lib/ui/map/projection';
import { loadEnv } from '@/lib/env';

describe('resident messages', () => {
  it('every report./status./intake. key the tip schema and the resident use-cases name exists in all 8 languages', () => {
    const sources = ['lib/tips/schema.ts', 'lib/tips/tipster-credentials.ts', 'lib/tips/reply-as-tipster.ts'].map((file) => readFileSync(file, 'utf8')).join('\n');
    const keys = [...new Set(sources.match(/'(report|status|intake)\.errors\.[A-Za-z]+'/g)!.map((quoted) => quoted.slice(1, -1)))];
    expect(keys).toContain('report.errors.district');
    for (const key of keys) {
      const [namespace, ...rest] = key.split('.');
      const messages = CATALOGUE[namespace as keyof typeof CATALOGUE].messages as Record<string, Record<string, string>>;
      for (const locale of RESIDENT_LOCALES) expect(messages[locale]?.[rest.join('.')], `${key} in ${locale}`).toBeTruthy();
    }
  });
});

describe('map projection (Web Mercator, 256 world units)', () => {
  it('projects and back', () => {
    // Phnom Penh.
    const point = project({ lat: 11.5564, lng: 104.9282 });
    expect(point.x).toBeCloseTo(202.6155, 3);
    const back = unproject(point);
    expect(back.lat).toBeCloseTo(11.5564, 6);
    expect(back.lng).toBeCloseTo(104.9282, 6);
  });

  it('lists the XYZ tiles that cover a box', () => {
    // At zoom 8 a tile is 1 world unit wide: x 202.2..203.7 covers tiles 202 and 203.
    const tiles = tilesCovering({ minX: 202.2, minY: 120.1, maxX: 203.7, maxY: 120.9 }, 8);
    expect(tiles.map((tile) => `${tile.z}/${tile.x}/${tile.y}`)).toEqual(['8/202/120', '8/203/120']);
  });
});

describe('resident settings', () => {
  it('MAP_TILE_URL must be same-origin and an XYZ template; EMERGENCY_NUMBERS has checked defaults', () => {
    expect(loadEnv({ MAP_TILE_URL: '/tiles/{z}/{x}/{y}.png' }).MAP_TILE_URL).toBe('/tiles/{z}/{x}/{y}.png');
    expect(() => loadEnv({ MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_URL/);
    expect(() => loadEnv({ MAP_TILE_URL: '//evil.example/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_URL/);
    expect(() => loadEnv({ MAP_TILE_URL: '/tiles/map.png' })).toThrow(/MAP_TILE_URL/);
    expect(loadEnv({}).EMERGENCY_NUMBERS).toBe('117:police,1280:childHelpline');
    expect(() => loadEnv({ EMERGENCY_NUMBERS: '117:pizza' })).toThrow(/EMERGENCY_NUMBERS/);
  });
});
