import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { getMapPoints } from '@/lib/map/map-points';
import { makeStaff, makeTip } from '../../helpers/factories';
import { makeCase } from '../../helpers/factories-cases';

const phnomPenh = { provinceCode: 'KH-12', location: { lat: 11.56, lng: 104.92, source: 'GPS' as const } };

describe('getMapPoints', () => {
  it('shows an officer only the cases and tips of their provinces, tips without text', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const mineTip = await makeTip({ category: 'RECRUITER' });
    const hiddenTip = await makeTip(phnomPenh);
    const mineCase = await makeCase(officer.actor, { tips: 1 });
    const hiddenCase = await makeCase(supervisor.actor, { tips: 1, tipOverrides: phnomPenh });

    const seen = await getMapPoints(officer.actor);
    const tipIds = seen.tips.map((tip) => tip.id);
    const caseIds = seen.cases.map((item) => item.id);
    expect(tipIds).toContain(mineTip.tipId);
    expect(tipIds).not.toContain(hiddenTip.tipId);
    expect(caseIds).toContain(mineCase.id);
    expect(caseIds).not.toContain(hiddenCase.id);
    expect(Object.keys(seen.tips[0]!).sort()).toEqual(['category', 'id', 'kind', 'lat', 'lng', 'receivedOn']);

    const everything = await getMapPoints(supervisor.actor);
    expect(everything.tips.map((tip) => tip.id)).toEqual(expect.arrayContaining([mineTip.tipId, hiddenTip.tipId]));
    expect(everything.cases.map((item) => item.id)).toEqual(expect.arrayContaining([mineCase.id, hiddenCase.id]));

    const rewards = await makeStaff('REWARDS_ADMIN');
    await expect(getMapPoints(rewards.actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('filters by category, date and case status, and leaves closed cases out by default', async () => {
    const officer = await makeStaff('OFFICER');
    const recruiter = await makeTip({ category: 'RECRUITER' });
    const old = await makeTip({}, { receivedAt: new Date(Date.now() - 60 * 86_400_000) });
    const closed = await makeCase(officer.actor, { tips: 1 });
    await db.case.update({ where: { id: closed.id }, data: { status: 'CLOSED' } });

    const byCategory = await getMapPoints(officer.actor, { category: 'RECRUITER' });
    expect(byCategory.tips.map((tip) => tip.id)).toContain(recruiter.tipId);
    expect(byCategory.tips.every((tip) => tip.category === 'RECRUITER')).toBe(true);

    expect((await getMapPoints(officer.actor)).tips.map((tip) => tip.id)).not.toContain(old.tipId);
    const oldDay = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    expect((await getMapPoints(officer.actor, { from: oldDay, to: oldDay })).tips.map((tip) => tip.id)).toContain(old.tipId);

    expect((await getMapPoints(officer.actor)).cases.map((item) => item.id)).not.toContain(closed.id);
    const closedOnly = await getMapPoints(officer.actor, { status: 'CLOSED' });
    expect(closedOnly.cases.map((item) => item.id)).toContain(closed.id);
    expect(closedOnly.cases.every((item) => item.status === 'CLOSED')).toBe(true);
  });
});
