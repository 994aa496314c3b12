/**
 * The browser's stand-in for lib/geo/cambodia.ts (next.config.js aliases it for client
 * bundles only). The real check walks a 22 KB border outline, which would cost the report
 * page ~8 KB of gzipped JavaScript; in the browser the shared tip schema checks only
 * Cambodia's bounding box, which already catches a wrong hemisphere or swapped lat/lng,
 * and the server action, which runs the same schema with the full outline, refuses a point
 * across the border with the same translated message. Same exports, same signatures.
 */
export const BORDER_MARGIN_M = 1_000;
export const CAMBODIA_BOUNDS = { south: 9.9, north: 14.75, west: 102.3, east: 107.7 } as const;

export function isInCambodia(lat: number, lng: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  return lat >= CAMBODIA_BOUNDS.south && lat <= CAMBODIA_BOUNDS.north && lng >= CAMBODIA_BOUNDS.west && lng <= CAMBODIA_BOUNDS.east;
}
