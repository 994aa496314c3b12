import { describe, expect, it } from 'vitest';
import { mergeCases } from '@/lib/cases/merge-cases';
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

    // a follow-up raid on a raided case is allowed, its day typed DD/MM/YYYY as the console sends it
    await recordRaid(supervisor.actor, raidInput(opened.id, { compoundClosed: false, suspectsArrested: 0, victimsRescued: 0, raidedOn: '05/01/2026' }));
    expect(await raidsOf(opened.id)).toHaveLength(2);
    expect((await raidsOf(opened.id)).map((raid) => raid.raidedOn.toISOString().slice(0, 10))).toContain('2026-01-05');
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
      // DD/MM/YYYY as the console's field sends it (decision 0401): tomorrow, and no such day.
      { raidedOn: `${tomorrow.toISOString().slice(8, 10)}/${tomorrow.toISOString().slice(5, 7)}/${tomorrow.toISOString().slice(0, 4)}` },
      { raidedOn: '31/04/2026' },
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

    const target = await makeCase(supervisor.actor, { status: 'INVESTIGATING' });
    const merged = await makeCase(supervisor.actor, { status: 'INVESTIGATING' });
    await mergeCases(supervisor.actor, { targetCaseId: target.id, sourceCaseId: merged.id });
    await expect(recordRaid(supervisor.actor, raidInput(merged.id))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await raidsOf(merged.id)).toHaveLength(0);
  });
});
