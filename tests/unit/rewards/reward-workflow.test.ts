import { describe, expect, it } from 'vitest';
import type { RewardState } from '@/lib/db/generated/enums';
import { nextRewardState, REWARD_TRANSITIONS, type RewardEvent } from '@/lib/rewards/reward-workflow';

const STATES: RewardState[] = ['PROPOSED', 'APPROVED', 'REJECTED', 'VOUCHER_ISSUED', 'PAID', 'EXPIRED', 'CANCELLED'];

// The whole table: [from, event] -> to, every other pair refused.
const ALLOWED: Record<string, RewardState> = {
  'PROPOSED approve': 'APPROVED',
  'PROPOSED issueVoucher': 'VOUCHER_ISSUED',
  'APPROVED issueVoucher': 'VOUCHER_ISSUED',
  'PROPOSED reject': 'REJECTED',
  'APPROVED reject': 'REJECTED',
  'VOUCHER_ISSUED pay': 'PAID',
  'VOUCHER_ISSUED expire': 'EXPIRED',
  'PROPOSED cancel': 'CANCELLED',
  'APPROVED cancel': 'CANCELLED',
  'VOUCHER_ISSUED cancel': 'CANCELLED',
};

describe('reward workflow', () => {
  for (const from of STATES) {
    for (const event of Object.keys(REWARD_TRANSITIONS) as RewardEvent[]) {
      const to = ALLOWED[`${from} ${event}`];
      it(`${from} --${event}--> ${to ?? 'refused'}`, () => {
        if (to) expect(nextRewardState(from, event)).toBe(to);
        else expect(() => nextRewardState(from, event)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
      });
    }
  }

  it('has no way out of PAID, REJECTED, EXPIRED or CANCELLED', () => {
    for (const terminal of ['PAID', 'REJECTED', 'EXPIRED', 'CANCELLED'] as RewardState[]) {
      expect(Object.values(REWARD_TRANSITIONS).some((transition) => (transition.from as readonly RewardState[]).includes(terminal))).toBe(false);
    }
  });
});
