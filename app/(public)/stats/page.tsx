import type { Metadata } from 'next';
import { intlTag } from '@/lib/i18n/format';
import { countFormatter, minorToMajor, moneyFormatter, monthFormatter } from '@/lib/stats/format';
import { CURRENCIES, getPublicStats, type PublicRow, type StatsCurrency, UNKNOWN_PROVINCE } from '@/lib/stats/public-stats';
import type { Cell } from '@/lib/stats/suppression';
import { BarChart } from '@/lib/ui/charts/bar-chart';
import { DataTable, type DataRow } from '@/lib/ui/charts/data-table';
import { getTranslator } from '@/lib/ui/locale';
import styles from './stats.module.css';
import { provinceName } from '@/lib/ui/place-names';

/** Residents read this on phones: charts drawn for about 400 CSS pixels keep their text legible. */
const PHONE_CHART_WIDTH = 400;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('stats.title') };
}

const isZero = (cell: Cell) => cell.kind === 'value' && cell.value === 0;

/** One question: tips, raids, people rescued, or rewards paid in one currency. */
interface Question {
  name: string;
  /** Title over time, and by province. */
  titles: { time: string; province: string };
  /** The figure a row is drawn and summarised by. */
  cell: (row: PublicRow) => Cell;
  /** The drawn value (null: not shown) and how a value reads on the axis. */
  value: (row: PublicRow) => number | null;
  format: (value: number) => string;
  columns: string[];
  cells: (row: PublicRow) => string[];
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
  const moneyAxis = Object.fromEntries(
    CURRENCIES.map((currency) => [currency, new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })]),
  ) as Record<StatsCurrency, Intl.NumberFormat>;
  const amount = (row: PublicRow, currency: StatsCurrency) => {
    const minor = row.paid[currency].amountMinor;
    return minor === null ? t('stats.hidden') : money[currency](minor);
  };
  const provinceLabel = (code: string): string => (code === UNKNOWN_PROVINCE ? t('stats.provinceUnknown') : provinceName(code, locale)!);
  const nothingPaid = (total: PublicRow, currency: StatsCurrency) => isZero(total.paid[currency].count);

  const counted = (name: 'tips' | 'raids' | 'rescued'): Question => ({
    name,
    titles: { time: t(`${name === 'tips' ? 'stats' : 'statsPhone'}.${name}ByMonth`), province: t(`${name === 'tips' ? 'stats' : 'statsPhone'}.${name}ByProvince`) },
    cell: (row) => row[name],
    value: (row) => drawn(row[name]),
    format: count,
    columns: [t(`stats.${name}`)],
    cells: (row) => [shown(row[name])],
  });
  const rewards = (currency: StatsCurrency): Question => ({
    name: `rewards-${currency}`,
    titles: { time: t('stats.rewardsByMonth', { currency }), province: t('stats.rewardsByProvince', { currency }) },
    cell: (row) => row.paid[currency].count,
    value: (row) => (row.paid[currency].amountMinor === null ? null : minorToMajor(row.paid[currency].amountMinor!, currency)),
    format: (value) => moneyAxis[currency].format(value),
    columns: [t('stats.rewardsPaid'), t('stats.amountPaid', { currency })],
    cells: (row) => [shown(row.paid[currency].count), amount(row, currency)],
  });
  const questions = (total: PublicRow) => [counted('tips'), counted('raids'), counted('rescued'), ...CURRENCIES.filter((currency) => !nothingPaid(total, currency)).map(rewards)];
  const nothingPaidNote = (total: PublicRow) => {
    const none = CURRENCIES.filter((currency) => nothingPaid(total, currency));
    return none.length ? <p data-testid="stats-nothing-paid">{t('statsPhone.nothingPaid', { currencies: none.join(', ') })}</p> : null;
  };

  /** "Jan 2026: 12; Feb 2026: fewer than 5; …": what the chart shows, for a screen reader. */
  const inWords = (labels: string[], values: string[]) => labels.map((label, index) => t('statsPhone.figure', { label, value: values[index]! })).join(t('statsPhone.separator'));

  const table = (id: string, caption: string, rowHeader: string, question: Question, rows: PublicRow[], total: PublicRow, label: (key: string) => string) => (
    <details className={styles.table}>
      <summary>{t('statsPhone.showTable')}</summary>
      <DataTable
        caption={caption}
        rowHeader={rowHeader}
        columns={question.columns}
        rows={rows.map((row): DataRow => ({ header: label(row.key), cells: question.cells(row) }))}
        footer={{ header: t('stats.total'), cells: question.cells(total) }}
        testId={id}
      />
    </details>
  );

  const overTime = (question: Question) => {
    const title = question.titles.time;
    const labels = stats.byMonth.map((row) => monthName(row.key));
    const description = `${t('stats.chartDescription', { title, from, to })} ${inWords(labels, stats.byMonth.map((row) => question.cells(row).join(' · ')))}`;
    return (
      <figure className={styles.figure} key={question.name}>
        <figcaption className={styles.caption}>{title}</figcaption>
        <BarChart id={`month-${question.name}`} title={title} description={description} labels={labels} width={PHONE_CHART_WIDTH} formatValue={question.format}
          series={[{ name: title, values: stats.byMonth.map(question.value) }]} />
        {table(`stats-month-${question.name}`, title, t('stats.month'), question, stats.byMonth, stats.total, monthName)}
      </figure>
    );
  };

  const latest = stats.quarters.at(-1)!;
  const earlier = [...stats.quarters].slice(0, -1).reverse();
  const quarterRange = (months: string[]) => ({ from: longMonth(months[0]!), to: longMonth(months[months.length - 1]!) });
  const latestRange = quarterRange(latest.months);

  // Provinces with nothing to show (a true zero; never a hidden or "fewer than" figure) are
  // counted in one sentence instead of drawn as empty rows.
  const byProvince = (question: Question) => {
    const title = question.titles.province;
    const drawnRows = latest.byProvince.filter((row) => !isZero(question.cell(row)));
    const rest = latest.byProvince.length - drawnRows.length;
    const labels = drawnRows.map((row) => provinceLabel(row.key));
    const description = `${t('stats.chartDescription', { title, ...latestRange })} ${inWords(labels, drawnRows.map((row) => question.cells(row).join(' · ')))}`;
    return (
      <figure className={styles.figure} key={question.name}>
        <figcaption className={styles.caption}>{title}</figcaption>
        {drawnRows.length > 0 && (
          <BarChart id={`quarter-${question.name}`} title={title} description={description} labels={labels} width={PHONE_CHART_WIDTH} formatValue={question.format} orientation="horizontal"
            series={[{ name: title, values: drawnRows.map(question.value), notes: drawnRows.map((row) => (question.value(row) === null ? question.cells(row).at(-1)! : null)) }]} />
        )}
        {rest > 0 && <p className={styles.rest}>{drawnRows.length ? t('statsPhone.otherProvincesNone', { count: count(rest) }) : t('statsPhone.noProvince')}</p>}
        {table(`stats-quarter-${latest.key}-${question.name}`, title, t('stats.province'), question, latest.byProvince, latest.total, provinceLabel)}
      </figure>
    );
  };

  return (
    <>
      <h1>{t('stats.title')}</h1>
      <p>{t('stats.lead', { from, to })}</p>

      <section aria-labelledby="stats-summary">
        <h2 id="stats-summary">{t('stats.summaryTitle')}</h2>
        <dl className={styles.summary} data-testid="stats-summary">
          {[
            [t('stats.tips'), shown(stats.total.tips)],
            [t('stats.raids'), shown(stats.total.raids)],
            [t('stats.rescued'), shown(stats.total.rescued)],
            ...CURRENCIES.filter((currency) => !nothingPaid(stats.total, currency)).map((currency) => [t('stats.rewardsPaidIn', { currency }), `${shown(stats.total.paid[currency].count)} · ${amount(stats.total, currency)}`]),
          ].map(([term, figure]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{figure}</dd>
            </div>
          ))}
        </dl>
        {nothingPaidNote(stats.total)}
        <details className={styles.privacy}>
          <summary>{t('stats.privacyTitle')}</summary>
          <p>{t('stats.privacyBody', { k: count(k) })}</p>
        </details>
      </section>

      <section aria-labelledby="stats-month">
        <h2 id="stats-month">{t('stats.byMonth')}</h2>
        {questions(stats.total).map(overTime)}
      </section>

      <section aria-labelledby={`stats-quarter-${latest.key}`}>
        <h2 id={`stats-quarter-${latest.key}`}>{t('stats.byProvinceInQuarter', latestRange)}</h2>
        <p>{t('stats.quarterNote')}</p>
        {questions(latest.total).map(byProvince)}
        {nothingPaidNote(latest.total)}
      </section>

      {earlier.length > 0 && (
        <section aria-labelledby="stats-earlier">
          <h2 id="stats-earlier">{t('statsPhone.earlierQuarters')}</h2>
          {earlier.map((quarter) => {
            const range = quarterRange(quarter.months);
            return (
              <details key={quarter.key} className={styles.quarter} data-testid={`stats-quarter-${quarter.key}`}>
                <summary>{t('stats.byProvinceInQuarter', range)}</summary>
                {questions(quarter.total).map((question) => (
                  <DataTable key={question.name} caption={question.titles.province} rowHeader={t('stats.province')} columns={question.columns}
                    rows={quarter.byProvince.map((row) => ({ header: provinceLabel(row.key), cells: question.cells(row) }))}
                    footer={{ header: t('stats.total'), cells: question.cells(quarter.total) }} testId={`stats-quarter-${quarter.key}-${question.name}`} />
                ))}
                {nothingPaidNote(quarter.total)}
              </details>
            );
          })}
        </section>
      )}
    </>
  );
}
