/**
 * The part of the world an SVG map shows: a zoom level and a centre, in the Web Mercator
 * pixel space map tiles use, so the outline, the points and optional same-origin tiles line
 * up. Everything is computed on the server; the browser only draws the SVG.
 */
import { CAMBODIA_BOUNDS } from '@/lib/geo/cambodia';
import { MIN_ZOOM, project } from '@/lib/map/cluster';

export interface Viewport {
  zoom: number;
  lat: number;
  lng: number;
  width: number;
  height: number;
}

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 520;

export function viewportOrigin(viewport: Viewport): { left: number; top: number } {
  const centre = project(viewport.lat, viewport.lng, viewport.zoom);
  return { left: centre.x - viewport.width / 2, top: centre.y - viewport.height / 2 };
}

export function toScreen(viewport: Viewport, lat: number, lng: number): { x: number; y: number } {
  const { left, top } = viewportOrigin(viewport);
  const point = project(lat, lng, viewport.zoom);
  return { x: point.x - left, y: point.y - top };
}

/** The largest zoom at which all points fit with a margin (a single point: a close view). */
export function fitViewport(points: readonly { lat: number; lng: number }[], width = MAP_WIDTH, height = MAP_HEIGHT, maxZoom = 15): Viewport {
  if (points.length === 0) return countryViewport(width, height);
  const lats = points.map((point) => point.lat);
  const lngs = points.map((point) => point.lng);
  const box = { south: Math.min(...lats), north: Math.max(...lats), west: Math.min(...lngs), east: Math.max(...lngs) };
  const lat = (box.south + box.north) / 2;
  const lng = (box.west + box.east) / 2;
  for (let zoom = maxZoom; zoom > MIN_ZOOM; zoom--) {
    const a = project(box.north, box.west, zoom);
    const b = project(box.south, box.east, zoom);
    if (b.x - a.x <= width * 0.8 && b.y - a.y <= height * 0.8) return { zoom, lat, lng, width, height };
  }
  return { zoom: MIN_ZOOM, lat, lng, width, height };
}

export function countryViewport(width = MAP_WIDTH, height = MAP_HEIGHT): Viewport {
  const { south, north, west, east } = CAMBODIA_BOUNDS;
  // Zoom 7 puts the whole country (5.4 degrees wide) in about 490 pixels.
  return { zoom: 7, lat: (south + north) / 2, lng: (west + east) / 2, width, height };
}

/** Same-origin XYZ tiles covering the viewport, as SVG image positions. */
export function tilesFor(viewport: Viewport, template: string): { href: string; x: number; y: number }[] {
  const { left, top } = viewportOrigin(viewport);
  const count = 2 ** viewport.zoom;
  const tiles = [];
  for (let tx = Math.floor(left / 256); tx <= Math.floor((left + viewport.width) / 256); tx++) {
    for (let ty = Math.floor(top / 256); ty <= Math.floor((top + viewport.height) / 256); ty++) {
      if (ty < 0 || ty >= count || tx < 0 || tx >= count) continue;
      const href = template.replace('{z}', String(viewport.zoom)).replace('{x}', String(tx)).replace('{y}', String(ty));
      tiles.push({ href, x: tx * 256 - left, y: ty * 256 - top });
    }
  }
  return tiles;
}

/**
 * The view of a case's tips. Without tiles the only landmark is the border: a close view of
 * one tip was a plain square of land with a dot. Zoom 8 keeps some of the border in view
 * wherever the tip is; with tiles, streets are context enough.
 */
export function caseMapViewport(points: readonly { lat: number; lng: number }[], withTiles: boolean): Viewport {
  return fitViewport(points, MAP_WIDTH, MAP_HEIGHT, withTiles ? 13 : 8);
}
