import { z } from 'zod';
import { requirePageActor } from '@/lib/auth/session';
import { intlTag } from '@/lib/i18n/format';
import { cachedDashboardStats } from '@/lib/stats/dashboard-stats';
import { countFormatter, dayFormatter, minorToMajor, moneyFormatter, monthFormatter, percentFormatter } from '@/lib/stats/format';
import { CURRENCIES, UNKNOWN_PROVINCE } from '@/lib/stats/public-stats';
import { BarChart } from '@/lib/ui/charts/bar-chart';
import { ChartFigure, DataTable } from '@/lib/ui/charts/data-table';
import { FunnelChart } from '@/lib/ui/charts/funnel-chart';
import { LineChart } from '@/lib/ui/charts/line-chart';
import { percentOf } from '@/lib/ui/charts/scale';
import { getTranslator } from '@/lib/ui/locale';
import { provinceName } from '@/lib/ui/place-names';

const querySchema = z.object({ by: z.enum(['week', 'month']).catch('month') });

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor('/console/dashboard');
  const [{ locale, t }, query] = await Promise.all([getTranslator(), searchParams]);
  const { by } = querySchema.parse({ by: query.by });
  const stats = await cachedDashboardStats(actor, by);
  const count = countFormatter(locale);
  const percent = percentFormatter(locale);
  const bucketName = by === 'month' ? monthFormatter(locale) : dayFormatter(locale);
  const bucketLong = by === 'month' ? monthFormatter(locale, 'long') : (key: string) => t('dashboard.weekOf', { date: dayFormatter(locale)(key) });
  const labels = stats.buckets.map(bucketName);
  const from = bucketLong(stats.buckets[0]!);
  const to = bucketLong(stats.buckets[stats.buckets.length - 1]!);
  const describe = (title: string) => t('dashboard.chartDescription', { title, from, to });
  const fields = ['tips', 'cases', 'raids', 'rewardsPaid'] as const;
  const fieldNames = fields.map((field) => t(`dashboard.${field}`));
  const provinceLabel = (code: string): string => {
    if (code === UNKNOWN_PROVINCE) return t('dashboard.provinceUnknown');
    return provinceName(code, locale)!;
  };
  const sum = (field: (typeof fields)[number]) => stats.overTime.reduce((total, counts) => total + counts[field], 0);
  const provinceSum = (field: (typeof fields)[number]) => stats.byProvince.reduce((total, entry) => total + entry.counts[field], 0);
  const funnelSteps = [
    { label: t('dashboard.funnelTips'), value: stats.funnel.tips },
    { label: t('dashboard.funnelCase'), value: stats.funnel.withCase },
    { label: t('dashboard.funnelRaid'), value: stats.funnel.withRaid },
    { label: t('dashboard.funnelReward'), value: stats.funnel.withPaidReward },
  ];
  const share = (part: number, whole: number) => {
    const value = percentOf(part, whole);
    return value === null ? t('dashboard.none') : percent(value);
  };

  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.lead', { from, to })}</p>
      <form className="filters" method="get">
        <div className="form-field">
          <label htmlFor="by">{t('dashboard.groupBy')}</label>
          <select id="by" name="by" defaultValue={by}>
            <option value="month">{t('dashboard.byMonth')}</option>
            <option value="week">{t('dashboard.byWeek')}</option>
          </select>
        </div>
        <button className="button button--small" type="submit">
          {t('dashboard.show')}
        </button>
      </form>

      <ChartFigure
        title={t('dashboard.overTimeTitle')}
        chart={
          <BarChart
            id="over-time"
            title={t('dashboard.overTimeTitle')}
            description={describe(t('dashboard.overTimeTitle'))}
            labels={labels}
            series={fields.map((field, index) => ({ name: fieldNames[index]!, values: stats.overTime.map((counts) => counts[field]) }))}
            formatValue={count}
          />
        }
        table={
          <DataTable
            caption={t('dashboard.overTimeTitle')}
            rowHeader={t('dashboard.period')}
            columns={fieldNames}
            rows={stats.overTime.map((counts, index) => ({ header: bucketLong(stats.buckets[index]!), cells: fields.map((field) => count(counts[field])) }))}
            footer={{ header: t('dashboard.total'), cells: fields.map((field) => count(sum(field))) }}
            testId="dashboard-over-time"
          />
        }
      />

      <ChartFigure
        title={t('dashboard.funnelTitle')}
        chart={<FunnelChart id="funnel" title={t('dashboard.funnelTitle')} description={t('dashboard.funnelDescription')} steps={funnelSteps} formatValue={count} formatPercent={percent} />}
        table={
          <DataTable
            caption={t('dashboard.funnelTitle')}
            rowHeader={t('dashboard.step')}
            columns={[t('dashboard.count'), t('dashboard.ofPrevious'), t('dashboard.ofFirst')]}
            rows={funnelSteps.map((step, index) => ({
              header: step.label,
              cells: [count(step.value), index === 0 ? t('dashboard.none') : share(step.value, funnelSteps[index - 1]!.value), share(step.value, funnelSteps[0]!.value)],
            }))}
            testId="dashboard-funnel"
          />
        }
      />

      <ChartFigure
        title={t('dashboard.byProvinceTitle')}
        chart={
          <BarChart
            id="by-province"
            orientation="horizontal"
            title={t('dashboard.byProvinceTitle')}
            description={describe(t('dashboard.byProvinceTitle'))}
            labels={stats.byProvince.map((entry) => provinceLabel(entry.province))}
            series={fields.map((field, index) => ({ name: fieldNames[index]!, values: stats.byProvince.map((entry) => entry.counts[field]) }))}
            formatValue={count}
          />
        }
        table={
          <DataTable
            caption={t('dashboard.byProvinceTitle')}
            rowHeader={t('dashboard.province')}
            columns={fieldNames}
            rows={stats.byProvince.map((entry) => ({ header: provinceLabel(entry.province), cells: fields.map((field) => count(entry.counts[field])) }))}
            footer={{ header: t('dashboard.total'), cells: fields.map((field) => count(provinceSum(field))) }}
            testId="dashboard-by-province"
          />
        }
      />

      {CURRENCIES.map((currency) => {
        const money = moneyFormatter(locale, currency);
        const title = t('dashboard.budgetTitle', { currency });
        const kinds = [
          { name: t('dashboard.funded'), pick: (point: (typeof stats.budget)['USD'][number]) => point.fundedMinor },
          { name: t('dashboard.committed'), pick: (point: (typeof stats.budget)['USD'][number]) => point.committedMinor },
          { name: t('dashboard.paid'), pick: (point: (typeof stats.budget)['USD'][number]) => point.paidMinor },
        ];
        const axisMoney = new Intl.NumberFormat(intlTag(locale), { notation: 'compact', maximumFractionDigits: 1 });
        return (
          <ChartFigure
            key={currency}
            title={title}
            chart={
              <LineChart
                id={`budget-${currency}`}
                title={title}
                description={`${describe(title)} ${t('dashboard.budgetDescription')}`}
                labels={labels}
                series={kinds.map((kind) => ({ name: kind.name, values: stats.budget[currency].map((point) => minorToMajor(kind.pick(point), currency)) }))}
                formatValue={(value) => axisMoney.format(value)}
              />
            }
            table={
              <DataTable
                caption={title}
                rowHeader={t('dashboard.period')}
                columns={kinds.map((kind) => kind.name)}
                rows={stats.budget[currency].map((point, index) => ({ header: bucketLong(stats.buckets[index]!), cells: kinds.map((kind) => money(kind.pick(point))) }))}
                testId={`dashboard-budget-${currency}`}
              />
            }
          />
        );
      })}
    </>
  );
}
