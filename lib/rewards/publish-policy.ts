/** A system administrator publishes a new policy version; the previous ones stay as they were. */
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { policySchema } from './policy';
import { defineUseCase } from '@/lib/use-case';

export const publishPolicy = defineUseCase({
  name: 'publishPolicy',
  permission: 'rewards.policy',
  input: policySchema,
  run: async (actor, policy, client: Db = defaultDb): Promise<{ id: string; version: number }> =>
    client.$transaction(async (tx) => {
      // Serialises publications so two administrators never race for the same version number.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('eyes-and-ears:reward-policy'))`;
      const latest = await tx.rewardPolicy.findFirst({ orderBy: { version: 'desc' }, select: { version: true } });
      const created = await tx.rewardPolicy.create({
        data: { ...policy, version: (latest?.version ?? 0) + 1, createdById: actor.id },
        select: { id: true, version: true },
      });
      await recordAuditEvent(tx, {
        actor,
        action: 'policy.created',
        target: { type: 'rewardPolicy', id: created.id },
        detail: { version: created.version, ...Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, String(value)])) },
      });
      return created;
    }),
});
