import Link from 'next/link';
import { isUuid } from '@/lib/ids';
import { type Actor, provinceScope } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { tipRef } from '@/lib/tips/staff-ref';
import { BULK_ACTIONS, BULK_STATUS_TARGETS } from '@/lib/triage/bulk-triage';
import { PRIORITIES } from '@/lib/triage/set-tip-priority';
import { readBulkResult } from '@/lib/ui/triage/bulk-params';
import { getTranslator } from '@/lib/ui/locale';
import { bulkTriageAction } from './actions';
import { enumLabel } from '@/lib/i18n/enums';
import { lookup, translator } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/locales';


/** What a bulk action did, or, when anything was refused, which tips and why (nothing changed then). */
export default async function BulkResultPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor('/console/tips/bulk');
  const [{ locale, t }, query] = await Promise.all([getTranslator(), searchParams]);
  const result = readBulkResult(query);
  const action = (BULK_ACTIONS as readonly string[]).includes(result.action) ? result.action : null;
  const tips = await db.tip.findMany({
    where: { id: { in: [...result.ok, ...result.refused.map((entry) => entry.tipId)] }, ...provinceScope(actor) },
    select: { id: true, status: true, priority: true, assignedTo: { select: { name: true } }, case: { select: { reference: true } } },
  });
  const byId = new Map(tips.map((tip) => [tip.id, tip]));
  // What the action set, as each tip now has it: the priority for "Set priority", and so on.
  const applied = (tip: (typeof tips)[number]): string => {
    if (action === 'priority') return enumLabel(t, 'Priority', tip.priority);
    if (action === 'assign') return tip.assignedTo?.name ?? t('triage.nobody');
    if (action === 'link') return tip.case?.reference ?? enumLabel(t, 'TipStatus', tip.status);
    return enumLabel(t, 'TipStatus', tip.status);
  };
  const chosen = await chosenValue(actor, action, result.value, locale);
  const reason = (key: string) => (lookup(locale, key) ? t(key) : t('errors.BAD_REQUEST'));
  const back = `/console/tips${result.back ? `?${new URLSearchParams(result.back)}` : ''}`;
  return (
    <>
      <h1>{t('bulk.resultTitle')}</h1>
      {action && (
        <p data-testid="bulk-action">
          {t(`bulk.action_${action}`)}
          {chosen && `: ${chosen}`}
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
                {byId.get(id) && ` · ${applied(byId.get(id)!)}`}
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

/** The value the action was given, by its label: a status or a priority, a person, a case. */
async function chosenValue(actor: Actor, action: string | null, value: string, locale: Locale): Promise<string | null> {
  const t = translator(locale);
  if (action === 'status' && (BULK_STATUS_TARGETS as readonly string[]).includes(value)) return enumLabel(t, 'TipStatus', value);
  if (action === 'priority' && (PRIORITIES as readonly string[]).includes(value)) return enumLabel(t, 'Priority', value);
  if (action === 'assign') {
    if (value === '') return t('triage.nobody');
    return isUuid(value) ? ((await db.staffUser.findUnique({ where: { id: value }, select: { name: true } }))?.name ?? null) : null;
  }
  if (action === 'link' && isUuid(value)) return (await db.case.findFirst({ where: { id: value, ...provinceScope(actor) }, select: { reference: true } }))?.reference ?? null;
  return null;
}
