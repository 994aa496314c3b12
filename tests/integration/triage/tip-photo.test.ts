import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { readTipPhoto } from '@/lib/triage/read-tip-photo';
import { submitTip } from '@/lib/tips/submit-tip';
import { jpegOf } from '../../helpers/images';
import { makeStaff, makeTip } from '../../helpers/factories';

async function tipWithPhoto() {
  const receipt = await submitTip({
    fields: {
      category: 'SCAM_COMPOUND',
      description: 'Photo of the compound gate with guards, taken from the road.',
      location: { lat: 10.63, lng: 103.52, source: 'GPS', accuracyM: 15 },
      provinceCode: 'KH-18',
      language: 'en',
    },
    photos: [await jpegOf(11)],
    requirePow: true,
  });
  const attachment = await db.attachment.findFirstOrThrow({ where: { tipId: receipt.tipId }, select: { id: true, sha256: true } });
  return { ...receipt, attachment };
}

const photoViews = (tipId: string) => db.auditEvent.findMany({ where: { action: 'tip.photo_viewed', targetId: tipId }, select: { actorId: true, detail: true } });

describe('readTipPhoto', () => {
  it('serves the sanitised photo to staff in scope and audits the view', async () => {
    const tip = await tipWithPhoto();
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const photo = await readTipPhoto(officer.actor, { tipId: tip.tipId, attachmentId: tip.attachment.id });
    expect(photo.mimeType).toBe('image/jpeg');
    expect([...photo.data.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(photo.data).digest('hex')).toBe(tip.attachment.sha256);
    expect(await photoViews(tip.tipId)).toEqual([{ actorId: officer.id, detail: { attachmentId: tip.attachment.id } }]);
  });

  it('answers 404 out of scope, for another tip\'s photo and for made-up ids, and audits nothing', async () => {
    const tip = await tipWithPhoto();
    const other = await makeTip();
    const elsewhere = await makeStaff('OFFICER', { provinceCodes: ['KH-7'] });
    const supervisor = await makeStaff('SUPERVISOR');
    await expect(readTipPhoto(elsewhere.actor, { tipId: tip.tipId, attachmentId: tip.attachment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readTipPhoto(supervisor.actor, { tipId: other.tipId, attachmentId: tip.attachment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readTipPhoto(supervisor.actor, { tipId: tip.tipId, attachmentId: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const rewardsAdmin = await makeStaff('REWARDS_ADMIN');
    await expect(readTipPhoto(rewardsAdmin.actor, { tipId: tip.tipId, attachmentId: tip.attachment.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await photoViews(tip.tipId)).toEqual([]);
    expect(await photoViews(other.tipId)).toEqual([]);
  });
});
