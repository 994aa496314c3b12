import { formatters } from '@/lib/i18n/format';
import { isRedactedNote } from '@/lib/retention/redacted';
import styles from '@/lib/ui/triage/triage.module.css';
import { addTipNoteAction } from '../actions';
import { TipForm } from '@/lib/ui/triage/tip-form';
import type { TipSectionProps } from './props';

export function NotesSection({ tip, locale, t, mayTriage }: TipSectionProps & { mayTriage: boolean }) {
  const format = formatters(locale);
  return (
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
            {isRedactedNote(note) ? (
              <div className={styles.redacted} data-testid="note-redacted">
                {t('triage.noteRedacted')}
              </div>
            ) : (
              <div dir="auto">{note.body}</div>
            )}
          </div>
        ))
      )}
      {mayTriage && (
        <TipForm action={addTipNoteAction} tipId={tip.id} submit={t('triage.addNote')}>
          <div className="form-field">
            <label htmlFor="note-body">{t('triage.noteLabel')}</label>
            <textarea id="note-body" name="body" rows={3} maxLength={5000} required dir="auto" />
          </div>
        </TipForm>
      )}
    </section>
  );
}
