/**
 * Everything an auditor would check, from the rows alone: the hash chain is intact, every
 * entry balances per currency, the available budget and the committed amount never went
 * negative at any point of the journal, the trial balance nets to zero, and every reward's
 * state agrees with the entries posted for it (committed once on approval, paid once,
 * released once on expiry or cancellation, and nothing for rewards never approved).
 */
import type { Db, Tx } from '@/lib/db/client';
import type { Currency, JournalKind, RewardState } from '@/lib/db/generated/enums';
import { findChainBreak, GENESIS } from '@/lib/security/hash-chain';
import { currencyTotals, entryContent } from './post-entry';
import { trialBalance } from './trial-balance';

const PAGE = 2_000;

export interface LedgerReport {
  entries: number;
  rewards: number;
  problems: string[];
  /** The newest entry, for an auditor to record and pass back later as an expected hash; null on an empty journal. */
  head: { id: string; hash: string } | null;
}

export interface VerifyLedgerOptions {
  /**
   * Heads an auditor recorded earlier: each must still be in the journal. The chain alone
   * cannot show that its newest entries were cut off (triggers disabled, rows deleted).
   */
  expectHashes?: readonly string[];
}

/** Entries a reward in each state must have, by kind (exactly once each), and no others. */
const EXPECTED_ENTRIES: Record<RewardState, readonly JournalKind[] | 'approval-optional-cancellation'> = {
  PROPOSED: [],
  APPROVED: [],
  REJECTED: [],
  VOUCHER_ISSUED: ['APPROVAL'],
  PAID: ['APPROVAL', 'PAYOUT'],
  EXPIRED: ['APPROVAL', 'EXPIRY'],
  // A proposal cancelled before approval never touched the ledger; after, it is reversed.
  CANCELLED: 'approval-optional-cancellation',
};

interface EntrySummary {
  kind: JournalKind;
  amounts: Map<string, bigint>;
}

/**
 * Reads everything in one REPEATABLE READ snapshot: the journal, the trial balance and the
 * rewards are then the same moment of the books, so a payout or approval committing while
 * the auditor runs this cannot show up as a reward without its entry (a false break).
 */
export async function verifyLedger(db: Db, options: VerifyLedgerOptions = {}): Promise<LedgerReport> {
  return db.$transaction((tx) => verifySnapshot(tx, options), { isolationLevel: 'RepeatableRead', maxWait: 60_000, timeout: 3_600_000 });
}

async function verifySnapshot(db: Tx, options: VerifyLedgerOptions): Promise<LedgerReport> {
  const problems: string[] = [];
  const unseen = new Set(options.expectHashes?.map((hash) => hash.toLowerCase()).filter((hash) => hash !== GENESIS));
  let head: LedgerReport['head'] = null;
  const accounts = new Map((await db.ledgerAccount.findMany({ select: { id: true, code: true, kind: true, currency: true } })).map((a) => [a.id, a]));
  const running = new Map<string, bigint>();
  const byReward = new Map<string, EntrySummary[]>();
  let lastHash = GENESIS;
  let afterId = 0n;
  let entries = 0;
  let chainBroken = false;

  for (;;) {
    const rows = await db.journalEntry.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: PAGE,
      include: { lines: { orderBy: { id: 'asc' }, select: { accountId: true, amountMinor: true } } },
    });
    if (rows.length === 0) break;
    const withCodes = rows.map((row) => ({
      ...row,
      codedLines: row.lines.map((line) => {
        const account = accounts.get(line.accountId);
        return { account: account?.code ?? `unknown:${line.accountId}`, kind: account?.kind, currency: (account?.currency ?? 'USD') as Currency, amountMinor: line.amountMinor };
      }),
    }));
    if (!chainBroken) {
      const result = findChainBreak(withCodes, (row) => entryContent({ ...row, lines: row.codedLines }), lastHash);
      if (result.brokenAt) {
        problems.push(`hash chain broken at journal entry ${result.brokenAt.id}: ${result.brokenAt.reason}`);
        chainBroken = true;
      }
      lastHash = result.lastHash;
    }
    for (const row of withCodes) {
      entries += 1;
      unseen.delete(row.hash);
      head = { id: row.id.toString(), hash: row.hash };
      if (row.codedLines.length < 2) problems.push(`journal entry ${row.id} has ${row.codedLines.length} line(s)`);
      for (const [currency, total] of currencyTotals(row.codedLines)) {
        if (total !== 0n) problems.push(`journal entry ${row.id} does not balance in ${currency}: lines sum to ${total}`);
      }
      for (const line of row.codedLines) {
        if (line.account.startsWith('unknown:')) problems.push(`journal entry ${row.id} posts to an unknown account`);
        const balance = (running.get(line.account) ?? 0n) + line.amountMinor;
        running.set(line.account, balance);
      }
      for (const line of row.codedLines) {
        if ((line.kind === 'FUNDING' || line.kind === 'COMMITTED') && (running.get(line.account) ?? 0n) < 0n) {
          problems.push(`after journal entry ${row.id} the ${line.account} balance is negative (${running.get(line.account)})`);
        }
      }
      if (row.rewardId) {
        const amounts = new Map<string, bigint>();
        for (const line of row.codedLines) amounts.set(line.account, (amounts.get(line.account) ?? 0n) + line.amountMinor);
        const list = byReward.get(row.rewardId) ?? [];
        list.push({ kind: row.kind, amounts });
        byReward.set(row.rewardId, list);
      } else if (row.kind !== 'FUNDING') {
        problems.push(`journal entry ${row.id} (${row.kind}) names no reward`);
      }
    }
    afterId = rows[rows.length - 1]!.id;
  }
  for (const hash of unseen) {
    problems.push(`recorded hash ${hash} is no longer in the journal: entries were removed or rewritten since it was recorded`);
  }

  const trial = await trialBalance(db);
  for (const total of trial.totals) {
    if (total.totalMinor !== 0n) problems.push(`trial balance in ${total.currency} nets to ${total.totalMinor}, not zero`);
  }

  const rewards = await db.reward.findMany({ select: { id: true, state: true, amountMinor: true, currency: true } });
  const known = new Set(rewards.map((reward) => reward.id));
  for (const rewardId of byReward.keys()) if (!known.has(rewardId)) problems.push(`journal entries name reward ${rewardId}, which does not exist`);
  for (const reward of rewards) problems.push(...rewardProblems(reward, byReward.get(reward.id) ?? []));

  return { entries, rewards: rewards.length, problems, head };
}

/** What each kind of reward entry must move: the reward's amount, between these accounts. */
const ENTRY_SHAPE: Partial<Record<JournalKind, { debit: string; credit: string }>> = {
  APPROVAL: { debit: 'COMMITTED', credit: 'FUNDING' },
  PAYOUT: { debit: 'PAID', credit: 'COMMITTED' },
  EXPIRY: { debit: 'FUNDING', credit: 'COMMITTED' },
  CANCELLATION: { debit: 'FUNDING', credit: 'COMMITTED' },
};

function rewardProblems(reward: { id: string; state: RewardState; amountMinor: bigint; currency: Currency }, entries: EntrySummary[]): string[] {
  const problems: string[] = [];
  const kinds = entries.map((entry) => entry.kind).sort();
  const rule = EXPECTED_ENTRIES[reward.state];
  const expected =
    rule === 'approval-optional-cancellation' ? (kinds.includes('APPROVAL') ? ['APPROVAL', 'CANCELLATION'] : []) : [...rule];
  if (kinds.join(',') !== [...expected].sort().join(',')) {
    problems.push(`reward ${reward.id} is ${reward.state} but has entries [${kinds.join(', ')}], expected [${expected.join(', ')}]`);
  }
  for (const entry of entries) {
    const shape = ENTRY_SHAPE[entry.kind];
    if (!shape) {
      problems.push(`reward ${reward.id} has a ${entry.kind} entry`);
      continue;
    }
    const debit = entry.amounts.get(`${shape.debit}-${reward.currency}`) ?? 0n;
    const credit = entry.amounts.get(`${shape.credit}-${reward.currency}`) ?? 0n;
    if (debit !== reward.amountMinor || credit !== -reward.amountMinor || entry.amounts.size !== 2) {
      problems.push(`reward ${reward.id}: its ${entry.kind} entry does not move ${reward.amountMinor} ${reward.currency} from ${shape.credit} to ${shape.debit}`);
    }
  }
  return problems;
}
