import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { payVoucher, VOUCHER_GUESSES_PER_HOUR } from '@/lib/rewards/pay-voucher';
import { makeStaff } from '../../helpers/factories';
import { fund, issuedVoucher, makePolicy } from '../../helpers/factories-rewards';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const unknownVoucher = () => Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

async function fundedVoucher(): Promise<{ rewardId: string; code: string }> {
  await makePolicy();
  await fund(500_000n);
  return issuedVoucher();
}

const refusals = async (actorId: string) =>
  db.auditEvent.findMany({ where: { actorId, action: 'reward.voucher_refused' }, orderBy: { id: 'asc' }, select: { detail: true, targetType: true, targetId: true } });

describe('voucher guesses at the payout desk', () => {
  it('audits every unknown code, then refuses that administrator every code for the hour; another desk still pays', async () => {
    const { rewardId, code } = await fundedVoucher();
    const [guesser, colleague] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const tried: string[] = [];
    for (let attempt = 0; attempt < VOUCHER_GUESSES_PER_HOUR; attempt++) {
      const guess = unknownVoucher();
      tried.push(guess);
      await expect(payVoucher(guesser.actor, { code: guess, method: 'CASH_OFFICE', reference: 'RCPT-1' })).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'rewards.errors.voucherUnknown' });
    }
    // Throttled: even a real code is refused to this administrator, changes nothing, and is audited.
    await expect(payVoucher(guesser.actor, { code, method: 'CASH_OFFICE', reference: 'RCPT-2' })).rejects.toMatchObject({ status: 429, messageKey: 'rewards.errors.voucherThrottled' });
    expect((await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).state).toBe('VOUCHER_ISSUED');

    const events = await refusals(guesser.id);
    expect(events.map((event) => (event.detail as { reason: string }).reason)).toEqual([...Array(VOUCHER_GUESSES_PER_HOUR).fill('unknown'), 'throttled']);
    expect(events.every((event) => event.targetType === 'staff' && event.targetId === guesser.id)).toBe(true);
    // No code, right or wrong, is kept in the log.
    const logged = JSON.stringify(events);
    for (const guess of [...tried, code.replace(/-/g, '')]) expect(logged).not.toContain(guess);

    expect(await payVoucher(colleague.actor, { code, method: 'CASH_OFFICE', reference: 'RCPT-3' })).toMatchObject({ outcome: 'PAID', rewardId });
  });

  it('a burst of guesses sent at once gets no more than the hour allows checked', async () => {
    const guesser = await makeStaff('REWARDS_ADMIN');
    const burst = VOUCHER_GUESSES_PER_HOUR + 8;
    const results = await Promise.allSettled(Array.from({ length: burst }, () => payVoucher(guesser.actor, { code: unknownVoucher(), method: 'BANK', reference: 'ACLEDA-9' })));
    const keys = results.map((result) => (result.status === 'rejected' ? (result.reason as { messageKey: string }).messageKey : 'paid'));
    expect(keys.filter((key) => key === 'rewards.errors.voucherUnknown')).toHaveLength(VOUCHER_GUESSES_PER_HOUR);
    expect(keys.filter((key) => key === 'rewards.errors.voucherThrottled')).toHaveLength(burst - VOUCHER_GUESSES_PER_HOUR);
    expect(await refusals(guesser.id)).toHaveLength(burst);
  });
});
