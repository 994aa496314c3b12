import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translate';
import { EnumSelect } from '@/lib/ui/console/pick-selects';
import { MailboxForms } from '@/lib/ui/triage/mailbox-forms';
import { TipForm } from '@/lib/ui/triage/tip-form';

const options = (html: string) => [...html.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)].map(([, value, selected, text]) => ({ value, selected: Boolean(selected), text }));
const action = async () => {};

describe('EnumSelect', () => {
  it('offers the values given, each by its one label, with the default chosen', () => {
    const html = renderToStaticMarkup(createElement(EnumSelect<'Priority'>, { t: translator('km'), id: 'priority', label: 'P', of: 'Priority', values: ['LOW', 'HIGH'], defaultValue: 'HIGH' }));
    expect(html).toContain('<label for="priority">P</label><select id="priority" name="priority">');
    expect(options(html)).toEqual([
      { value: 'LOW', selected: false, text: 'ទាប' },
      { value: 'HIGH', selected: true, text: 'ខ្ពស់' },
    ]);
  });

  it('as a filter: an empty first choice, chosen when the query names nothing or no value', () => {
    for (const defaultValue of [undefined, 'not.an_action']) {
      const html = renderToStaticMarkup(createElement(EnumSelect<'AuditAction'>, { t: translator('en'), id: 'audit-action', name: 'action', label: 'Action', of: 'AuditAction', values: ['tip.viewed', 'case.merged'], empty: 'Any action', defaultValue }));
      expect(html).toContain('name="action"');
      const [first, ...rest] = options(html);
      expect(first).toEqual({ value: '', selected: defaultValue === undefined, text: 'Any action' });
      expect(rest.map((option) => option.text)).toEqual(['Tip viewed', 'Cases merged']);
    }
  });
});

describe('tip page forms', () => {
  it('TipForm names the tip the one way the actions read it, around its fields and one button', () => {
    const html = renderToStaticMarkup(createElement(TipForm, { action, tipId: 'tip-1', submit: 'Save', inline: true }, createElement('input', { name: 'x' })));
    // (React adds a script after the form that replays a submission made before hydration.)
    expect(html).toMatch(/^<form[^>]*><input type="hidden" name="tipId" value="tip-1"\/><input name="x"\/><button class="button button--small" type="submit">Save<\/button><\/form>/);
  });

  it('the message in words is one of the mailbox forms, beside the reply templates', () => {
    const t = translator('en');
    const html = renderToStaticMarkup(createElement(MailboxForms, { tipId: 'tip-1', questions: [], locale: 'en', t, languageName: 'Khmer', messageAction: action, askAction: action, templateAction: action }));
    expect(html).toContain(`<label for="message-body">${t('triage.messageLabel')}</label>`);
    expect(html).toContain('name="body"');
    expect(html).toContain(t('triage.messageHint', { language: 'Khmer' }));
    expect(html).toContain('name="template"');
    expect(html.match(/name="tipId" value="tip-1"/g)).toHaveLength(2);
  });
});
