/**
 * A small static map of Cambodia (Natural Earth outline, lib/geo) with the tip's place and
 * its accuracy circle: no tiles, nothing loaded from elsewhere, works without JavaScript.
 */
import { CAMBODIA_RINGS } from '@/lib/geo/cambodia-outline';
import styles from './triage.module.css';

const WEST = 102.3;
const EAST = 107.7;
const NORTH = 14.75;
const SOUTH = 10.35;
const WIDTH = 400;
// Degrees of longitude are shorter than degrees of latitude at 12.5° N.
const X_SCALE = WIDTH / (EAST - WEST);
const Y_SCALE = X_SCALE / Math.cos((12.5 * Math.PI) / 180);
const HEIGHT = Math.round((NORTH - SOUTH) * Y_SCALE);

const x = (lng: number) => (lng - WEST) * X_SCALE;
const y = (lat: number) => (NORTH - lat) * Y_SCALE;

const outline = CAMBODIA_RINGS.map((ring) => `M${ring.map(([lng, lat]) => `${x(lng).toFixed(1)},${y(lat).toFixed(1)}`).join('L')}Z`).join('');

export function PlaceMap({ lat, lng, accuracyM, label }: { lat: number; lng: number; accuracyM: number | null; label: string }) {
  const accuracyPx = accuracyM ? Math.max(3, (accuracyM / 111_320) * Y_SCALE) : 0;
  return (
    <svg className={styles.map} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="tip-map">
      <path d={outline} fill="#fdfcf7" stroke="#4a5d6b" strokeWidth="1" />
      {accuracyPx > 0 && <circle cx={x(lng)} cy={y(lat)} r={accuracyPx} fill="rgba(200,40,40,0.15)" stroke="rgba(200,40,40,0.5)" />}
      <circle cx={x(lng)} cy={y(lat)} r="5" fill="#c82828" stroke="#fff" strokeWidth="2" />
    </svg>
  );
}
