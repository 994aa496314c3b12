import Link from 'next/link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { findDuplicates } from '@/lib/dedup/find-duplicates';
import { isAppError } from '@/lib/errors';
import { enumLabel } from '@/lib/i18n/enums';
import { isLocale, LOCALE_NAMES } from '@/lib/i18n/locales';
import { listQuestions } from '@/lib/questions/list-questions';
import { listAssignees } from '@/lib/triage/assign-tip';
import { listCaseChoices } from '@/lib/triage/list-case-choices';
import { isTriageOverdue, triageDueSettings } from '@/lib/triage/triage-due';
import { viewTip } from '@/lib/triage/view-tip';
import { ActionError, readOutcome } from '@/lib/ui/console/outcome';
import { getTranslator } from '@/lib/ui/locale';
import styles from '@/lib/ui/triage/triage.module.css';
import { CaseSection } from './sections/case-section';
import { DescriptionSection } from './sections/description-section';
import { DuplicatesSection } from './sections/duplicates-section';
import { MessagesSection } from './sections/messages-section';
import { NotesSection } from './sections/notes-section';
import { PhotosSection } from './sections/photos-section';
import { PlaceSection } from './sections/place-section';
import { TriageSection } from './sections/triage-section';
import { TimeZoneNote } from '@/lib/ui/console/time-zone-note';

type Query = Record<string, string | string[] | undefined>;

async function viewOrNotFound(...args: Parameters<typeof viewTip>) {
  try {
    return await viewTip(...args);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function TipPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const actor = await requirePageActor('/console/tips/[id]');
  const [{ locale, t }, { id }, query] = await Promise.all([getTranslator(), params, searchParams]);
  const tip = await viewOrNotFound(actor, id);
  const mayTriage = can(actor, 'tips.triage');
  const mayMessage = can(actor, 'tips.message');
  const mayJoinCase = tip.nextMoves.some((next) => next.move === 'link');
  const [duplicates, assignees, cases, questions] = await Promise.all([
    findDuplicates(actor, { tipId: tip.id }),
    mayTriage ? listAssignees(actor, { provinceCode: tip.provinceCode }) : Promise.resolve([]),
    mayJoinCase ? listCaseChoices(actor) : Promise.resolve([]),
    mayMessage ? listQuestions(db, { activeOnly: true }) : Promise.resolve([]),
  ]);
  const overdue = isTriageOverdue(tip, new Date(), triageDueSettings());
  const languageName = isLocale(tip.language) ? LOCALE_NAMES[tip.language] : tip.language;
  const outcome = readOutcome(query, locale);
  const section = { tip, locale, t };

  return (
    <>
      <p>
        <Link href="/console/tips">{t('triage.back')}</Link>
      </p>
      <h1>{t('triage.detailTitle', { code: tip.ref })}</h1>
      <TimeZoneNote t={t} />
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

      <DescriptionSection {...section} languageName={languageName} />
      <PlaceSection {...section} />
      <PhotosSection {...section} />
      <DuplicatesSection {...section} duplicates={duplicates} mayTriage={mayTriage} />
      {mayTriage && <TriageSection {...section} assignees={assignees} />}
      <CaseSection {...section} mayJoinCase={mayJoinCase} cases={cases} />
      <MessagesSection {...section} languageName={languageName} mayMessage={mayMessage} questions={questions} />
      <NotesSection {...section} mayTriage={mayTriage} />
    </>
  );
}
