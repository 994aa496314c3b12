import { describe, expect, it } from 'vitest';
import { CAMBODIA_RINGS } from '@/lib/geo/cambodia-outline';
import { caseMapViewport, countryViewport, fitViewport, tilesFor, toScreen } from '@/lib/ui/cases/viewport';

describe('map viewport', () => {
  it('puts the whole country in view at zoom 7', () => {
    const view = countryViewport();
    expect(view).toMatchObject({ zoom: 7, width: 640, height: 520 });
    // Cambodia's corners land inside the 640 x 520 picture
    for (const [lat, lng] of [[9.9, 102.3], [14.75, 107.7]] as const) {
      const { x, y } = toScreen(view, lat, lng);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(640);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(520);
    }
    // the centre of the view is the centre of the picture
    expect(toScreen(view, view.lat, view.lng)).toEqual({ x: 320, y: 260 });
  });

  it('zooms in close on one point and out for points far apart', () => {
    expect(fitViewport([{ lat: 10.63, lng: 103.52 }]).zoom).toBe(15);
    // Sihanoukville to Phnom Penh: 1.41 degrees of longitude are 513 px at zoom 9 (more than 80% of 640), 257 px at zoom 8
    const far = fitViewport([{ lat: 10.63, lng: 103.52 }, { lat: 11.56, lng: 104.93 }]);
    expect(far.zoom).toBe(8);
    expect(far.lat).toBeCloseTo(11.095, 6);
  });

  it('lists same-origin tiles covering the view, skipping rows outside the world', () => {
    const tiles = tilesFor({ zoom: 1, lat: 0, lng: 0, width: 256, height: 256 }, '/tiles/{z}/{x}/{y}.png');
    // a 256-pixel view centred on the middle of a 512-pixel world touches all four tiles
    expect(tiles.map((tile) => tile.href).sort()).toEqual(['/tiles/1/0/0.png', '/tiles/1/0/1.png', '/tiles/1/1/0.png', '/tiles/1/1/1.png']);
    expect(tiles.find((tile) => tile.href === '/tiles/1/0/0.png')).toEqual({ href: '/tiles/1/0/0.png', x: -128, y: -128 });
    expect(tilesFor({ zoom: 0, lat: 84, lng: 0, width: 256, height: 256 }, '/t/{z}/{x}/{y}').map((tile) => tile.href)).toEqual(['/t/0/0/0']);
  });

  it('shows some of the border around a one-tip case without tiles, not a blank square of land', () => {
    // Kampong Thom, in the middle of the country: the farthest a tip gets from any border.
    const tip = { lat: 12.71, lng: 104.89 };
    const inView = (viewport: ReturnType<typeof caseMapViewport>) =>
      CAMBODIA_RINGS.flat().filter(([lng, lat]) => {
        const { x, y } = toScreen(viewport, lat, lng);
        return x >= 0 && x <= viewport.width && y >= 0 && y <= viewport.height;
      }).length;
    expect(inView(fitViewport([tip]))).toBe(0);
    const view = caseMapViewport([tip], false);
    expect(inView(view)).toBeGreaterThan(0);
    // Centred on the tip.
    expect(toScreen(view, tip.lat, tip.lng)).toEqual({ x: view.width / 2, y: view.height / 2 });
    expect(caseMapViewport([tip], true).zoom).toBe(13);
  });
});

