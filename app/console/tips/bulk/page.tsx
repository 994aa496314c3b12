import Link from 'next/link';
import { provinceScope } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { lookup } from '@/lib/i18n/translate';
import { tipRef } from '@/lib/tips/staff-ref';
import { BULK_ACTIONS } from '@/lib/triage/bulk-triage';
import { readBulkResult } from '@/lib/ui/triage/bulk-params';
import { getTranslator } from '@/lib/ui/locale';
import { bulkTriageAction } from './actions';
import { enumLabel } from '@/lib/i18n/enums';
import { PRIORITIES } from '@/lib/triage/set-tip-priority';
import { TIP_STATUSES } from '@/lib/triage/tip-workflow';

/** What a bulk action did, or, when anything was refused, which tips and why (nothing changed then). */
export default async function BulkResultPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor('/console/tips/bulk');
  const [{ locale, t }, query] = await Promise.all([getTranslator(), searchParams]);
  const result = readBulkResult(query);
  const action = (BULK_ACTIONS as readonly string[]).includes(result.action) ? result.action : null;
  const tips = await db.tip.findMany({
    where: { id: { in: [...result.ok, ...result.refused.map((entry) => entry.tipId)] }, ...provinceScope(actor) },
    select: { id: true, status: true, priority: true },
  });
  const byId = new Map(tips.map((tip) => [tip.id, tip]));
  const reason = (key: string) => (lookup(locale, key) ? t(key) : t('errors.BAD_REQUEST'));
  const back = `/console/tips${result.back ? `?${new URLSearchParams(result.back)}` : ''}`;
  // The value chosen, by its label ("Set priority to High"); other actions name it in the list below.
  const appliedValue = (kind: string, value: string) =>
    kind === 'status' && (TIP_STATUSES as readonly string[]).includes(value) ? enumLabel(t, 'TipStatus', value)
    : kind === 'priority' && (PRIORITIES as readonly string[]).includes(value) ? enumLabel(t, 'Priority', value)
    : '';
  return (
    <>
      <h1>{t('bulk.resultTitle')}</h1>
      {action && (
        <p data-testid="bulk-applied">
          {t(`bulk.action_${action}`)} {appliedValue(action, result.value)}
        </p>
      )}
      {action && (
        <p className={result.applied ? 'notice' : 'form-error'} role={result.applied ? 'status' : 'alert'} data-testid="bulk-outcome">
          {result.applied ? t('bulk.resultDone', { count: result.ok.length }) : t('bulk.resultRefused', { count: result.refused.length })}
        </p>
      )}
      {result.refused.length > 0 && (
        <section className="card" aria-labelledby="refused-title">
          <h2 id="refused-title">{t('bulk.refusedTitle')}</h2>
          <ul data-testid="bulk-refused">
            {result.refused.map((entry) => (
              <li key={entry.tipId} data-tip-id={entry.tipId}>
                <Link href={`/console/tips/${entry.tipId}`} prefetch={false}>
                  {tipRef(entry.tipId)}
                </Link>
                : {reason(entry.reason)}
              </li>
            ))}
          </ul>
          {action && result.ok.length > 0 && (
            <form action={bulkTriageAction}>
              <input type="hidden" name="action" value={action} />
              <input type="hidden" name={`value.${action}`} value={result.value} />
              {result.ok.map((id) => (
                <input key={id} type="hidden" name="tipId" value={id} />
              ))}
              <button className="button" type="submit">
                {t('bulk.retry', { count: result.ok.length })}
              </button>
            </form>
          )}
        </section>
      )}
      {result.applied && result.ok.length > 0 && (
        <section className="card" aria-labelledby="done-title">
          <h2 id="done-title">{t('bulk.doneTitle')}</h2>
          <ul data-testid="bulk-done">
            {result.ok.map((id) => (
              <li key={id} data-tip-id={id}>
                <Link href={`/console/tips/${id}`} prefetch={false}>
                  {tipRef(id)}
                </Link>
                {/* What the action changed, beside the status: a new priority is not a status. */}
                {byId.get(id) && ` · ${enumLabel(t, 'TipStatus', byId.get(id)!.status)} · ${enumLabel(t, 'Priority', byId.get(id)!.priority)}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link href={back}>{t('bulk.backToInbox')}</Link>
      </p>
    </>
  );
}
