import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { listCaseAssignees } from '@/lib/cases/assign-case';
import { getCase } from '@/lib/cases/get-case';
import { tipPrecedesRaid } from '@/lib/raids/positive-outcome';
import { CaseTipsMap } from '@/lib/ui/cases/case-tips-map';
import styles from '@/lib/ui/cases/cases.module.css';
import { orNotFound } from '@/lib/ui/cases/page-helpers';
import { formatters } from '@/lib/i18n/format';
import { tipRef } from '@/lib/tips/staff-ref';
import { RaidForm } from '@/lib/ui/cases/raid-form';
import { getTranslator } from '@/lib/ui/locale';
import { addCaseNoteAction, assignCaseAction, changeCaseStatusAction, mergeCasesAction, recordRaidAction } from '../actions';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { readSentValues } from '@/lib/http/sent-values';
import { provinceName } from '@/lib/ui/place-names';
import { enumLabel } from '@/lib/i18n/enums';
import { AssigneeSelect } from '@/lib/ui/console/pick-selects';

type Query = Record<string, string | string[] | undefined>;

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/cases/[id]');
  const [{ locale, t }, { id }, query] = await Promise.all([getTranslator(), params, searchParams]);
  const detail = await orNotFound(getCase(actor, id));
  const assignees = detail.mayEdit ? await listCaseAssignees(actor, { provinceCode: detail.provinceCode }) : [];
  const [outcome, sent] = [readOutcome(query, locale), await readSentValues(query)];
  const province = provinceName(detail.provinceCode, locale) ?? '';
  const format = formatters(locale);
  const caseIdField = <input type="hidden" name="caseId" value={detail.id} />;
  const offers = (move: string) => detail.nextMoves.some((next) => next.move === move);
  const statusChanges = detail.nextMoves.filter((next) => next.manual).map((next) => next.to);
  // The reward rule's own test (tipPrecedesRaid), over the tips this page shows; with tips hidden
  // from the actor it cannot tell, and keeps the general label.
  const raidOutcomeKey = (raid: { positiveOutcome: boolean; raidedOn: Date }) =>
    !raid.positiveOutcome
      ? 'cases.noPositiveOutcome'
      : detail.hiddenTipCount === 0 && !detail.tips.some((tip) => tipPrecedesRaid(tip, raid))
        ? 'cases.positiveOutcomeNoTipBefore'
        : 'cases.positiveOutcome';

  return (
    <>
      <h1>
        {detail.reference}: {detail.title}
      </h1>
      <p>
        <span className={detail.status === 'RAIDED' ? `${styles.badge} ${styles.badgeRaided}` : styles.badge} data-testid="case-status">
          {enumLabel(t, 'CaseStatus', detail.status)}
        </span>{' '}
        {province} · {t('cases.tipCount', { count: detail.tips.length + detail.hiddenTipCount })} · {t('cases.assignee')}: {detail.assignee?.name ?? t('cases.unassigned')}
      </p>
      {can(actor, 'cases.export') && (
        <p>
          <a className="button button--secondary button--small" href={`/console/cases/${detail.id}/export`} download data-testid="export-case-file">
            {t('cases.exportCaseFile')}
          </a>{' '}
          <small>{t('cases.exportCaseFileHint')}</small>
        </p>
      )}
      {detail.mergedInto && (
        <p className="notice">
          <Link prefetch={false} href={`/console/cases/${detail.mergedInto.id}`}>{t('cases.mergedReadOnly', { reference: detail.mergedInto.reference })}</Link>
        </p>
      )}
      {outcome.notice && (
        <p className={outcome.notice.key === 'cases.done_raidNoTipBefore' ? 'notice notice--warning' : 'notice'} role="status" data-testid="case-done">
          {outcome.notice.text}
          {outcome.notice.key.startsWith('cases.done_raid') && (
            <>
              {' '}
              <a href="#raids">{t('cases.seeRaids')}</a>
            </>
          )}
        </p>
      )}
      <ActionError message={outcome.error} />

      <section className="card" aria-labelledby="tips-title">
        <h2 id="tips-title">{t('cases.tips')}</h2>
        {detail.tips.length > 0 && <CaseTipsMap tips={detail.tips} t={t} format={format} />}
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('cases.tips')}>
        <table className="table">
          <thead>
            <tr>
              <th>{t('cases.tipRef')}</th>
              <th>{t('cases.category')}</th>
              <th>{t('cases.received')}</th>
              <th>{t('cases.status')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.tips.map((tip) => (
              <tr key={tip.id} data-tip-id={tip.id}>
                <td>
                  <Link prefetch={false} href={`/console/tips/${tip.id}`} aria-label={`${t('cases.viewTip')} ${tipRef(tip.id)}`} data-testid="case-tip-ref">
                    {tipRef(tip.id)}
                  </Link>
                </td>
                <td>
                  {enumLabel(t, 'TipCategory', tip.category)}
                  {tip.isFirstInformant && (
                    <>
                      {' '}
                      <span className={`${styles.badge} ${styles.badgeFirst}`} data-testid="first-informant">
                        {t('cases.firstInformant')}
                      </span>
                    </>
                  )}
                  <br />
                  <small>
                    {[tip.urgent && t('cases.urgent'), tip.wantsReward && t('cases.wantsReward'), tip.photoCount > 0 && t('cases.photos', { count: tip.photoCount })].filter(Boolean).join(' · ')}
                  </small>
                </td>
                <td>{format.date(tip.receivedAt)}</td>
                <td>{enumLabel(t, 'TipStatus', tip.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        {detail.mergedFrom.length > 0 && (
          <p>
            {t('cases.mergedFrom')}{' '}
            {detail.mergedFrom.map((merged) => (
              <Link key={merged.id} prefetch={false} href={`/console/cases/${merged.id}`}>
                {merged.reference}{' '}
              </Link>
            ))}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="status-title" id="status">
        <h2 id="status-title">{t('cases.statusTitle')}</h2>
        {statusChanges.length === 0 ? (
          <p>{t('cases.noStatusChange')}</p>
        ) : (
          <div className={styles.inlineForms}>
            {statusChanges.map((status) => (
              <form key={status} action={changeCaseStatusAction}>
                {caseIdField}
                <input type="hidden" name="status" value={status} />
                <button className="button button--secondary button--small" type="submit">
                  {t('cases.moveTo', { status: enumLabel(t, 'CaseStatus', status) })}
                </button>
              </form>
            ))}
          </div>
        )}
      </section>

      {detail.mayEdit && (
        <section className="card" aria-labelledby="assignment-title" id="assignment">
          <h2 id="assignment-title">{t('cases.assignTitle')}</h2>
          <form action={assignCaseAction}>
            {caseIdField}
            <AssigneeSelect t={t} id="assigneeId" name="assigneeId" label={t('cases.assignee')} nobody={t('cases.unassigned')} assignees={assignees} defaultValue={detail.assignee?.id} />
            <button className="button button--small" type="submit">
              {t('cases.assign')}
            </button>
          </form>
        </section>
      )}

      <section className="card" aria-labelledby="notes-title" id="notes">
        <h2 id="notes-title">{t('cases.notesTitle')}</h2>
        {detail.notes.length === 0 ? (
          <p>{t('cases.noNotes')}</p>
        ) : (
          <ul>
            {detail.notes.map((note) => (
              <li key={note.id}>
                <small>
                  {note.authorName}, {note.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                </small>
                <br />
                {note.body}
              </li>
            ))}
          </ul>
        )}
        {detail.mayEdit && (
          <form action={addCaseNoteAction}>
            {caseIdField}
            <div className="form-field">
              <label htmlFor="note-body">{t('cases.noteLabel')}</label>
              <textarea id="note-body" name="body" rows={3} required maxLength={4000} />
            </div>
            <button className="button button--small" type="submit">
              {t('cases.addNote')}
            </button>
          </form>
        )}
      </section>

      {offers('takeMerged') && (
        <section className="card" aria-labelledby="merge-title" id="merge">
          <h2 id="merge-title">{t('cases.mergeTitle')}</h2>
          <p className="form-field__hint">{t('cases.mergeHint')}</p>
          <form action={mergeCasesAction}>
            {caseIdField}
            <div className="form-field">
              <label htmlFor="sourceReference">{t('cases.mergeSource')}</label>
              <input id="sourceReference" name="sourceReference" required pattern="[Cc]-\d{4}-\d{6}" placeholder="C-2026-000000" />
            </div>
            <button className="button button--secondary button--small" type="submit">
              {t('cases.merge')}
            </button>
          </form>
        </section>
      )}

      <section className="card" aria-labelledby="raids-title" id="raids">
        <h2 id="raids-title">{t('cases.raidsTitle')}</h2>
        {detail.raids.length === 0 ? (
          <p>{t('cases.noRaids')}</p>
        ) : (
          detail.raids.map((raid) => (
            <article key={raid.id} data-testid="raid">
              <h3>
                {format.day(raid.raidedOn)}: {raid.unit}
              </h3>
              <p>{raid.place}</p>
              <ul className={styles.outcome}>
                <li>
                  {t('cases.suspectsArrested')}: {raid.suspectsArrested}
                </li>
                <li>
                  {t('cases.victimsRescued')}: {raid.victimsRescued}
                </li>
                <li>
                  {t('cases.foreignNationalsDetained')}: {raid.foreignNationalsDetained}
                </li>
                <li>
                  {t('cases.computersSeized')}: {raid.computersSeized}
                </li>
                <li>
                  {t('cases.phonesSeized')}: {raid.phonesSeized}
                </li>
                <li>
                  {t('cases.compoundClosed')}: {raid.compoundClosed ? t('cases.yes') : t('cases.no')}
                </li>
              </ul>
              <p>
                <strong data-testid="raid-outcome">{t(raidOutcomeKey(raid))}</strong>
                <br />
                <small>{t('cases.recordedBy', { name: raid.recordedByName })}</small>
              </p>
              {raid.notes && <p>{raid.notes}</p>}
            </article>
          ))
        )}
      </section>

      {offers('recordRaid') ? (
        <section className="card" aria-labelledby="record-raid-title" id="record-raid">
          <h2 id="record-raid-title">{t('cases.recordRaidTitle')}</h2>
          <RaidForm caseId={detail.id} action={recordRaidAction} t={t} fields={outcome.fields} sent={sent} />
        </section>
      ) : (
        // Where the form would be, why it is not (the workflow wants the case taken up first).
        detail.blocked.recordRaid && (
          <section className="card" aria-labelledby="record-raid-title" id="record-raid">
            <h2 id="record-raid-title">{t('cases.recordRaidTitle')}</h2>
            <p data-testid="raid-needs-investigating">{t(detail.blocked.recordRaid)}</p>
            {statusChanges.length > 0 && <a href="#status">{t('cases.raidStatusLink')}</a>}
          </section>
        )
      )}
    </>
  );
}
