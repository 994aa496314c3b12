/**
 * Is a point in Cambodia? Natural Earth's 1:10m border (lib/geo/cambodia-outline.ts), plus
 * a 15 km margin (docs/decisions/0110-border-margin.md): border towns such as Poipet, Bavet,
 * O'Smach and Cham Yeam, where compounds cluster, sit right on a line that this outline draws
 * up to 7.5 km wrong (Cham Yeam's crossing), and refusing a real tip from a border casino is
 * worse than accepting one a few kilometres over the line. Bangkok (198 km), Ho Chi Minh City
 * (57 km) and Phu Quoc (32 km) stay outside. A point accepted outside the drawn line is marked
 * for officers (borderStatus).
 */
import { CAMBODIA_RINGS } from './cambodia-outline';

export const BORDER_MARGIN_M = 15_000;
/** Inside the drawn line but this close to it: shown to officers as "near the border". */
export const NEAR_BORDER_M = 2_000;
export const CAMBODIA_BOUNDS = { south: 9.9, north: 14.75, west: 102.3, east: 107.7 } as const;
/** CAMBODIA_BOUNDS widened by the margin (0.15 degree is at least 15 km here). */
export const ACCEPT_BOUNDS = { south: 9.75, north: 14.9, west: 102.15, east: 107.85 } as const;

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

// The sea coast of the drawn outline: ring 0 from the Vietnamese land border at Prek Chak to the
// Thai one above Koh Kong, and every island ring. Being near the coast says nothing about which
// country a pin is in, so "near the border" counts land borders only.
const COAST_FROM: readonly [number, number] = [104.4496, 10.4191];
const COAST_TO: readonly [number, number] = [102.9124, 11.6467];
const coastStart = CAMBODIA_RINGS[0]!.findIndex(([lng, lat]) => lng === COAST_FROM[0] && lat === COAST_FROM[1]);
const coastEnd = CAMBODIA_RINGS[0]!.findIndex(([lng, lat]) => lng === COAST_TO[0] && lat === COAST_TO[1]);
if (coastStart < 0 || coastEnd <= coastStart) throw new Error('cambodia-outline.ts changed: find the coast\'s ends again');

function isCoast(ringIndex: number, from: number, to: number): boolean {
  return ringIndex > 0 || (from >= coastStart && to <= coastEnd && to === from + 1);
}

/** Distance in metres from a point to the nearest segment of the drawn line (local flat approximation). */
function distanceToLineM(lat: number, lng: number, { landOnly }: { landOnly: boolean }): number {
  const xScale = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
  let best = Infinity;
  CAMBODIA_RINGS.forEach((ring, ringIndex) => {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      if (landOnly && isCoast(ringIndex, j, i)) continue;
      const ax = (ring[j]![0] - lng) * xScale;
      const ay = (ring[j]![1] - lat) * METRES_PER_DEGREE;
      const bx = (ring[i]![0] - lng) * xScale;
      const by = (ring[i]![1] - lat) * METRES_PER_DEGREE;
      const dx = bx - ax;
      const dy = by - ay;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  });
  return best;
}

/**
 * Where a point stands against the drawn border: `inside` it, `near` it (inside, within
 * NEAR_BORDER_M of a land border), `beyond` it (outside but within the margin: accepted, marked
 * for officers), or `outside` (refused). `metres` is the distance to the land border when
 * `near`, to the drawn line (coast included) otherwise.
 */
export type BorderStatus = { status: 'inside' | 'near' | 'beyond' | 'outside'; metres: number };

export function borderStatus(lat: number, lng: number): BorderStatus {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return { status: 'outside', metres: Infinity };
  if (lat < ACCEPT_BOUNDS.south || lat > ACCEPT_BOUNDS.north || lng < ACCEPT_BOUNDS.west || lng > ACCEPT_BOUNDS.east) {
    return { status: 'outside', metres: Infinity };
  }
  if (CAMBODIA_RINGS.some((ring) => insideRing(ring, lat, lng))) {
    const metres = Math.round(distanceToLineM(lat, lng, { landOnly: true }));
    return { status: metres <= NEAR_BORDER_M ? 'near' : 'inside', metres };
  }
  const metres = Math.round(distanceToLineM(lat, lng, { landOnly: false }));
  return { status: metres <= BORDER_MARGIN_M ? 'beyond' : 'outside', metres };
}

export function isInCambodia(lat: number, lng: number): boolean {
  return borderStatus(lat, lng).status !== 'outside';
}
