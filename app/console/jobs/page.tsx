import { requirePageActor } from '@/lib/auth/session';
import { listJobStatus } from '@/lib/jobs/job-status';
import { getTranslator } from '@/lib/ui/locale';
import { formatters } from '@/lib/i18n/format';

/** Background jobs for system administrators: last run, next run, state and failures. */
export default async function JobsPage() {
  const actor = await requirePageActor('/console/jobs');
  const [{ locale, t }, jobs] = await Promise.all([getTranslator(), listJobStatus(actor)]);
  const format = formatters(locale);
  const jobName = (name: string) => {
    const key = `jobs.name.${name}`;
    const label = t(key);
    return label === key ? name : label;
  };
  return (
    <>
      <h1>{t('jobs.title')}</h1>
      <p>{t('jobs.intro')}</p>
      <table className="table" data-testid="jobs">
          <thead>
            <tr>
              <th scope="col">{t('jobs.job')}</th>
              <th scope="col">{t('jobs.schedule')}</th>
              <th scope="col">{t('jobs.lastRun')}</th>
              <th scope="col">{t('jobs.nextRun')}</th>
              <th scope="col">{t('jobs.state')}</th>
              <th scope="col">{t('jobs.failures')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.name} data-job={job.name}>
                <th scope="row">
                  {jobName(job.name)}
                  <br />
                  <code>{job.name}</code>
                </th>
                <td>{job.schedule ? t('jobs.cron', { cron: job.schedule }) : t('jobs.notScheduled')}</td>
                <td>
                  {job.lastRun ? (
                    <>
                      {format.dateTime(job.lastRun.finishedAt)}
                      <br />
                      {job.lastRun.state === 'completed'
                        ? t('jobs.stateCompleted')
                        : job.lastRun.error
                          ? t('jobs.stateFailed', { error: job.lastRun.error })
                          : t('jobs.stateFailedNoMessage')}
                    </>
                  ) : (
                    t('jobs.never')
                  )}
                </td>
                <td>{job.nextRun ? format.dateTime(job.nextRun) : t('jobs.notScheduled')}</td>
                <td>{job.active > 0 ? t('jobs.running') : job.waiting > 0 ? t('jobs.waiting', { count: job.waiting }) : t('jobs.idle')}</td>
                <td>{job.failedLastWeek}</td>
              </tr>
            ))}
          </tbody>
      </table>
    </>
  );
}
