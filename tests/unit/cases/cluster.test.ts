import { describe, expect, it } from 'vitest';
import { CLUSTER_CELL_PX, clusterPoints, type MapPoint, project, unproject } from '@/lib/map/cluster';

const point = (id: string, lat: number, lng: number, kind: MapPoint['kind'] = 'tip'): MapPoint => ({ kind, id, lat, lng });

// Two points in Sihanoukville about 1.1 km apart, one in Phnom Penh about 180 km away.
const sihanoukA = point('a', 10.627, 103.522);
const sihanoukB = point('b', 10.637, 103.522, 'case');
const phnomPenh = point('c', 11.556, 104.928);

describe('grid clustering', () => {
  it('at country zoom (7) groups the two Sihanoukville points and keeps Phnom Penh apart', () => {
    const clusters = clusterPoints([sihanoukA, sihanoukB, phnomPenh], 7);
    expect(clusters).toHaveLength(2);
    const sihanouk = clusters.find((cluster) => cluster.count === 2)!;
    expect(sihanouk).toMatchObject({ cases: 1, tips: 1 });
    expect(sihanouk.lat).toBeCloseTo(10.632, 6);
    expect(sihanouk.lng).toBeCloseTo(103.522, 6);
    expect(clusters.find((cluster) => cluster.count === 1)!.points).toEqual([phnomPenh]);
  });

  it('at street zoom (16) the 1.1 km apart points are separate', () => {
    // at zoom 16 a 48-pixel cell is about 0.00026 degrees wide (~29 m)
    expect(clusterPoints([sihanoukA, sihanoukB], 16)).toHaveLength(2);
  });

  it('puts points of the same cell together and of neighbouring cells apart', () => {
    // zoom 8: world is 65536 px; one cell is 48 px = 0.263671875 degrees of longitude
    const cellDegrees = (CLUSTER_CELL_PX / (256 * 2 ** 8)) * 360;
    expect(cellDegrees).toBeCloseTo(0.263671875, 9);
    const west = point('w', 11, 104.0);
    const sameCell = point('s', 11, 104.0 + cellDegrees / 10);
    const nextCell = point('n', 11, 104.0 + cellDegrees * 1.5);
    const clusters = clusterPoints([west, sameCell, nextCell], 8);
    expect(clusters.map((cluster) => cluster.count).sort()).toEqual([1, 2]);
  });

  it('returns nothing for no points, and projects and unprojects consistently', () => {
    expect(clusterPoints([], 10)).toEqual([]);
    const { x, y } = project(11.556, 104.928, 10);
    const back = unproject(x, y, 10);
    expect(back.lat).toBeCloseTo(11.556, 9);
    expect(back.lng).toBeCloseTo(104.928, 9);
    // lng 0 at zoom 0 is the middle of a 256-pixel world
    expect(project(0, 0, 0)).toEqual({ x: 128, y: 128 });
  });
});
