/** Web Mercator in "world units": the whole world is 256 x 256, as tile zoom 0. */
export interface LatLng {
  lat: number;
  lng: number;
}

export const WORLD = 256;

export function project({ lat, lng }: LatLng): { x: number; y: number } {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * WORLD, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD };
}

export function unproject({ x, y }: { x: number; y: number }): LatLng {
  const lng = (x / WORLD) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / WORLD;
  return { lat: (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n))), lng };
}

/** Tile ({z}/{x}/{y}) addresses covering a world-unit box at zoom z. */
export function tilesCovering(box: { minX: number; minY: number; maxX: number; maxY: number }, z: number) {
  const count = 2 ** z;
  const size = WORLD / count;
  const tiles: { z: number; x: number; y: number; size: number }[] = [];
  const clamp = (value: number) => Math.max(0, Math.min(count - 1, value));
  for (let x = clamp(Math.floor(box.minX / size)); x <= clamp(Math.floor(box.maxX / size)); x++) {
    for (let y = clamp(Math.floor(box.minY / size)); y <= clamp(Math.floor(box.maxY / size)); y++) tiles.push({ z, x, y, size });
  }
  return tiles;
}
