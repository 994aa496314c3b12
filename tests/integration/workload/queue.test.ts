/** Issue 14: my queue (my open tips and cases, most pressing first) and each officer's load for supervisors. */
import { describe, expect, it } from 'vitest';
import { openCase } from '@/lib/cases/open-case';
import { assignTip } from '@/lib/triage/assign-tip';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { setTipPriority } from '@/lib/triage/set-tip-priority';
import { myQueue, officerLoads } from '@/lib/workload/queue';
import { db } from '@/lib/db/client';
import { makeStaff, makeTip } from '../../helpers/factories';

describe('my queue', () => {
  it('lists my open tips (urgent, then priority, then oldest) and cases; supervisors see each officer\'s load', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const supervisor = await makeStaff('SUPERVISOR');
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    const old = await makeTip({}, { receivedAt: day(9) });
    const recentHigh = await makeTip({}, { receivedAt: day(2) });
    const urgent = await makeTip({ urgent: true }, { receivedAt: day(1) });
    const closed = await makeTip();
    const notMine = await makeTip();
    for (const tip of [old, recentHigh, urgent, closed]) await assignTip(supervisor.actor, { tipId: tip.tipId, assigneeId: officer.id });
    await setTipPriority(officer.actor, { tipId: recentHigh.tipId, priority: 'HIGH' });
    await changeTipStatus(officer.actor, { tipId: closed.tipId, status: 'TRIAGED' });
    await changeTipStatus(officer.actor, { tipId: closed.tipId, status: 'CLOSED_UNFOUNDED' });
    const opened = await openCase(officer.actor, { tipIds: [notMine.tipId], title: 'Blue tower' });
    await db.case.update({ where: { id: opened.id }, data: { assignedToId: officer.id } });

    const queue = await myQueue(officer.actor);
    expect(queue.tips.map((tip) => tip.id)).toEqual([urgent.tipId, recentHigh.tipId, old.tipId]);
    expect(queue.cases.map((item) => item.id)).toEqual([opened.id]);

    await expect(officerLoads(officer.actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const loads = await officerLoads(supervisor.actor);
    expect(loads.officers.find((entry) => entry.id === officer.id)).toMatchObject({ openTips: 3, urgentTips: 1, openCases: 1 });
    expect(loads.unassignedTips).toBeGreaterThan(0);
  });
});
