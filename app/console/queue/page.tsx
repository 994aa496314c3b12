import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { getTranslator } from '@/lib/ui/locale';
import { provinceName } from '@/lib/ui/place-names';
import styles from '@/lib/ui/triage/triage.module.css';
import { myQueue, officerLoads } from '@/lib/workload/queue';
import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';

export default async function QueuePage() {
  const actor = await requirePageActor('/console/queue');
  const [{ locale, t }, queue, loads] = await Promise.all([getTranslator(), myQueue(actor), can(actor, 'workload.read') ? officerLoads(actor) : Promise.resolve(null)]);
  const format = formatters(locale);
  return (
    <>
      <h1>{t('bulk.queueTitle')}</h1>
      <p>{t('bulk.queueLead')}</p>
      <section className="card" aria-labelledby="my-tips">
        <h2 id="my-tips">{t('bulk.myTips')}</h2>
        {queue.tips.length === 0 ? (
          <p>{t('bulk.noTips')}</p>
        ) : (
          <ul className={styles.queueList} data-testid="my-tips">
            {queue.tips.map((tip) => (
              <li key={tip.id} data-tip-id={tip.id}>
                <Link href={`/console/tips/${tip.id}`} prefetch={false}>
                  {tip.ref}
                </Link>{' '}
                <span className={styles.badges}>
                  {tip.notSafe && <span className={`${styles.badge} ${styles.urgent}`} data-testid="not-safe">{t('triage.notSafe')}</span>}
                  {tip.urgent && <span className={`${styles.badge} ${styles.urgent}`}>{t('triage.urgent')}</span>}
                  {tip.unreadReplies > 0 && <span className={`${styles.badge} ${styles.newReply}`} data-testid="new-replies">{t('triage.newReplies', { count: tip.unreadReplies })}</span>}
                  <span className={styles.badge}>{enumLabel(t, 'TipStatus', tip.status)}</span>
                  <span className={styles.badge}>{enumLabel(t, 'Priority', tip.priority)}</span>
                </span>{' '}
                {enumLabel(t, 'TipCategory', tip.category)} · {provinceName(tip.provinceCode, locale) ?? t('triage.unknownPlace')} · {format.date(tip.receivedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="my-cases">
        <h2 id="my-cases">{t('bulk.myCases')}</h2>
        {queue.cases.length === 0 ? (
          <p>{t('bulk.noCases')}</p>
        ) : (
          <ul className={styles.queueList} data-testid="my-cases">
            {queue.cases.map((item) => (
              <li key={item.id} data-case-id={item.id}>
                <Link href={`/console/cases/${item.id}`} prefetch={false}>
                  {item.reference}
                </Link>{' '}
                {item.title} · {provinceName(item.provinceCode, locale) ?? t('triage.unknownPlace')}
              </li>
            ))}
          </ul>
        )}
      </section>
      {loads && (
        <section className="card" aria-labelledby="load-title">
          <h2 id="load-title">{t('bulk.loadTitle')}</h2>
          <p>{t('bulk.unassignedTips', { count: loads.unassignedTips })}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('bulk.loadTitle')}>
          <table className="table" data-testid="officer-load">
            <thead>
              <tr>
                <th>{t('bulk.colOfficer')}</th>
                <th>{t('bulk.colTips')}</th>
                <th>{t('bulk.colUrgent')}</th>
                <th>{t('bulk.colCases')}</th>
                <th>{t('bulk.colProvinces')}</th>
              </tr>
            </thead>
            <tbody>
              {loads.officers.map((officer) => (
                <tr key={officer.id} data-staff-id={officer.id}>
                  <td>
                    {officer.name} ({enumLabel(t, 'StaffRole', officer.role)})
                  </td>
                  <td>{officer.openTips}</td>
                  <td>{officer.urgentTips}</td>
                  <td>{officer.openCases}</td>
                  <td>{officer.provinceCodes.map((code) => provinceName(code, locale) ?? code).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </section>
      )}
    </>
  );
}
