import Link from 'next/link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { findDuplicates } from '@/lib/dedup/find-duplicates';
import { borderStatus } from '@/lib/geo/cambodia';
import { DuplicatesPanel } from '@/lib/ui/dedup/duplicates-panel';
import { isAppError } from '@/lib/errors';
import { isLocale, LOCALE_NAMES } from '@/lib/i18n/locales';
import { listAssignees } from '@/lib/triage/assign-tip';
import { listCaseChoices } from '@/lib/triage/list-case-choices';
import { PRIORITIES } from '@/lib/triage/set-tip-priority';
import { isTriageOverdue, triageDueSettings } from '@/lib/triage/triage-due';
import { viewTip } from '@/lib/triage/view-tip';
import { getTranslator } from '@/lib/ui/locale';
import { districtName, provinceName } from '@/lib/ui/place-names';
import { MapView } from '@/lib/ui/map/map-view';
import styles from '@/lib/ui/triage/triage.module.css';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import {
  addTipNoteAction,
  assignTipAction,
  changeTipStatusAction,
  messageTipsterAction,
  mergeIntoCaseAction,
  notDuplicateAction,
  openCaseAction,
  setTipPriorityAction,
} from './actions';
import { askQuestionsAction, sendReplyTemplateAction } from './mailbox-actions';
import { listQuestions } from '@/lib/questions/list-questions';
import { MailboxForms } from '@/lib/ui/triage/mailbox-forms';
import { MailboxMessageBody } from '@/lib/ui/triage/mailbox-message';
import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';
import { AssigneeSelect, CaseSelect } from '@/lib/ui/console/pick-selects';

type Query = Record<string, string | string[] | undefined>;

async function viewOrNotFound(...args: Parameters<typeof viewTip>) {
  try {
    return await viewTip(...args);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

function Hidden({ tipId }: { tipId: string }) {
  return <input type="hidden" name="tipId" value={tipId} />;
}

export default async function TipPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/tips/[id]');
  const [{ locale, t }, { id }, query] = await Promise.all([getTranslator(), params, searchParams]);
  const format = formatters(locale);
  const tip = await viewOrNotFound(actor, id);
  const mayTriage = can(actor, 'tips.triage');
  const mayJoinCase = tip.nextMoves.some((next) => next.move === 'link');
  const [duplicates, assignees, cases, questions] = await Promise.all([
    findDuplicates(actor, { tipId: tip.id }),
    mayTriage ? listAssignees(actor, { provinceCode: tip.provinceCode }) : Promise.resolve([]),
    mayJoinCase ? listCaseChoices(actor) : Promise.resolve([]),
    can(actor, 'tips.message') ? listQuestions(db, { activeOnly: true }) : Promise.resolve([]),
  ]);
  // A point accepted by the border margin (docs/decisions/0110-border-margin.md) is marked.
  const border = borderStatus(tip.lat, tip.lng);
  const overdue = isTriageOverdue(tip, new Date(), triageDueSettings());
  const targets = tip.nextMoves.filter((next) => next.manual).map((next) => next.to);
  const tipPhotos = tip.attachments.filter((attachment) => !attachment.messageId);
  const languageName = isLocale(tip.language) ? LOCALE_NAMES[tip.language] : tip.language;
  const outcome = readOutcome(query, locale);

  return (
    <>
      <p>
        <Link href="/console/tips">{t('triage.back')}</Link>
      </p>
      <h1>{t('triage.detailTitle', { code: tip.ref })}</h1>
      <p className={styles.badges}>
        {tip.urgent && <span className={`${styles.badge} ${styles.urgent}`}>{t('triage.urgent')}</span>}
        {overdue && <span className={`${styles.badge} ${styles.overdue}`}>{t('triage.overdue')}</span>}
        <span className={styles.badge} data-testid="tip-status">{enumLabel(t, 'TipStatus', tip.status)}</span>
        <span className={styles.badge}>{enumLabel(t, 'Priority', tip.priority)}</span>
        <span className={styles.badge}>{enumLabel(t, 'TipCategory', tip.category)}</span>
        {tip.wantsReward && <span className={styles.badge}>{t('triage.reward')}</span>}
        {!tip.powVerified && <span className={styles.badge}>{t('triage.noPowShort')}</span>}
      </p>
      {outcome.notice && (
        <p className="notice" role="status" data-testid="tip-done">
          {/* A case just opened or joined: name it and link to it, the officer's next stop. */}
          {(outcome.notice.key === 'triage.done_caseOpened' || outcome.notice.key === 'triage.done_merged') && tip.case ? (
            <Link href={`/console/cases/${tip.case.id}`} prefetch={false}>
              {outcome.notice.key === 'triage.done_caseOpened' ? t('triage.caseOpenedLink', { reference: tip.case.reference }) : `${outcome.notice.text} ${tip.case.reference}`}
            </Link>
          ) : (
            outcome.notice.text
          )}
        </p>
      )}
      <ActionError message={outcome.summary} />

      <section className="card" aria-labelledby="description-title">
        <h2 id="description-title">{t('triage.description')}</h2>
        <p className={styles.description} lang={tip.language} dir="auto" data-testid="tip-description">
          {tip.description}
        </p>
        <dl className={styles.facts}>
          <dt>{t('triage.received')}</dt>
          <dd>{format.dateTime(tip.receivedAt)}</dd>
          {tip.triagedAt && (
            <>
              <dt>{t('triage.triagedAt')}</dt>
              <dd>{format.dateTime(tip.triagedAt)}</dd>
            </>
          )}
          {(tip.observedOn || tip.observedTime) && (
            <>
              <dt>{t('triage.observed')}</dt>
              {/* A time of day without a date is still what the tipster saw: show it alone. */}
              <dd data-testid="tip-observed">
                {[tip.observedOn && format.day(tip.observedOn), tip.observedTime && enumLabel(t, 'TimeOfDay', tip.observedTime)].filter(Boolean).join(', ')}
              </dd>
            </>
          )}
          <dt>{t('triage.language')}</dt>
          <dd>{languageName}</dd>
          <dt>{t('triage.indicators')}</dt>
          <dd>{tip.indicators.length ? tip.indicators.map((flag) => t(`triage.flag_${flag}`)).join(' · ') : t('triage.noIndicators')}</dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="place-title">
        <h2 id="place-title">{t('triage.place')}</h2>
        <div className={styles.columns}>
          <dl className={styles.facts}>
            <dt>{t('triage.province')}</dt>
            <dd>{provinceName(tip.provinceCode, locale) ?? t('triage.unknownPlace')}</dd>
            {tip.districtCode && (
              <>
                <dt>{t('triage.district')}</dt>
                <dd>{districtName(tip.districtCode, locale)}</dd>
              </>
            )}
            <dt>{t('triage.coordinates')}</dt>
            <dd>
              {tip.lat.toFixed(5)}, {tip.lng.toFixed(5)}
              {border.status === 'beyond' || border.status === 'near' ? (
                <span className={styles.badge} data-testid="border-note">
                  {' '}
                  {t(`dedup.border_${border.status}`, { km: (border.metres / 1000).toFixed(1) })}
                </span>
              ) : null}
            </dd>
            {tip.accuracyM !== null && (
              <>
                <dt>{t('triage.accuracy')}</dt>
                <dd>{t('triage.accuracyValue', { metres: tip.accuracyM })}</dd>
              </>
            )}
            <dt>{t('triage.source')}</dt>
            <dd>{enumLabel(t, 'LocationSource', tip.locationSource)}</dd>
            {tip.landmark && (
              <>
                <dt>{t('triage.landmark')}</dt>
                <dd lang={tip.language} dir="auto">
                  {tip.landmark}
                </dd>
              </>
            )}
          </dl>
          <div data-testid="tip-map">
            <MapView
              label={t('triage.mapLabel')}
              zoomInLabel={t('triage.zoomIn')}
              zoomOutLabel={t('triage.zoomOut')}
              pins={[{ lat: tip.lat, lng: tip.lng, label: tip.ref }]}
              tileUrl={env().MAP_TILE_URL}
            />
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="photos-title">
        <h2 id="photos-title">{t('triage.photosTitle')}</h2>
        {tipPhotos.length === 0 ? (
          <p>{t('triage.noPhotos')}</p>
        ) : (
          <div className={styles.photos}>
            {tipPhotos.map((photo, index) => (
              <figure key={photo.id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- photos are sanitised blobs behind the console's own auth; next/image would re-fetch and cache them */}
                <img src={`/console/tips/${tip.id}/photos/${photo.id}`} alt={t('triage.photoAlt', { n: index + 1 })} width={photo.width} height={photo.height} loading="lazy" />
                <figcaption>{t('triage.photoHash', { hash: photo.sha256 })}</figcaption>
              </figure>
            ))}
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="duplicates-title">
        <h2 id="duplicates-title">{t('dedup.title')}</h2>
        <DuplicatesPanel
          candidates={duplicates}
          locale={locale}
          t={t}
          dismiss={
            mayTriage
              ? (candidate) => (
                  <form action={notDuplicateAction}>
                    <Hidden tipId={tip.id} />
                    <input type="hidden" name="otherTipId" value={candidate.tipId} />
                    <button className="button button--secondary button--small" type="submit">
                      {t('dedup.notDuplicate')}
                    </button>
                  </form>
                )
              : undefined
          }
        />
      </section>

      {mayTriage && (
        <section className="card" aria-labelledby="triage-title">
          <h2 id="triage-title">{t('triage.statusTitle')}</h2>
          {targets.length === 0 ? (
            <p>{t('triage.noTransitions')}</p>
          ) : (
            <form action={changeTipStatusAction} className={styles.inline}>
              <Hidden tipId={tip.id} />
              <div className={`form-field ${styles.grow}`}>
                <label htmlFor="status">{t('triage.changeStatus')}</label>
                <select id="status" name="status">
                  {targets.map((status) => (
                    <option key={status} value={status}>
                      {enumLabel(t, 'TipStatus', status)}
                    </option>
                  ))}
                </select>
              </div>
              <button className="button button--small" type="submit">
                {t('triage.save')}
              </button>
            </form>
          )}
          <form action={setTipPriorityAction} className={styles.inline}>
            <Hidden tipId={tip.id} />
            <div className={`form-field ${styles.grow}`}>
              <label htmlFor="priority">{t('triage.priority')}</label>
              <select id="priority" name="priority" defaultValue={tip.priority}>
                {PRIORITIES.map((priority) => (
                  <option key={priority} value={priority}>
                    {enumLabel(t, 'Priority', priority)}
                  </option>
                ))}
              </select>
            </div>
            <button className="button button--small" type="submit">
              {t('triage.save')}
            </button>
          </form>
          <form action={assignTipAction} className={styles.inline}>
            <Hidden tipId={tip.id} />
            <AssigneeSelect t={t} id="assigneeId" name="assigneeId" label={t('triage.assignTitle')} className={styles.grow} nobody={t('triage.nobody')} assignees={assignees} defaultValue={tip.assignedTo?.id} />
            <button className="button button--small" type="submit">
              {t('triage.save')}
            </button>
          </form>
        </section>
      )}

      <section className="card" aria-labelledby="case-title">
        <h2 id="case-title">{t('triage.caseTitle')}</h2>
        {tip.case && <p>{t('triage.inCase', { reference: tip.case.reference, title: tip.case.title })}</p>}
        {mayJoinCase && (
          <>
            {cases.length === 0 ? (
              <p>{t('triage.noCases')}</p>
            ) : (
              <form action={mergeIntoCaseAction} className={styles.inline}>
                <Hidden tipId={tip.id} />
                <CaseSelect id="caseId" name="caseId" label={t('triage.mergeInto')} className={styles.grow} cases={cases} />
                <button className="button button--small" type="submit">
                  {t('triage.merge')}
                </button>
              </form>
            )}
            <form action={openCaseAction} className={styles.inline}>
              <Hidden tipId={tip.id} />
              <div className={`form-field ${styles.grow}`}>
                <label htmlFor="title">{t('triage.caseTitleLabel')}</label>
                <input id="title" name="title" required maxLength={200} />
              </div>
              <button className="button button--small" type="submit">
                {t('triage.open')}
              </button>
            </form>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="messages-title">
        <h2 id="messages-title">{t('triage.messagesTitle')}</h2>
        {tip.messages.length === 0 ? (
          <p>{t('triage.noMessages')}</p>
        ) : (
          tip.messages.map((message) => (
            <div key={message.id} className={`${styles.message} ${message.direction === 'TO_TIPSTER' ? styles.messageOut : ''}`} data-testid="message">
              <div className={styles.meta}>
                {message.direction === 'TO_TIPSTER' ? t('triage.toTipster', { name: message.author?.name ?? '' }) : t('triage.fromTipster')} · {format.dateTime(message.createdAt)}
                {message.attachments.length > 0 && ` · ${t('triage.photos', { count: message.attachments.length })}`}
              </div>
              <MailboxMessageBody message={message} locale={locale} t={t} tipLanguage={tip.language} tipLanguageName={languageName} />
              {message.attachments.map((photo, index) => (
                <a key={photo.id} href={`/console/tips/${tip.id}/photos/${photo.id}`}>
                  {t('triage.photoAlt', { n: index + 1 })}
                </a>
              ))}
            </div>
          ))
        )}
        {can(actor, 'tips.message') && (
          <MailboxForms tipId={tip.id} questions={questions} locale={locale} t={t} languageName={languageName} askAction={askQuestionsAction} templateAction={sendReplyTemplateAction} />
        )}
        {can(actor, 'tips.message') && (
          <form action={messageTipsterAction}>
            <Hidden tipId={tip.id} />
            <div className="form-field">
              <label htmlFor="message-body">{t('triage.messageLabel')}</label>
              <textarea id="message-body" name="body" rows={4} maxLength={2000} required aria-describedby="message-hint" dir="auto" />
              <span id="message-hint" className="form-field__hint">
                {t('triage.messageHint', { language: languageName })}
              </span>
            </div>
            <button className="button button--small" type="submit">
              {t('triage.send')}
            </button>
          </form>
        )}
      </section>

      <section className="card" aria-labelledby="notes-title">
        <h2 id="notes-title">{t('triage.notesTitle')}</h2>
        {tip.notes.length === 0 ? (
          <p>{t('triage.noNotes')}</p>
        ) : (
          tip.notes.map((note) => (
            <div key={note.id} className={styles.message} data-testid="note">
              <div className={styles.meta}>
                {note.author.name} · {format.dateTime(note.createdAt)}
              </div>
              <div dir="auto">{note.body}</div>
            </div>
          ))
        )}
        {mayTriage && (
          <form action={addTipNoteAction}>
            <Hidden tipId={tip.id} />
            <div className="form-field">
              <label htmlFor="note-body">{t('triage.noteLabel')}</label>
              <textarea id="note-body" name="body" rows={3} maxLength={5000} required dir="auto" />
            </div>
            <button className="button button--small" type="submit">
              {t('triage.addNote')}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
