/** Records money received by the programme: the outside world (EXTERNAL) credits the budget (FUNDING). */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';
import { postEntry } from './post-entry';

export const fundingSchema = z.object({
  currency: z.enum(['USD', 'KHR']),
  /** Whole minor units as digits (cents for USD, riel for KHR). */
  amountMinor: z
    .union([z.bigint(), z.string().trim().regex(/^[0-9]{1,15}$/)])
    .transform((value) => BigInt(value))
    .refine((value) => value > 0n, { message: 'rewards.errors.amountPositive' }),
  memo: z.string().trim().min(3).max(500),
  /** From the form, so a double submit posts once. */
  idempotencyKey: z.string().trim().regex(/^[A-Za-z0-9-]{8,64}$/).optional(),
});

export type FundingInput = z.input<typeof fundingSchema>;

export const fundProgramme = defineUseCase({
  name: 'fundProgramme',
  permission: 'ledger.fund',
  input: fundingSchema,
  run: async (actor, funding, client: Db = defaultDb): Promise<{ entryId: string; created: boolean }> => {
    return client.$transaction(async (tx) => {
      const posted = await postEntry(tx, {
        kind: 'FUNDING',
        memo: funding.memo,
        createdById: actor.id,
        idempotencyKey: `funding:${funding.idempotencyKey ?? randomUUID()}`,
        lines: [
          { kind: 'FUNDING', currency: funding.currency, amountMinor: funding.amountMinor },
          { kind: 'EXTERNAL', currency: funding.currency, amountMinor: -funding.amountMinor },
        ],
      });
      if (posted.created) {
        await recordAuditEvent(tx, {
          actor,
          action: 'ledger.funded',
          target: { type: 'journalEntry', id: posted.id.toString() },
          detail: { currency: funding.currency, amountMinor: funding.amountMinor.toString() },
        });
      }
      return { entryId: posted.id.toString(), created: posted.created };
    });
  },
});
