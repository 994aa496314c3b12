'use client';

/**
 * A small map of our own: Cambodia's outline as SVG (Web Mercator), where a tap drops a pin,
 * plus raster tiles when the operator configured a same-origin XYZ source (MAP_TILE_URL).
 * It never asks another origin for anything. Loaded on first use (dynamic import) so it
 * costs the report page nothing until opened. Generic props, for the console's maps too.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { CAMBODIA_RINGS } from '@/lib/geo/cambodia-outline';
import styles from './map-view.module.css';
import { type LatLng, project, tilesCovering, unproject } from './projection';

export interface MapViewProps {
  label: string;
  zoomInLabel: string;
  zoomOutLabel: string;
  /** Default: all of Cambodia. */
  center?: LatLng;
  /** Tile zoom level of the initial view. Default: all of Cambodia. */
  zoom?: number;
  pins?: (LatLng & { label?: string })[];
  clusters?: (LatLng & { count: number })[];
  onPick?: (point: LatLng) => void;
  /** Same-origin XYZ template, e.g. /tiles/{z}/{x}/{y}.png. */
  tileUrl?: string;
}

const CAMBODIA_CENTRE = { lat: 12.35, lng: 105 };
const CAMBODIA_SPAN = 4.4;
const ASPECT = 3 / 4;

const outlinePath = CAMBODIA_RINGS.map(
  (ring) =>
    `M${ring
      .map(([lng, lat]) => {
        const point = project({ lat, lng });
        return `${point.x.toFixed(4)},${point.y.toFixed(4)}`;
      })
      .join('L')}Z`,
).join('');

export function MapView({ label, zoomInLabel, zoomOutLabel, center = CAMBODIA_CENTRE, zoom, pins = [], clusters = [], onPick, tileUrl }: MapViewProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [pixelWidth, setPixelWidth] = useState(360);
  const [view, setView] = useState(() => ({ ...project(center), span: zoom === undefined ? CAMBODIA_SPAN : (360 / 2 ** zoom) }));
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const observer = new ResizeObserver(() => setPixelWidth(svg.clientWidth || 360));
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  const height = view.span * ASPECT;
  const box = { minX: view.x - view.span / 2, minY: view.y - height / 2, maxX: view.x + view.span / 2, maxY: view.y + height / 2 };
  const unitsPerPixel = view.span / pixelWidth;
  const tiles = useMemo(() => {
    if (!tileUrl) return [];
    const z = Math.max(0, Math.min(19, Math.round(Math.log2(256 / (view.span / pixelWidth) / 256))));
    return tilesCovering(box, z);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- box derives from view
  }, [tileUrl, view, pixelWidth]);

  const toWorld = (clientX: number, clientY: number) => {
    const svg = svgRef.current!;
    const matrix = svg.getScreenCTM()!.inverse();
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix);
    return { x: point.x, y: point.y };
  };

  const zoomBy = (factor: number) => setView((current) => ({ ...current, span: Math.max(0.0005, Math.min(64, current.span * factor)) }));

  return (
    <div className={styles.wrap}>
      <svg
        ref={svgRef}
        className={styles.map}
        viewBox={`${box.minX} ${box.minY} ${view.span} ${height}`}
        role="img"
        aria-label={label}
        onPointerDown={(event) => {
          drag.current = { x: event.clientX, y: event.clientY, moved: false };
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          const start = drag.current;
          if (!start) return;
          const dx = event.clientX - start.x;
          const dy = event.clientY - start.y;
          if (!start.moved && Math.hypot(dx, dy) < 8) return;
          start.moved = true;
          start.x = event.clientX;
          start.y = event.clientY;
          setView((current) => ({ ...current, x: current.x - dx * unitsPerPixel, y: current.y - dy * unitsPerPixel }));
        }}
        onPointerUp={(event) => {
          const start = drag.current;
          drag.current = null;
          if (start && !start.moved && onPick) onPick(unproject(toWorld(event.clientX, event.clientY)));
        }}
        onWheel={(event) => zoomBy(event.deltaY > 0 ? 1.25 : 0.8)}
      >
        {tiles.map((tile) => (
          <image
            key={`${tile.z}/${tile.x}/${tile.y}`}
            href={tileUrl!.replace('{z}', String(tile.z)).replace('{x}', String(tile.x)).replace('{y}', String(tile.y))}
            x={tile.x * tile.size}
            y={tile.y * tile.size}
            width={tile.size}
            height={tile.size}
            preserveAspectRatio="none"
          />
        ))}
        <path d={outlinePath} fill={tileUrl ? 'none' : '#f7f3e8'} stroke="#12355b" strokeWidth={2} vectorEffect="non-scaling-stroke" />
        {clusters.map((cluster) => {
          const point = project(cluster);
          const radius = view.span / 40 + Math.log10(cluster.count + 1) * (view.span / 60);
          return (
            <g key={`${cluster.lat},${cluster.lng}`}>
              <circle cx={point.x} cy={point.y} r={radius} fill="#12355b" fillOpacity={0.75} />
              <text x={point.x} y={point.y} fontSize={radius} fill="#fff" textAnchor="middle" dominantBaseline="central">
                {cluster.count}
              </text>
            </g>
          );
        })}
        {pins.map((pin) => {
          const point = project(pin);
          return (
            <circle key={`${pin.lat},${pin.lng}`} cx={point.x} cy={point.y} r={view.span / 70} fill="#b3261e" stroke="#fff" strokeWidth={2} vectorEffect="non-scaling-stroke">
              {pin.label && <title>{pin.label}</title>}
            </circle>
          );
        })}
      </svg>
      <div className={styles.controls}>
        <button type="button" aria-label={zoomInLabel} onClick={() => zoomBy(0.5)}>
          +
        </button>
        <button type="button" aria-label={zoomOutLabel} onClick={() => zoomBy(2)}>
          −
        </button>
      </div>
    </div>
  );
}
