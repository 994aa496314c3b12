/**
 * A supervisor records a raid on a case: the record is validated (nothing stored on a bad
 * field), and the case makes the workflow's `recordRaid` move to RAIDED (from INVESTIGATING,
 * RAID_PLANNED, or RAIDED for a follow-up raid; not from OPEN or CLOSED), audited as
 * `raid.recorded` in the move, all in one transaction. A positive outcome (isPositiveOutcome) is what opens the
 * case's tips to reward review; the audit row says which it was. A raid dated before every tip
 * of its case is kept (it happened), but says so: no tip can be rewarded for it (decision 0895).
 */
import { caseWorkflow, lockCaseForMove } from '@/lib/cases/case-workflow';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { isPositiveOutcome, tipPrecedesRaid } from './positive-outcome';
import { raidInputSchema } from './schema';
import { defineUseCase } from '@/lib/use-case';

export const recordRaid = defineUseCase({
  name: 'recordRaid',
  permission: 'raids.record',
  input: raidInputSchema,
  run: async (actor, raid, client: Db = defaultDb): Promise<{ id: string; noTipBeforeRaid: boolean }> =>
    client.$transaction(async (tx) => {
      const target = await lockCaseForMove(tx, actor, raid.caseId);

      const raidedOn = new Date(`${raid.raidedOn}T00:00:00Z`);
      const created = await tx.raid.create({
        data: {
          caseId: target.id,
          raidedOn,
          unit: raid.unit,
          place: raid.place,
          lat: raid.lat ?? null,
          lng: raid.lng ?? null,
          suspectsArrested: raid.suspectsArrested,
          victimsRescued: raid.victimsRescued,
          foreignNationalsDetained: raid.foreignNationalsDetained,
          computersSeized: raid.computersSeized,
          phonesSeized: raid.phonesSeized,
          compoundClosed: raid.compoundClosed,
          notes: raid.notes ?? null,
          recordedById: actor.id,
        },
        select: { id: true },
      });
      // After the row, whose id the audit event names; a refused move rolls the row back.
      const positiveOutcome = isPositiveOutcome(raid);
      // Every tip of the case, whatever the supervisor's provinces: the warning is about the case.
      const tips = positiveOutcome ? await tx.tip.findMany({ where: { caseId: target.id }, select: { receivedAt: true } }) : [];
      const noTipBeforeRaid = positiveOutcome && !tips.some((tip) => tipPrecedesRaid(tip, { raidedOn }));
      await caseWorkflow.move(tx, actor, target, 'recordRaid', { detail: { raidId: created.id, positiveOutcome } });
      return { id: created.id, noTipBeforeRaid };
    }),
});
