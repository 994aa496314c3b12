/**
 * A supervisor records a raid on a case: the record is validated (nothing stored on a bad
 * field), the case moves to RAIDED through the case workflow (from INVESTIGATING,
 * RAID_PLANNED, or RAIDED for a follow-up raid; not from OPEN or CLOSED), and the event is
 * audited, all in one transaction. A positive outcome (isPositiveOutcome) is what opens the
 * case's tips to reward review; the audit row says which it was.
 */
import { type Actor, requirePermission } from '@/lib/auth/permissions';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { assertNotMerged, isUuid, lockCaseInScope } from '@/lib/cases/case-access';
import { assertTransition } from '@/lib/cases/case-workflow';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { isPositiveOutcome } from './positive-outcome';
import { type RaidInput, raidInputSchema } from './schema';

export async function recordRaid(actor: Actor, options: RaidInput, client: Db = defaultDb): Promise<{ id: string }> {
  requirePermission(actor, 'raids.record');
  if (!isUuid(options.caseId)) throw new AppError('NOT_FOUND');
  const raid = raidInputSchema.parse(options);

  return client.$transaction(async (tx) => {
    const target = await lockCaseInScope(tx, actor, raid.caseId);
    assertNotMerged(target);
    assertTransition(target.status, 'RAIDED', 'raid');

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
    await tx.case.update({ where: { id: target.id }, data: { status: 'RAIDED' } });
    await recordAuditEvent(tx, {
      actor,
      action: 'raid.recorded',
      target: { type: 'case', id: target.id },
      detail: { raidId: created.id, from: target.status, to: 'RAIDED', positiveOutcome: isPositiveOutcome(raid) },
    });
    return created;
  });
}
