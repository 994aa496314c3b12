/**
 * One "instance" of the payout desk for tests/integration/ops/payout-two-processes.test.ts:
 * waits for `go` on stdin, then tries to pay the voucher PAY_CODE ATTEMPTS times at once and
 * prints the outcomes as one JSON line.
 */
import { createInterface } from 'node:readline';
import type { Actor } from '@/lib/auth/permissions';
import { disconnectDb } from '@/lib/db/client';
import { payVoucher } from '@/lib/rewards/pay-voucher';

const actor = JSON.parse(process.env.PAY_ACTOR!) as Actor;
const attempts = Number(process.env.ATTEMPTS ?? '10');
process.stdout.write('ready\n');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
const results = await Promise.all(
  Array.from({ length: attempts }, (_, index) =>
    payVoucher(actor, { code: process.env.PAY_CODE!, method: 'CASH_OFFICE', reference: `RCPT-${process.pid}-${index}` }).then(
      (result) => result.outcome,
      (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
    ),
  ),
);
process.stdout.write(`${JSON.stringify(results)}\n`);
await disconnectDb();
process.exit(0);
