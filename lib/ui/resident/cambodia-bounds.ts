/**
 * The browser's stand-in for lib/geo/cambodia.ts (next.config.js aliases it for client
 * bundles only). The real check walks a 22 KB border outline, which would cost the report
 * page ~8 KB of gzipped JavaScript; in the browser the shared tip schema checks only
 * Cambodia's bounding box, which already catches a wrong hemisphere or swapped lat/lng,
 * and the server action, which runs the same schema with the full outline, refuses a point
 * across the border with the same translated message. Same exports, same signatures.
 */
export const BORDER_MARGIN_M = 15_000;
export const NEAR_BORDER_M = 2_000;
export const CAMBODIA_BOUNDS = { south: 9.9, north: 14.75, west: 102.3, east: 107.7 } as const;
export const ACCEPT_BOUNDS = { south: 9.75, north: 14.9, west: 102.15, east: 107.85 } as const;

export type BorderStatus = { status: 'inside' | 'near' | 'beyond' | 'outside'; metres: number };

/** The browser cannot tell near from inside: only the box. */
export function borderStatus(lat: number, lng: number): BorderStatus {
  return { status: isInCambodia(lat, lng) ? 'inside' : 'outside', metres: Infinity };
}

export function isInCambodia(lat: number, lng: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  return lat >= ACCEPT_BOUNDS.south && lat <= ACCEPT_BOUNDS.north && lng >= ACCEPT_BOUNDS.west && lng <= ACCEPT_BOUNDS.east;
}
