import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { isPositiveOutcome } from '@/lib/raids/positive-outcome';
import { recordRaid } from '@/lib/raids/record-raid';
import { todayInCambodia } from '@/lib/raids/schema';
import { makeStaff } from '../../helpers/factories';
import { makeCase, raidInput } from '../../helpers/factories-cases';

const raidsOf = (caseId: string) => db.raid.findMany({ where: { caseId } });
const statusOf = async (caseId: string) => (await db.case.findUniqueOrThrow({ where: { id: caseId } })).status;

describe('recordRaid', () => {
  it('stores the raid, sets the case RAIDED and audits raid.recorded, for a supervisor', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const opened = await makeCase(supervisor.actor, { status: 'RAID_PLANNED' });
    const { id } = await recordRaid(supervisor.actor, raidInput(opened.id, { notes: 'Gate forced at 05:00' }));

    const [raid] = await raidsOf(opened.id);
    expect(raid).toMatchObject({ id, unit: 'Anti-Human Trafficking Unit, Preah Sihanouk', victimsRescued: 12, compoundClosed: true, recordedById: supervisor.id, notes: 'Gate forced at 05:00' });
    expect(isPositiveOutcome(raid!)).toBe(true);
    expect(await statusOf(opened.id)).toBe('RAIDED');
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'raid.recorded', targetId: opened.id } });
    expect(event).toMatchObject({ actorId: supervisor.id, actorRole: 'SUPERVISOR', detail: { raidId: id, from: 'RAID_PLANNED', to: 'RAIDED', positiveOutcome: true } });

    // a follow-up raid on a raided case is allowed
    await recordRaid(supervisor.actor, raidInput(opened.id, { compoundClosed: false, suspectsArrested: 0, victimsRescued: 0 }));
    expect(await raidsOf(opened.id)).toHaveLength(2);
  });

  it('is for supervisors only', async () => {
    const officer = await makeStaff('OFFICER');
    const opened = await makeCase(officer.actor, { status: 'INVESTIGATING' });
    for (const role of ['OFFICER', 'REWARDS_ADMIN', 'SYSTEM_ADMIN'] as const) {
      const staff = role === 'OFFICER' ? officer : await makeStaff(role);
      await expect(recordRaid(staff.actor, raidInput(opened.id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await raidsOf(opened.id)).toHaveLength(0);
    expect(await statusOf(opened.id)).toBe('INVESTIGATING');
  });

  it('refuses bad input with nothing stored', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const opened = await makeCase(supervisor.actor, { status: 'INVESTIGATING' });
    const tomorrow = new Date(`${todayInCambodia()}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const bad = [
      { raidedOn: tomorrow.toISOString().slice(0, 10) },
      { raidedOn: 'yesterday' },
      { unit: ' ' },
      { place: '' },
      { victimsRescued: -1 },
      { phonesSeized: 2.5 },
      { computersSeized: 'many' as unknown as number },
    ];
    for (const overrides of bad) await expect(recordRaid(supervisor.actor, raidInput(opened.id, overrides)), JSON.stringify(overrides)).rejects.toThrow();
    expect(await raidsOf(opened.id)).toHaveLength(0);
    expect(await statusOf(opened.id)).toBe('INVESTIGATING');
    expect(await db.auditEvent.count({ where: { action: 'raid.recorded', targetId: opened.id } })).toBe(0);
  });

  it('follows the case workflow: not from OPEN, not on a merged case', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const fresh = await makeCase(supervisor.actor);
    await expect(recordRaid(supervisor.actor, raidInput(fresh.id))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await statusOf(fresh.id)).toBe('OPEN');
    expect(await raidsOf(fresh.id)).toHaveLength(0);
  });

  it('counts as positive only with a closure, a rescue or an arrest', () => {
    expect(isPositiveOutcome({ compoundClosed: false, victimsRescued: 0, suspectsArrested: 0 })).toBe(false);
    expect(isPositiveOutcome({ compoundClosed: true, victimsRescued: 0, suspectsArrested: 0 })).toBe(true);
    expect(isPositiveOutcome({ compoundClosed: false, victimsRescued: 1, suspectsArrested: 0 })).toBe(true);
    expect(isPositiveOutcome({ compoundClosed: false, victimsRescued: 0, suspectsArrested: 1 })).toBe(true);
  });
});
