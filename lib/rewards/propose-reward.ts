/**
 * A rewards administrator proposes a reward for an eligible tip: pre-filled from the policy
 * in force, adjustable with a written justification, within the cap per tip, the raid's cap
 * across its rewards and the budget not yet committed or reserved. Nobody who handled the
 * tip or its case may propose.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db, PATIENT_TRANSACTION } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId } from '@/lib/ids';
import { lockChain } from '@/lib/security/hash-chain';
import { uncommittedBudget } from './budget';
import { refuseIfHandler } from './conflict-of-interest';
import { findEligibleTips } from './eligible-tips';
import { policyInForce } from './policy';
import { LIVE_STATES } from './reward-workflow';
import { defineUseCase } from '@/lib/use-case';

export const proposalSchema = z.object({
  tipId: anyId,
  raidId: anyId,
  /** Omitted or empty: the suggested amount. */
  amountMinor: z
    .union([z.bigint(), z.string().trim().regex(/^[0-9]{0,15}$/, 'rewards.errors.wholeMinorUnits')])
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : BigInt(value))),
  justification: z.string().trim().max(2000).optional().transform((value) => value || undefined),
  /** The currency the amount was typed in (the form's); it must still be the policy's. */
  currency: z.enum(['USD', 'KHR']).optional(),
});

export type ProposalInput = z.input<typeof proposalSchema>;

export const proposeReward = defineUseCase({
  name: 'proposeReward',
  permission: 'rewards.propose',
  input: proposalSchema,
  run: async (actor, proposal, client: Db = defaultDb): Promise<{ id: string }> =>
    client.$transaction(
      async (tx) => {
        await lockChain(tx, 'ledger');
        const [eligible] = await findEligibleTips(tx, { tipId: proposal.tipId, raidId: proposal.raidId });
        if (!eligible) throw new AppError('NOT_FOUND', 'rewards.errors.notEligible');
        await refuseIfHandler(tx, actor.id, { tipId: eligible.tipId, caseId: eligible.caseId });
        const policy = await policyInForce(tx);
        if (!policy || !eligible.suggestion) throw new AppError('CONFLICT', 'rewards.errors.noPolicy');
        // A policy in another currency published since the form was shown: the typed amount's scale is wrong.
        if (proposal.currency && proposal.currency !== policy.currency) throw new AppError('CONFLICT', 'rewards.errors.changedMeanwhile');

        const suggested = eligible.suggestion.suggestedMinor;
        const amount = proposal.amountMinor ?? suggested;
        if (amount <= 0n) throw new AppError('BAD_REQUEST', 'rewards.errors.amountPositive');
        if (amount !== suggested && (proposal.justification?.length ?? 0) < 10) throw new AppError('BAD_REQUEST', 'rewards.errors.justificationRequired');
        if (amount > policy.capPerTipMinor) throw new AppError('BAD_REQUEST', 'rewards.errors.aboveTipCap');

        // The cap is in the policy's currency: live rewards of the raid in the other currency (a
        // policy published in between) cannot be added to it, so the raid takes no more.
        const otherCurrency = await tx.reward.count({ where: { raidId: eligible.raidId, state: { in: [...LIVE_STATES] }, currency: { not: policy.currency } } });
        if (otherCurrency > 0) throw new AppError('BAD_REQUEST', 'rewards.errors.aboveRaidCap');
        const raidTotal = await tx.reward.aggregate({ where: { raidId: eligible.raidId, state: { in: [...LIVE_STATES] }, currency: policy.currency }, _sum: { amountMinor: true } });
        if ((raidTotal._sum.amountMinor ?? 0n) + amount > policy.capPerRaidMinor) throw new AppError('BAD_REQUEST', 'rewards.errors.aboveRaidCap');
        if (amount > (await uncommittedBudget(tx, policy.currency))) throw new AppError('BAD_REQUEST', 'rewards.errors.overBudget');

        const reward = await tx.reward.create({
          data: {
            tipId: eligible.tipId,
            raidId: eligible.raidId,
            policyId: policy.id,
            currency: policy.currency,
            amountMinor: amount,
            suggestedMinor: suggested,
            justification: proposal.justification ?? null,
            proposedById: actor.id,
          },
          select: { id: true },
        });
        await recordAuditEvent(tx, {
          actor,
          action: 'reward.proposed',
          target: { type: 'reward', id: reward.id },
          detail: {
            tipId: eligible.tipId, raidId: eligible.raidId, policyVersion: policy.version, currency: policy.currency,
            amountMinor: amount.toString(), suggestedMinor: suggested.toString(), firstInformant: eligible.isFirstInformant,
          },
        });
        return reward;
      },
      PATIENT_TRANSACTION,
    ),
});
