import type { Metadata } from 'next';
import { INTL_TAGS } from '@/lib/i18n/locales';
import { countFormatter, minorToMajor, moneyFormatter, monthFormatter } from '@/lib/stats/format';
import { CURRENCIES, getPublicStats, type PublicRow, UNKNOWN_PROVINCE } from '@/lib/stats/public-stats';
import type { Cell } from '@/lib/stats/suppression';
import { BarChart } from '@/lib/ui/charts/bar-chart';
import { ChartFigure, DataTable } from '@/lib/ui/charts/data-table';
import type { ChartSeries } from '@/lib/ui/charts/types';
import { getTranslator } from '@/lib/ui/locale';
import styles from './stats.module.css';
import { provinceName } from '@/lib/ui/place-names';

/** Residents read this on phones: charts drawn for about 400 CSS pixels keep their text legible. */
const PHONE_CHART_WIDTH = 400;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('stats.title') };
}

/**
 * Public statistics, no sign-in. The page reads the language cookie, so it renders per
 * request; the figures come from the snapshot the `stats-refresh` job writes every five
 * minutes (lib/stats/snapshot.ts), never from a computation on a visitor's request
 * (docs/decisions/0007, 0202).
 */
export default async function StatsPage() {
  const [{ locale, t }, stats] = await Promise.all([getTranslator(), getPublicStats()]);
  const count = countFormatter(locale);
  const monthName = monthFormatter(locale);
  const longMonth = monthFormatter(locale, 'long');
  const k = stats.minCount;
  const from = longMonth(stats.months[0]!);
  const to = longMonth(stats.months[stats.months.length - 1]!);
  const money = { USD: moneyFormatter(locale, 'USD'), KHR: moneyFormatter(locale, 'KHR') };

  const shown = (cell: Cell): string => (cell.kind === 'value' ? count(cell.value) : cell.kind === 'fewer' ? t('stats.fewerThan', { k: count(k) }) : t('stats.hidden'));
  const drawn = (cell: Cell): number | null => (cell.kind === 'value' ? cell.value : null);
  const note = (cell: Cell): string | null => (cell.kind === 'value' ? null : shown(cell));
  const moneyAxis = Object.fromEntries(
    CURRENCIES.map((currency) => [currency, new Intl.NumberFormat(INTL_TAGS[locale], { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })]),
  ) as Record<(typeof CURRENCIES)[number], Intl.NumberFormat>;
  const amount = (row: PublicRow, currency: (typeof CURRENCIES)[number]) => {
    const minor = row.paid[currency].amountMinor;
    return minor === null ? t('stats.hidden') : money[currency](minor);
  };
  const provinceLabel = (code: string): string => {
    if (code === UNKNOWN_PROVINCE) return t('stats.provinceUnknown');
    return provinceName(code, locale)!;
  };

  // Newest quarter first: each is its own table, protected on its own (docs/decisions/0007).
  const sections = [
    { id: 'month', heading: t('stats.byMonth'), rowHeader: t('stats.month'), rows: stats.byMonth, total: stats.total, from, to, label: monthName, orientation: 'vertical' as const, byMonth: true },
    ...[...stats.quarters].reverse().map((quarter) => {
      const quarterFrom = longMonth(quarter.months[0]!);
      const quarterTo = longMonth(quarter.months[quarter.months.length - 1]!);
      return {
        id: `quarter-${quarter.key}`,
        heading: t('stats.byProvinceInQuarter', { from: quarterFrom, to: quarterTo }),
        rowHeader: t('stats.province'),
        rows: quarter.byProvince,
        total: quarter.total,
        from: quarterFrom,
        to: quarterTo,
        label: provinceLabel,
        orientation: 'horizontal' as const,
        byMonth: false,
      };
    }),
  ];

  return (
    <>
      <h1>{t('stats.title')}</h1>
      <p>{t('stats.lead', { from, to })}</p>
      <section className="card" aria-labelledby="stats-privacy">
        <h2 id="stats-privacy">{t('stats.privacyTitle')}</h2>
        <p>{t('stats.privacyBody', { k: count(k) })}</p>
      </section>

      <section aria-labelledby="stats-summary">
        <h2 id="stats-summary">{t('stats.summaryTitle')}</h2>
        <dl className={styles.summary} data-testid="stats-summary">
          {[
            [t('stats.tips'), shown(stats.total.tips)],
            [t('stats.raids'), shown(stats.total.raids)],
            [t('stats.rescued'), shown(stats.total.rescued)],
            ...CURRENCIES.map((currency) => [t('stats.rewardsPaidIn', { currency }), `${shown(stats.total.paid[currency].count)} · ${amount(stats.total, currency)}`]),
          ].map(([term, figure]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{figure}</dd>
            </div>
          ))}
        </dl>
      </section>

      {sections.map((section) => {
        const labels = section.rows.map((row) => section.label(row.key));
        const figure = (name: string, title: string, series: ChartSeries[], formatValue: (value: number) => string, columns: string[], cellsOf: (row: PublicRow) => string[], footer: string[]) => (
          <ChartFigure
            key={name}
            title={title}
            chart={
              <BarChart
                id={`${section.id}-${name}`}
                title={title}
                description={t('stats.chartDescription', { title, from: section.from, to: section.to })}
                labels={labels}
                series={series}
                formatValue={formatValue}
                orientation={section.orientation}
                width={PHONE_CHART_WIDTH}
              />
            }
            table={
              <DataTable
                caption={title}
                rowHeader={section.rowHeader}
                columns={columns}
                rows={section.rows.map((row, index) => ({ header: labels[index]!, cells: cellsOf(row) }))}
                footer={{ header: t('stats.total'), cells: footer }}
                testId={`stats-${section.id}-${name}`}
              />
            }
          />
        );
        return (
          <section key={section.id} aria-labelledby={`stats-${section.id}`}>
            <h2 id={`stats-${section.id}`}>{section.heading}</h2>
            {section.byMonth ? null : <p>{t('stats.quarterNote')}</p>}
            {figure('tips', t(`stats.tipsBy${section.byMonth ? 'Month' : 'Province'}`), [{ name: t('stats.tips'), values: section.rows.map((row) => drawn(row.tips)), notes: section.rows.map((row) => note(row.tips)) }], count, [t('stats.tips')], (row) => [shown(row.tips)], [shown(section.total.tips)])}
            {figure(
              'raids',
              t(`stats.raidsBy${section.byMonth ? 'Month' : 'Province'}`),
              [
                { name: t('stats.raids'), values: section.rows.map((row) => drawn(row.raids)) },
                { name: t('stats.rescued'), values: section.rows.map((row) => drawn(row.rescued)) },
              ],
              count,
              [t('stats.raids'), t('stats.rescued')],
              (row) => [shown(row.raids), shown(row.rescued)],
              [shown(section.total.raids), shown(section.total.rescued)],
            )}
            {CURRENCIES.map((currency) =>
              figure(
                `rewards-${currency}`,
                t(`stats.rewardsBy${section.byMonth ? 'Month' : 'Province'}`, { currency }),
                [
                  {
                    name: t('stats.amountPaid', { currency }),
                    values: section.rows.map((row) => (row.paid[currency].amountMinor === null ? null : minorToMajor(row.paid[currency].amountMinor!, currency))),
                    notes: section.rows.map((row) => (row.paid[currency].amountMinor === null ? t('stats.hidden') : null)),
                  },
                ],
                (value) => moneyAxis[currency].format(value),
                [t('stats.rewardsPaid'), t('stats.amountPaid', { currency })],
                (row) => [shown(row.paid[currency].count), amount(row, currency)],
                [shown(section.total.paid[currency].count), amount(section.total, currency)],
              ),
            )}
          </section>
        );
      })}
    </>
  );
}
