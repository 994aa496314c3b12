/**
 * Issue 14: bulk triage. Thirty spam tips closed in one action, each with its own audit
 * rows; all or nothing when any tip is refused, with the reasons; every tip matching the
 * filter up to the cap; assign, priority and link through the single-tip transaction bodies.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openCase } from '@/lib/cases/open-case';
import { db } from '@/lib/db/client';
import { BULK_CAP, bulkTriage } from '@/lib/triage/bulk-triage';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { makeStaff, makeTip } from '../../helpers/factories';

// Kratie (KH-10), with a word of its own in every description, so the filter finds only this test's tips.
const kratie = (marker: string) => ({ provinceCode: 'KH-10' as const, location: { lat: 12.49, lng: 106.02, source: 'GPS' as const }, description: `Spam ${marker}: win a prize, click now.` });
/** One at a time: many transactions at once wait on each other on a busy machine. */
async function makeTips(count: number, marker: string) {
  const tips = [];
  for (let index = 0; index < count; index++) tips.push(await makeTip(kratie(marker)));
  return tips;
}
const statuses = async (ids: string[]) => (await db.tip.findMany({ where: { id: { in: ids } }, select: { status: true } })).map((tip) => tip.status);

describe('bulk triage', () => {
  it('closes thirty NEW spam tips in one action: each triaged then closed, each step its own audit row', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-10'] });
    const marker = `zq${randomUUID().slice(0, 8)}`;
    const tips = await makeTips(30, marker);
    const ids = tips.map((tip) => tip.tipId);
    const result = await bulkTriage(officer.actor, { action: 'closeUnfounded', tipIds: ids });
    expect(result.applied).toBe(true);
    expect(result.refused).toEqual([]);
    expect(new Set(result.ok)).toEqual(new Set(ids));
    expect(await statuses(ids)).toEqual(Array(30).fill('CLOSED_UNFOUNDED'));
    const events = await db.auditEvent.findMany({ where: { targetType: 'tip', targetId: { in: ids } }, orderBy: { id: 'asc' }, select: { targetId: true, action: true, actorId: true, detail: true } });
    expect(events).toHaveLength(60);
    for (const id of ids) {
      expect(events.filter((event) => event.targetId === id).map((event) => event.detail)).toEqual([
        { from: 'NEW', to: 'TRIAGED', bulk: result.batch },
        { from: 'TRIAGED', to: 'CLOSED_UNFOUNDED', bulk: result.batch },
      ]);
    }
    expect(events.every((event) => event.action === 'tip.status_changed' && event.actorId === officer.id)).toBe(true);
  }, 120_000); // thirty tips made and closed; the shared machine can be very slow

  it('changes nothing when one tip is refused, and says which and why; the others then go through', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-10'] });
    const marker = `zq${randomUUID().slice(0, 8)}`;
    const tips = await makeTips(4, marker);
    const outside = await makeTip({ description: 'Elsewhere, a compound by the sea.', provinceCode: 'KH-18' });
    const supervisor = await makeStaff('SUPERVISOR');
    await changeTipStatus(supervisor.actor, { tipId: tips[0]!.tipId, status: 'TRIAGED' });
    await changeTipStatus(supervisor.actor, { tipId: tips[0]!.tipId, status: 'CLOSED_DUPLICATE' });
    const ids = [...tips.map((tip) => tip.tipId), outside.tipId];
    // Only these tips' rows: other test files write audit rows at the same time.
    const auditOf = () => db.auditEvent.count({ where: { targetType: 'tip', targetId: { in: ids } } });
    const before = await auditOf();

    const result = await bulkTriage(officer.actor, { action: 'closeUnfounded', tipIds: ids });
    expect(result.applied).toBe(false);
    expect(result.refused).toEqual([
      { tipId: tips[0]!.tipId, reason: 'triage.errors.transition' },
      { tipId: outside.tipId, reason: 'errors.NOT_FOUND' },
    ]);
    expect(result.ok).toEqual(tips.slice(1).map((tip) => tip.tipId));
    expect(await statuses(tips.slice(1).map((tip) => tip.tipId))).toEqual(['NEW', 'NEW', 'NEW']);
    expect(await auditOf()).toBe(before);

    const again = await bulkTriage(officer.actor, { action: 'closeUnfounded', tipIds: result.ok });
    expect(again.applied).toBe(true);
    expect(await statuses(result.ok)).toEqual(['CLOSED_UNFOUNDED', 'CLOSED_UNFOUNDED', 'CLOSED_UNFOUNDED']);
  });

  it('applies to every tip matching the filter, at most the cap, in inbox order, leaving out what was excluded', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const marker = `zq${randomUUID().slice(0, 8)}`;
    const tips = await makeTips(5, marker);
    const other = await makeTip({ ...kratie('unrelated'), description: 'A compound with guards and high walls.' });
    const result = await bulkTriage(supervisor.actor, { action: 'priority', value: 'HIGH', allMatching: true, filter: { q: marker }, exclude: [tips[0]!.tipId] });
    expect(result.applied).toBe(true);
    expect(new Set(result.ok)).toEqual(new Set(tips.slice(1).map((tip) => tip.tipId)));
    const rows = await db.tip.findMany({ where: { id: { in: [...tips.map((tip) => tip.tipId), other.tipId] } }, select: { id: true, priority: true } });
    expect(rows.filter((row) => row.priority === 'HIGH').map((row) => row.id).sort()).toEqual(tips.slice(1).map((tip) => tip.tipId).sort());
    const events = await db.auditEvent.findMany({ where: { targetId: { in: result.ok }, action: 'tip.updated' }, select: { detail: true } });
    expect(events).toHaveLength(4);
    expect(events[0]!.detail).toEqual({ priority: { from: 'NORMAL', to: 'HIGH' }, bulk: result.batch });
    expect(BULK_CAP).toBe(100);
    await expect(bulkTriage(supervisor.actor, { action: 'priority', value: 'HIGH', tipIds: Array.from({ length: 101 }, () => randomUUID()) })).rejects.toMatchObject({ issues: [{ message: 'bulk.errors.tooMany' }] });
    await expect(bulkTriage(supervisor.actor, { action: 'priority', value: 'HIGH', tipIds: [] })).rejects.toMatchObject({ issues: [{ message: 'bulk.errors.none' }] });
    await expect(bulkTriage(supervisor.actor, { action: 'priority', value: 'URGENT', tipIds: [other.tipId] })).rejects.toMatchObject({ issues: [{ message: 'triage.errors.priority' }] });
  });

  it('assigns and links through the single-tip rules; a rewards administrator may not triage at all', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-10'] });
    const colleague = await makeStaff('OFFICER', { provinceCodes: ['KH-10'] });
    const stranger = await makeStaff('OFFICER', { provinceCodes: ['KH-7'] });
    const marker = `zq${randomUUID().slice(0, 8)}`;
    const tips = await makeTips(3, marker);
    const ids = tips.map((tip) => tip.tipId);

    const refused = await bulkTriage(officer.actor, { action: 'assign', value: stranger.id, tipIds: ids });
    expect(refused.refused.map((entry) => entry.reason)).toEqual(['triage.errors.assignee', 'triage.errors.assignee', 'triage.errors.assignee']);
    const assigned = await bulkTriage(officer.actor, { action: 'assign', value: colleague.id, tipIds: ids });
    expect(assigned.applied).toBe(true);
    expect((await db.tip.findMany({ where: { id: { in: ids } }, select: { assignedToId: true } })).map((tip) => tip.assignedToId)).toEqual([colleague.id, colleague.id, colleague.id]);

    const opened = await openCase(officer.actor, { tipIds: [ids[0]!], title: `Compound ${marker}` });
    const linked = await bulkTriage(officer.actor, { action: 'link', value: opened.id, tipIds: ids });
    expect(linked.applied).toBe(true);
    expect((await db.tip.findMany({ where: { id: { in: ids } }, select: { caseId: true, status: true } })).every((tip) => tip.caseId === opened.id && tip.status === 'LINKED')).toBe(true);
    const merged = await db.auditEvent.count({ where: { action: 'case.tip_merged', targetId: opened.id, detail: { path: ['bulk'], equals: linked.batch } } });
    expect(merged).toBe(2);

    const admin = await makeStaff('REWARDS_ADMIN');
    await expect(bulkTriage(admin.actor, { action: 'closeUnfounded', tipIds: ids })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
