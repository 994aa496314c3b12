/**
 * Server-side grid clustering: points falling in the same square of a grid whose cells are
 * CLUSTER_CELL_PX screen pixels wide at the given zoom (Web Mercator pixel space, as map
 * tiles use) become one cluster at their mean position. Pure, so it is tested with literal
 * points and costs O(n) per request.
 */
export const CLUSTER_CELL_PX = 48;
export const MIN_ZOOM = 6;
export const MAX_ZOOM = 16;

export interface MapPoint {
  kind: 'case' | 'tip';
  id: string;
  lat: number;
  lng: number;
}

export interface Cluster<P extends MapPoint = MapPoint> {
  lat: number;
  lng: number;
  count: number;
  cases: number;
  tips: number;
  /** The points themselves (a cluster of one is shown as that point). */
  points: P[];
}

/** Web Mercator world pixel coordinates at a zoom level (256-pixel tiles). */
export function project(lat: number, lng: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}

export function unproject(x: number, y: number, zoom: number): { lat: number; lng: number } {
  const scale = 256 * 2 ** zoom;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  return { lat: (180 / Math.PI) * Math.atan(Math.sinh(n)), lng: (x / scale) * 360 - 180 };
}

export function clusterPoints<P extends MapPoint>(points: readonly P[], zoom: number): Cluster<P>[] {
  const cells = new Map<string, P[]>();
  for (const point of points) {
    const { x, y } = project(point.lat, point.lng, zoom);
    const key = `${Math.floor(x / CLUSTER_CELL_PX)}:${Math.floor(y / CLUSTER_CELL_PX)}`;
    const cell = cells.get(key);
    if (cell) cell.push(point);
    else cells.set(key, [point]);
  }
  return [...cells.values()].map((members) => ({
    lat: members.reduce((sum, point) => sum + point.lat, 0) / members.length,
    lng: members.reduce((sum, point) => sum + point.lng, 0) / members.length,
    count: members.length,
    cases: members.filter((point) => point.kind === 'case').length,
    tips: members.filter((point) => point.kind === 'tip').length,
    points: members,
  }));
}
