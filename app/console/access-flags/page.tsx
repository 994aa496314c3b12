import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { ACCESS_FLAG_OPEN_DAYS, listAccessFlags } from '@/lib/triage/list-access-flags';
import { getTranslator } from '@/lib/ui/locale';
import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';
import { TimeZoneNote } from '@/lib/ui/console/time-zone-note';

export default async function AccessFlagsPage() {
  const actor = await requirePageActor('/console/access-flags');
  const [{ locale, t }, flags] = await Promise.all([getTranslator(), listAccessFlags(actor)]);
  const format = formatters(locale);
  const settings = env();
  return (
    <>
      <h1>{t('triage.accessFlagsTitle')}</h1>
      <TimeZoneNote t={t} />
      <p>{t('triage.accessFlagsIntro', { tips: settings.UNUSUAL_ACCESS_TIPS, minutes: settings.UNUSUAL_ACCESS_MINUTES, days: ACCESS_FLAG_OPEN_DAYS })}</p>
      {flags.length === 0 ? (
        <p>{t('triage.accessFlagsNone')}</p>
      ) : (
        <table className="table" data-testid="access-flags">
          <thead>
            <tr>
              <th>{t('triage.flagWhen')}</th>
              <th>{t('triage.flagWho')}</th>
              <th>{t('triage.flagCount')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {flags.map((flag) => (
              <tr key={flag.id}>
                <td>{format.dateTime(flag.at)}</td>
                <td>
                  {flag.staffName ?? flag.staffId}
                  {flag.staffRole && ` (${enumLabel(t, 'StaffRole', flag.staffRole)})`}
                </td>
                <td>{t('triage.flagCountValue', { count: flag.distinctTips, minutes: flag.minutes })}</td>
                <td>
                  <Link href={`/console/audit?actorId=${encodeURIComponent(flag.staffId)}&action=tip.viewed`}>{t('triage.flagActivity')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
