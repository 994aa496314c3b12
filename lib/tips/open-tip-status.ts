/**
 * The tipster's view of their tip, behind the code and passphrase (lib/tips/tipster-credentials.ts).
 * Officers' notes, the case, assignees and triage details never leave this file.
 */
import { db } from '@/lib/db/client';
import { questionFromRow } from '@/lib/questions/standard-questions';
import { tipsterQuestion } from './tipster-question';
import { openAsTipster } from './tipster-box';
import { checkTipsterCredentials, type CheckedTip } from './tipster-credentials';
import type { TipsterReward, TipsterStatus, TipsterView } from './tipster-view';

export type { TipsterView } from './tipster-view';

type TipStatusCode = 'NEW' | 'TRIAGED' | 'LINKED' | 'CLOSED_ACTIONED' | 'CLOSED_UNFOUNDED' | 'CLOSED_DUPLICATE';

/**
 * A linked tip counts as acted on once its case has had a raid; a case closed without one
 * closes the tip too. Nothing else about the case reaches the tipster.
 */
export function tipsterStatus(status: TipStatusCode, linkedCase: { status: string; raids: number } | null): TipsterStatus {
  switch (status) {
    case 'NEW':
      return 'RECEIVED';
    case 'TRIAGED':
      return 'UNDER_REVIEW';
    case 'LINKED':
      if (linkedCase && (linkedCase.status === 'RAIDED' || linkedCase.raids > 0)) return 'ACTION_TAKEN';
      return linkedCase?.status === 'CLOSED' ? 'CLOSED' : 'UNDER_REVIEW';
    case 'CLOSED_ACTIONED':
      return 'ACTION_TAKEN';
    default:
      return 'CLOSED';
  }
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export interface RewardRow {
  state: string;
  amountMinor: bigint;
  currency: 'USD' | 'KHR';
  voucherSealed: string | null;
  voucherExpiresAt: Date | null;
  proposedAt: Date;
}

const REWARD_RANK: Record<string, number> = { PAID: 4, VOUCHER_ISSUED: 3, APPROVED: 2, PROPOSED: 1, EXPIRED: 0 };

export async function tipsterReward(tip: CheckedTip, rows: RewardRow[], now: Date = new Date()): Promise<TipsterReward | null> {
  // One reward per raid; a tipster sees the one furthest along (rejected and cancelled ones are not shown).
  const shown = rows.filter((row) => row.state in REWARD_RANK).sort((a, b) => REWARD_RANK[b.state]! - REWARD_RANK[a.state]! || b.proposedAt.getTime() - a.proposedAt.getTime());
  const reward = shown[0];
  if (!reward) return null;
  const money = { amountMinor: reward.amountMinor.toString(), currency: reward.currency };
  switch (reward.state) {
    case 'PROPOSED':
    case 'APPROVED':
      return { state: 'UNDER_REVIEW' };
    case 'VOUCHER_ISSUED': {
      // Past its date the desk refuses it, even before the expiry job has booked it back.
      if (reward.voucherExpiresAt && reward.voucherExpiresAt <= now) return { state: 'EXPIRED' };
      const voucherCode = reward.voucherSealed
        ? await openAsTipster(tip.passphraseDigits, { publicKey: tip.tipsterPublicKey, salt: tip.tipsterKeySalt }, reward.voucherSealed)
        : null;
      return {
        state: 'VOUCHER',
        ...money,
        ...(voucherCode ? { voucherCode } : {}),
        ...(reward.voucherExpiresAt ? { expiresOn: day(reward.voucherExpiresAt) } : {}),
      };
    }
    case 'PAID':
      return { state: 'PAID', ...money };
    default:
      return { state: 'EXPIRED' };
  }
}

export async function tipsterViewOf(tip: CheckedTip): Promise<TipsterView> {
  const row = await db.tip.findUniqueOrThrow({
    where: { id: tip.id },
    select: {
      code: true,
      status: true,
      receivedAt: true,
      category: true,
      language: true,
      case: { select: { status: true, _count: { select: { raids: true } } } },
      messages: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          direction: true,
          body: true,
          createdAt: true,
          answersId: true,
          question: { select: { id: true, key: true, kind: true, text: true, choices: true, active: true } },
          _count: { select: { attachments: true, answeredBy: true } },
        },
      },
      rewards: { select: { state: true, amountMinor: true, currency: true, voucherSealed: true, voucherExpiresAt: true, proposedAt: true } },
    },
  });
  return {
    code: row.code,
    status: tipsterStatus(row.status, row.case ? { status: row.case.status, raids: row.case._count.raids } : null),
    receivedOn: day(row.receivedAt),
    category: row.category,
    language: row.language,
    messages: row.messages.map((message) => ({
      id: message.id,
      direction: message.direction,
      body: message.body,
      at: message.createdAt.toISOString(),
      photoCount: message._count.attachments,
      ...(message.question ? { question: tipsterQuestion(questionFromRow(message.question), row.language, message._count.answeredBy > 0) } : {}),
      ...(message.answersId ? { answersId: message.answersId } : {}),
    })),
    reward: await tipsterReward(tip, row.rewards),
  };
}

export async function openTipStatus(credentials: { code: string; passphrase: string }): Promise<TipsterView> {
  const tip = await checkTipsterCredentials(credentials);
  return tipsterViewOf(tip);
}
