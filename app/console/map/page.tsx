import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { CASE_STATUSES } from '@/lib/cases/case-workflow';
import { CAMBODIA_BOUNDS } from '@/lib/geo/cambodia';
import { type Cluster, clusterPoints, MAX_ZOOM, MIN_ZOOM } from '@/lib/map/cluster';
import { type CasePoint, getMapPoints, mapFiltersSchema, type TipPoint } from '@/lib/map/map-points';
import { TIP_CATEGORIES } from '@/lib/tips/categories';
import styles from '@/lib/ui/cases/cases.module.css';
import { SvgMap } from '@/lib/ui/cases/svg-map';
import { countryViewport, MAP_HEIGHT, MAP_WIDTH, toScreen, type Viewport } from '@/lib/ui/cases/viewport';
import { getTranslator } from '@/lib/ui/locale';
import { EnumSelect } from '@/lib/ui/console/pick-selects';
import { formatDayMonthYear } from '@/lib/dates/day-month-year';
import { DateField } from '@/lib/ui/console/date-field';
import { type FilterChip, FilterChips, FilterPanel } from '@/lib/ui/console/filter-panel';
import { enumLabel } from '@/lib/i18n/enums';

type Query = { status?: string; category?: string; from?: string; to?: string; zoom?: string; lat?: string; lng?: string };

/** The view asked for in the URL, kept inside Cambodia and the zoom range; else the whole country. */
function viewportFrom(query: Query): Viewport {
  const zoom = Number(query.zoom);
  const lat = Number(query.lat);
  const lng = Number(query.lng);
  if (!Number.isInteger(zoom) || !Number.isFinite(lat) || !Number.isFinite(lng) || !query.lat || !query.lng) return countryViewport();
  const { south, north, west, east } = CAMBODIA_BOUNDS;
  return {
    zoom: Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)),
    lat: Math.max(south, Math.min(north, lat)),
    lng: Math.max(west, Math.min(east, lng)),
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
  };
}

export default async function MapPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/map');
  const [{ t }, query] = await Promise.all([getTranslator(), searchParams]);
  const filters = mapFiltersSchema.parse({ status: query.status, category: query.category, from: query.from, to: query.to });
  const { cases, tips } = await getMapPoints(actor, filters);
  const viewport = viewportFrom(query);
  const badDates = (['from', 'to'] as const).filter((name) => query[name] && !filters[name]);
  const chips: FilterChip[] = [
    ...(filters.status ? [{ name: 'status', label: `${t('cases.mapCaseStatus')}: ${enumLabel(t, 'CaseStatus', filters.status)}` }] : []),
    ...(filters.category ? [{ name: 'category', label: enumLabel(t, 'TipCategory', filters.category) }] : []),
    ...(filters.from ? [{ name: 'from', label: `${t('cases.mapFrom')} ${formatDayMonthYear(filters.from)}` }] : []),
    ...(filters.to ? [{ name: 'to', label: `${t('cases.mapTo')} ${formatDayMonthYear(filters.to)}` }] : []),
  ];

  const filterQuery = Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const hrefFor = (view: { zoom: number; lat: number; lng: number } | null) =>
    `/console/map?${new URLSearchParams({ ...filterQuery, ...(view ? { zoom: String(view.zoom), lat: view.lat.toFixed(5), lng: view.lng.toFixed(5) } : {}) }).toString()}`;

  const clusters = clusterPoints<CasePoint | TipPoint>([...cases, ...tips], viewport.zoom)
    .map((cluster) => ({ cluster, at: toScreen(viewport, cluster.lat, cluster.lng) }))
    .filter(({ at }) => at.x > -20 && at.y > -20 && at.x < viewport.width + 20 && at.y < viewport.height + 20);
  const shownCases = clusters.reduce((sum, { cluster }) => sum + cluster.cases, 0);
  const shownTips = clusters.reduce((sum, { cluster }) => sum + cluster.tips, 0);

  const marker = (cluster: Cluster<CasePoint | TipPoint>, x: number, y: number) => {
    if (cluster.count === 1) {
      const point = cluster.points[0]!;
      if (point.kind === 'case') {
        const label = `${t('cases.mapCaseLabel', { reference: point.reference })}: ${enumLabel(t, 'CaseStatus', point.status)}`;
        return (
          <a href={`/console/cases/${point.id}`} aria-label={label} data-map-case={point.reference}>
            <title>{label}</title>
            <rect className={styles.caseDot} x={x - 8} y={y - 8} width={16} height={16} />
          </a>
        );
      }
      const label = t('cases.mapTipLabel', { category: enumLabel(t, 'TipCategory', point.category), date: point.receivedOn });
      return (
        <a href={`/console/tips/${point.id}`} aria-label={label} data-map-tip="true">
          <title>{label}</title>
          <circle className={styles.tipDot} cx={x} cy={y} r={7} />
        </a>
      );
    }
    const label = t('cases.mapClusterLabel', { count: cluster.count });
    const radius = 12 + 3 * Math.log2(cluster.count);
    return (
      <a href={hrefFor({ zoom: Math.min(MAX_ZOOM, viewport.zoom + 2), lat: cluster.lat, lng: cluster.lng })} aria-label={label} data-cluster-count={cluster.count}>
        <title>{label}</title>
        <circle className={cluster.cases > 0 ? styles.cluster : styles.clusterTips} cx={x} cy={y} r={radius} />
        <text className={styles.clusterCount} x={x} y={y}>
          {cluster.count}
        </text>
      </a>
    );
  };

  return (
    <>
      <h1>{t('cases.mapTitle')}</h1>
      <p>{t('cases.mapIntro')}</p>
      <FilterPanel t={t} count={chips.length} open={badDates.length > 0}>
        <form method="get" className="filters" aria-label={t('cases.filter')}>
          <EnumSelect t={t} id="map-status" name="status" label={t('cases.mapCaseStatus')} of="CaseStatus" values={CASE_STATUSES} empty={t('cases.mapOpenCases')} defaultValue={filters.status} />
          <EnumSelect t={t} id="map-category" name="category" label={t('cases.mapCategory')} of="TipCategory" values={TIP_CATEGORIES} empty={t('cases.anyCategory')} defaultValue={filters.category} />
          <DateField id="map-from" name="from" label={t('cases.mapFrom')} value={query.from} t={t} error={badDates.includes('from') ? t('consolePhone.dateInvalid') : undefined} />
          <DateField id="map-to" name="to" label={t('cases.mapTo')} value={query.to} t={t} error={badDates.includes('to') ? t('consolePhone.dateInvalid') : undefined} />
          <div className="form-field">
            <button className="button button--small" type="submit">
              {t('cases.mapShow')}
            </button>
          </div>
        </form>
      </FilterPanel>
      <FilterChips t={t} path="/console/map" query={query} chips={chips} />
      {badDates.length > 0 && (
        <p className="form-error" role="alert">
          {t('consolePhone.dateInvalid')}
        </p>
      )}

      <p className={styles.legend} data-testid="map-summary">
        {t('cases.mapSummary', { cases: shownCases, tips: shownTips })}
      </p>
      <SvgMap viewport={viewport} label={t('cases.mapAlt')}>
        {clusters.map(({ cluster, at }) => (
          <g key={`${cluster.points[0]!.kind}-${cluster.points[0]!.id}`}>{marker(cluster, at.x, at.y)}</g>
        ))}
      </SvgMap>
      <p className={styles.mapLinks}>
        {viewport.zoom > MIN_ZOOM && <Link href={hrefFor({ zoom: Math.max(MIN_ZOOM, viewport.zoom - 2), lat: viewport.lat, lng: viewport.lng })}>{t('cases.mapZoomOut')}</Link>}
        <Link href={hrefFor(null)}>{t('cases.mapWholeCountry')}</Link>
      </p>
      <p className={styles.legend}>
        <span>■ {t('cases.mapLegendCases')}</span>
        <span>● {t('cases.mapLegendTips')}</span>
      </p>
    </>
  );
}
