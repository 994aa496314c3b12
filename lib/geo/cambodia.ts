/**
 * Is a point in Cambodia? Natural Earth's 1:10m border (lib/geo/cambodia-outline.ts), plus
 * a 1 km margin: border towns such as Poipet and Bavet, where compounds cluster, sit right on
 * a line drawn to a few hundred metres, and refusing a real tip there is worse than
 * accepting one a few hundred metres over the border.
 */
import { CAMBODIA_RINGS } from './cambodia-outline';

export const BORDER_MARGIN_M = 1_000;
export const CAMBODIA_BOUNDS = { south: 9.9, north: 14.75, west: 102.3, east: 107.7 } as const;

const METRES_PER_DEGREE = 111_320;

function insideRing(ring: ReadonlyArray<readonly [number, number]>, lat: number, lng: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance in metres from a point to the nearest border segment (local flat approximation). */
function distanceToBorderM(lat: number, lng: number): number {
  const xScale = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
  let best = Infinity;
  for (const ring of CAMBODIA_RINGS) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = (ring[j]![0] - lng) * xScale;
      const ay = (ring[j]![1] - lat) * METRES_PER_DEGREE;
      const bx = (ring[i]![0] - lng) * xScale;
      const by = (ring[i]![1] - lat) * METRES_PER_DEGREE;
      const dx = bx - ax;
      const dy = by - ay;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

export function isInCambodia(lat: number, lng: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  if (lat < CAMBODIA_BOUNDS.south || lat > CAMBODIA_BOUNDS.north || lng < CAMBODIA_BOUNDS.west || lng > CAMBODIA_BOUNDS.east) {
    return false;
  }
  return CAMBODIA_RINGS.some((ring) => insideRing(ring, lat, lng)) || distanceToBorderM(lat, lng) <= BORDER_MARGIN_M;
}
