import { describe, expect, it } from 'vitest';
import { isOutcomeParam, outcomeOf, readOutcomeKeys, withOutcome } from '@/lib/http/outcome';
import { translator } from '@/lib/i18n/translate';
import { readOutcome } from '@/lib/ui/console/outcome';

/** What a page's searchParams hold after the redirect. */
const queryOf = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('a console action outcome in the address', () => {
  it('carries a notice key, not its text, and keeps the path\'s own query', () => {
    const url = withOutcome('/console/rewards/payout?reward=r1&notice=old', { notice: 'rewards.done.paid' }, { on: 'pay', anchor: 'top' });
    expect(url).toBe('/console/rewards/payout?reward=r1&notice=rewards.done.paid&on=pay#top');
    expect(readOutcomeKeys(queryOf(url))).toEqual({ notice: 'rewards.done.paid', fields: {} });
  });

  it('carries a refusal and its field errors as keys, and reads them back', () => {
    const result = { ok: false as const, error: 'BAD_REQUEST', messageKey: 'errors.BAD_REQUEST', fields: { raidedOn: 'cases.errors.raidDate', 'location.lat': 'intake.errors.lat' } };
    const outcome = outcomeOf(result, 'cases.done_raid');
    expect(outcome).toEqual({ error: 'errors.BAD_REQUEST', fields: result.fields });
    const url = withOutcome('/console/cases/c1', outcome, { on: 'raid' });
    expect(url).not.toMatch(/%20|\+/);
    expect(readOutcomeKeys(queryOf(url))).toEqual({ error: 'errors.BAD_REQUEST', fields: result.fields });
    expect(outcomeOf({ ok: true, data: undefined }, 'cases.done_raid')).toEqual({ notice: 'cases.done_raid' });
  });

  it('translates on the page, the first field standing for the refusal where fields are not shown', () => {
    const t = translator('km');
    const page = readOutcome(queryOf(withOutcome('/p', { error: 'errors.BAD_REQUEST', fields: { body: 'errors.CONFLICT' } })), 'km');
    expect(page).toEqual({ error: t('errors.BAD_REQUEST'), summary: t('errors.CONFLICT'), fields: { body: t('errors.CONFLICT') } });
    expect(readOutcome(queryOf(withOutcome('/p', { notice: 'alerts.saved' })), 'km').notice).toEqual({ key: 'alerts.saved', text: t('alerts.saved') });
  });

  it('shows nothing of a crafted link but our own messages', () => {
    const t = translator('en');
    const crafted = { notice: 'Call +855 now', error: 'Your account is compromised', 'field.body': 'call.now' };
    expect(readOutcome(crafted, 'en')).toEqual({ error: t('errors.BAD_REQUEST'), summary: t('errors.BAD_REQUEST'), fields: { body: t('errors.BAD_REQUEST') } });
    expect(readOutcome({ notice: 'not.a_key' }, 'en')).toEqual({ fields: {} });
  });

  it('names its own parameters, so forms copying a page\'s query leave them out', () => {
    expect(['notice', 'error', 'on', 'field.body'].every(isOutcomeParam)).toBe(true);
    expect(['status', 'q', 'after'].some(isOutcomeParam)).toBe(false);
  });
});
