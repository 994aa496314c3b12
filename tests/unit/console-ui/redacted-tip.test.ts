import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DescriptionSection } from '@/app/console/tips/[id]/sections/description-section';
import { NotesSection } from '@/app/console/tips/[id]/sections/notes-section';
import { translator } from '@/lib/i18n/translate';
import type { TipDetail } from '@/lib/triage/view-tip';

// Only what the two sections read of a tip.
const tipWith = (description: string, notes: { body: string }[]) =>
  ({
    description,
    language: 'km',
    receivedAt: new Date('2026-05-01T00:00:00Z'),
    triagedAt: null,
    observedOn: null,
    observedTime: null,
    indicators: [],
    notes: notes.map((note, index) => ({ id: `n${index}`, body: note.body, createdAt: new Date('2026-05-02T00:00:00Z'), author: { name: 'Officer Dara' } })),
  }) as unknown as TipDetail;

describe('a tip blanked by retention, in the console (decision 0203)', () => {
  it('says that retention removed the text and a note, in the officer’s language, and keeps who wrote the note', () => {
    const tip = tipWith('', [{ body: '' }, { body: 'Checked with the commune police.' }]);
    const description = renderToStaticMarkup(createElement(DescriptionSection, { tip, locale: 'km', t: translator('km'), languageName: 'ខ្មែរ' }));
    expect(description).toContain('បានលុបដោយការរក្សាទុក');
    expect(description).not.toContain('data-testid="tip-description"');
    const notes = renderToStaticMarkup(createElement(NotesSection, { tip, locale: 'en', t: translator('en'), mayTriage: false }));
    expect(notes.match(/data-testid="note-redacted"/g)).toHaveLength(1);
    expect(notes).toContain('Removed by retention');
    expect(notes).toContain('Checked with the commune police.');
    expect(notes.match(/Officer Dara/g)).toHaveLength(2);
  });

  it('shows a tip and its notes as written when retention has not touched them', () => {
    const tip = tipWith('Blue casino, 9 floors', [{ body: 'Called the landlord.' }]);
    const html =
      renderToStaticMarkup(createElement(DescriptionSection, { tip, locale: 'en', t: translator('en'), languageName: 'Khmer' })) +
      renderToStaticMarkup(createElement(NotesSection, { tip, locale: 'en', t: translator('en'), mayTriage: false }));
    expect(html).toContain('Blue casino, 9 floors');
    expect(html).toContain('Called the landlord.');
    expect(html).not.toContain('Removed by retention');
  });
});
