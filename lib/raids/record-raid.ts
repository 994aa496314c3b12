/**
 * A supervisor records a raid on a case: the record is validated (nothing stored on a bad
 * field), and the case makes the workflow's `recordRaid` move to RAIDED (from INVESTIGATING,
 * RAID_PLANNED, or RAIDED for a follow-up raid; not from OPEN or CLOSED), audited as
 * `raid.recorded` in the move, all in one transaction. A positive outcome (isPositiveOutcome) is what opens the
 * case's tips to reward review; the audit row says which it was.
 */
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { isUuid } from '@/lib/cases/case-access';
import { caseWorkflow, lockCaseForMove } from '@/lib/cases/case-workflow';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { isPositiveOutcome } from './positive-outcome';
import { type RaidInput, raidInputSchema } from './schema';

export async function recordRaid(actor: Actor, options: RaidInput, client: Db = defaultDb): Promise<{ id: string }> {
  requirePermission(actor, 'raids.record');
  if (!isUuid(options.caseId)) throw new AppError('NOT_FOUND');
  const raid = raidInputSchema.parse(options);

  return client.$transaction(async (tx) => {
    const target = await lockCaseForMove(tx, actor, raid.caseId);

    const created = await tx.raid.create({
      data: {
        caseId: target.id,
        raidedOn: new Date(`${raid.raidedOn}T00:00:00Z`),
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
    await caseWorkflow.move(tx, actor, target, 'recordRaid', { detail: { raidId: created.id, positiveOutcome: isPositiveOutcome(raid) } });
    return created;
  });
}
