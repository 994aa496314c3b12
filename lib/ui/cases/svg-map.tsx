/**
 * Cambodia as an SVG drawn on the server: the border from lib/geo/cambodia-outline.ts and,
 * when the operator configured MAP_TILE_URL (same origin only), raster tiles underneath.
 * Useful with no tile source at all, and with no JavaScript: markers are plain SVG links.
 */
import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { CAMBODIA_RINGS } from '@/lib/geo/cambodia-outline';
import { project } from '@/lib/map/cluster';
import styles from './cases.module.css';
import { tilesFor, type Viewport, viewportOrigin } from './viewport';

function outlinePath(viewport: Viewport): string {
  const { left, top } = viewportOrigin(viewport);
  return CAMBODIA_RINGS.map((ring) => {
    let last = '';
    const parts: string[] = [];
    for (const [lng, lat] of ring) {
      const { x, y } = project(lat, lng, viewport.zoom);
      const step = `${(x - left).toFixed(1)} ${(y - top).toFixed(1)}`;
      // Points that land on the same tenth of a pixel add nothing at this zoom.
      if (step !== last) parts.push(step);
      last = step;
    }
    return `M${parts.join('L')}Z`;
  }).join('');
}

export function SvgMap({ viewport, label, children }: { viewport: Viewport; label: string; children: ReactNode }) {
  const tileTemplate = env().MAP_TILE_URL;
  const tiles = tileTemplate ? tilesFor(viewport, tileTemplate) : [];
  return (
    <svg
      className={styles.map}
      viewBox={`0 0 ${viewport.width} ${viewport.height}`}
      role="group"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect className={styles.sea} x={0} y={0} width={viewport.width} height={viewport.height} />
      {tiles.map((tile) => (
        <image key={tile.href} href={tile.href} x={tile.x} y={tile.y} width={256} height={256} />
      ))}
      <path className={tiles.length ? styles.borderOnly : styles.land} d={outlinePath(viewport)} />
      {children}
    </svg>
  );
}
