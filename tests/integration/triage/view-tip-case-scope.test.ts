import { describe, expect, it } from 'vitest';
import { openCase } from '@/lib/cases/open-case';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { viewTip } from '@/lib/triage/view-tip';
import { makeStaff, makeTip } from '../../helpers/factories';

const kampot = { provinceCode: 'KH-7' as const, location: { lat: 10.61, lng: 104.18, source: 'GPS' as const } };

describe('tip detail: the case a tip is in', () => {
  it('is named only to staff who may see that case; an officer of the tip\'s province alone sees no case of another province', async () => {
    // An officer covering both provinces puts a Sihanoukville tip into a Kampot case.
    const both = await makeStaff('OFFICER', { provinceCodes: ['KH-7', 'KH-18'] });
    const kampotTip = await makeTip({ ...kampot, description: 'Kampot compound behind the salt fields, guards at night.' });
    const sihanoukvilleTip = await makeTip();
    const kampotCase = await openCase(both.actor, { tipIds: [kampotTip.tipId], title: 'Salt-field compound, Kampot' });
    await linkTipToCase(both.actor, { tipId: sihanoukvilleTip.tipId, caseId: kampotCase.id });

    expect((await viewTip(both.actor, sihanoukvilleTip.tipId)).case).toMatchObject({ id: kampotCase.id, reference: kampotCase.reference, title: 'Salt-field compound, Kampot' });
    const supervisor = await makeStaff('SUPERVISOR');
    expect((await viewTip(supervisor.actor, sihanoukvilleTip.tipId)).case).toMatchObject({ id: kampotCase.id });

    const sihanoukvilleOnly = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const detail = await viewTip(sihanoukvilleOnly.actor, sihanoukvilleTip.tipId);
    expect(detail.case).toBeNull();
    expect(JSON.stringify(detail)).not.toContain('Salt-field');
    expect(JSON.stringify(detail)).not.toContain(kampotCase.reference);
  });
});
