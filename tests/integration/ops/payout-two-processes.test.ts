/**
 * Issue 10 point 2: exactly-once payouts across instances. Two separate processes (as two
 * app instances would be), ten attempts each at the same moment, pay one voucher: one
 * payout, one journal entry, one audit event.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { makeStaff } from '../../helpers/factories';
import { fund, issuedVoucher, makePolicy } from '../../helpers/factories-rewards';
import { usePrivateDatabase } from '../../helpers/ops/private-database';

// The policy in force and the budget are global to a database: this file publishes and
// funds its own, away from tests/integration/rewards.
usePrivateDatabase('payout');


function desk(code: string, actor: unknown) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/ops/pay-child.ts'], {
    env: { ...process.env, PAY_CODE: code, PAY_ACTOR: JSON.stringify(actor), ATTEMPTS: '10' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<void>((resolve) => lines.once('line', () => resolve()));
  const outcomes = new Promise<string[]>((resolve) => lines.on('line', (line) => line.startsWith('[') && resolve(JSON.parse(line) as string[])));
  return { ready, outcomes, go: () => child.stdin!.write('go\n') };
}

describe('payouts across two processes', () => {
  it('pays a voucher exactly once when two instances try at the same moment', { timeout: 120_000 }, async () => {
    await makePolicy();
    await fund(500_000n);
    const { rewardId, code } = await issuedVoucher();
    const [one, two] = [desk(code, (await makeStaff('REWARDS_ADMIN')).actor), desk(code, (await makeStaff('REWARDS_ADMIN')).actor)];
    await Promise.all([one.ready, two.ready]);
    one.go();
    two.go();
    const outcomes = [...(await one.outcomes), ...(await two.outcomes)];
    expect(outcomes.filter((outcome) => outcome === 'PAID')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'ALREADY_PAID')).toHaveLength(19);
    expect(await db.journalEntry.count({ where: { rewardId, kind: 'PAYOUT' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: rewardId, action: 'reward.paid' } })).toBe(1);
    expect((await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).state).toBe('PAID');
  });
});
