import { describe, expect, it } from 'vitest';
import type { RewardState } from '@/lib/db/generated/enums';
import { type RewardMove, rewardWorkflow } from '@/lib/rewards/reward-workflow';

const STATES: RewardState[] = ['PROPOSED', 'APPROVED', 'REJECTED', 'VOUCHER_ISSUED', 'PAID', 'EXPIRED', 'CANCELLED'];
const { moves } = rewardWorkflow.definition;
const moveNames = Object.keys(moves) as RewardMove[];

// The whole table: [from, move] -> to, every other pair refused. 'APPROVED' for approveLarge: the supervisor's approval keeps the state.
const ALLOWED: Record<string, RewardState> = {
  'PROPOSED approve': 'APPROVED',
  'APPROVED approveLarge': 'APPROVED',
  'APPROVED issueVoucher': 'VOUCHER_ISSUED',
  'PROPOSED reject': 'REJECTED',
  'APPROVED reject': 'REJECTED',
  'APPROVED rejectLarge': 'REJECTED',
  'VOUCHER_ISSUED pay': 'PAID',
  'VOUCHER_ISSUED expire': 'EXPIRED',
  'PROPOSED cancel': 'CANCELLED',
  'APPROVED cancel': 'CANCELLED',
  'VOUCHER_ISSUED cancel': 'CANCELLED',
};

const target = (move: RewardMove, from: RewardState) => {
  const to = moves[move].to;
  return typeof to === 'function' ? from : to;
};

describe('reward workflow', () => {
  for (const from of STATES) {
    for (const move of moveNames) {
      const to = ALLOWED[`${from} ${move}`];
      it(`${from} --${move}--> ${to ?? 'refused'}`, () => {
        expect((moves[move].from as readonly RewardState[]).includes(from)).toBe(!!to);
        if (to) expect(target(move, from)).toBe(to);
      });
    }
  }

  it('has no way out of PAID, REJECTED, EXPIRED or CANCELLED', () => {
    for (const terminal of ['PAID', 'REJECTED', 'EXPIRED', 'CANCELLED'] as RewardState[]) {
      expect(moveNames.some((move) => (moves[move].from as readonly RewardState[]).includes(terminal))).toBe(false);
    }
  });

  it('leaves expiry to the system, and issues a voucher only as part of an approval', () => {
    expect(moves.expire.by).toBe('system');
    expect(moves.issueVoucher.chained).toBe(true);
  });
});
