import { createHash, randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { exportCaseFile } from '@/lib/cases/export-case-file';
import { linkTipToCase } from '@/lib/cases/link-tip-to-case';
import { openCase } from '@/lib/cases/open-case';
import { db } from '@/lib/db/client';
import { recordRaid } from '@/lib/raids/record-raid';
import { submitTip } from '@/lib/tips/submit-tip';
import { addTipNote } from '@/lib/triage/add-tip-note';
import { messageTipster } from '@/lib/triage/message-tipster';
import { readTipPhoto } from '@/lib/triage/read-tip-photo';
import { viewTip } from '@/lib/triage/view-tip';
import { raidInput } from '../../helpers/factories-cases';
import { makeStaff, makeTip } from '../../helpers/factories';
import { CAMERA_TEXT, GPS_TEXT, jpegWithGps } from '../../helpers/images';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const parse = (files: Record<string, Uint8Array>, path: string) => JSON.parse(strFromU8(files[path]!));

async function caseWithPhotoAndRaid() {
  const supervisor = await makeStaff('SUPERVISOR');
  const photoTip = await submitTip({
    fields: {
      category: 'SCAM_COMPOUND',
      description: 'Photo of the compound gate with guards, taken from the road at night.',
      location: { lat: 10.63, lng: 103.52, source: 'GPS', accuracyM: 15 },
      provinceCode: 'KH-18',
      language: 'en',
      wantsReward: true,
    },
    photos: [await jpegWithGps(7)],
    requirePow: true,
  });
  const plainTip = await makeTip({ description: `Second tip ${randomUUID()}: buses arrive at the back gate after midnight.` });
  const opened = await openCase(supervisor.actor, { tipIds: [photoTip.tipId], title: 'Golden gate compound' });
  await linkTipToCase(supervisor.actor, { tipId: plainTip.tipId, caseId: opened.id });
  const attachment = await db.attachment.findFirstOrThrow({ where: { tipId: photoTip.tipId } });
  await viewTip(supervisor.actor, photoTip.tipId);
  await readTipPhoto(supervisor.actor, { tipId: photoTip.tipId, attachmentId: attachment.id });
  await messageTipster(supervisor.actor, { tipId: photoTip.tipId, body: 'Which floor were the guards on?' });
  await addCaseNote(supervisor.actor, { caseId: opened.id, body: 'Prosecutor asked for the gate photo.' });
  await addTipNote(supervisor.actor, { tipId: plainTip.tipId, body: 'Consistent with the first tip.' });
  await db.case.update({ where: { id: opened.id }, data: { status: 'RAID_PLANNED' } });
  const raid = await recordRaid(supervisor.actor, raidInput(opened.id));
  return { supervisor, photoTip, plainTip, caseId: opened.id, reference: opened.reference, attachment, raid };
}

describe('exportCaseFile', () => {
  it('packs the case, tips, verified photos, raids, notes and audit trail, and audits the export with the archive hash', async () => {
    const built = await caseWithPhotoAndRaid();
    const { filename, bytes } = await exportCaseFile(built.supervisor.actor, { caseId: built.caseId });
    const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    expect(filename).toBe(`case-${built.reference}-${today}.zip`);

    const files = unzipSync(bytes);
    // Tips are T1, T2 … in the file, never their tip codes (decision 0800).
    const refOf = new Map(['tips/T1.json', 'tips/T2.json'].map((path) => [parse(files, path).id as string, parse(files, path).ref as string]));
    const photoRef = refOf.get(built.photoTip.tipId)!;
    const plainRef = refOf.get(built.plainTip.tipId)!;
    expect([photoRef, plainRef].sort()).toEqual(['T1', 'T2']);
    const photoPath = `photos/${photoRef}/1.jpg`;
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'audit.json', 'case.json', 'notes.json', photoPath, 'photos/manifest.json', 'raids.json', 'tips/T1.json', 'tips/T2.json'].sort(),
    );
    for (const [path, content] of Object.entries(files)) {
      if (path.endsWith('.jpg')) continue;
      for (const code of [built.photoTip.code, built.plainTip.code]) expect(strFromU8(content), path).not.toContain(code);
    }

    const caseFile = parse(files, 'case.json');
    expect(caseFile).toMatchObject({ reference: built.reference, title: 'Golden gate compound', status: 'RAIDED', provinceCode: 'KH-18', firstInformantTip: photoRef });
    expect(caseFile.createdAt).toEqual(expect.any(String));

    const photoTip = parse(files, `tips/${photoRef}.json`);
    expect(photoTip).toMatchObject({
      ref: photoRef, category: 'SCAM_COMPOUND', description: 'Photo of the compound gate with guards, taken from the road at night.',
      provinceCode: 'KH-18', language: 'en', wantsReward: true, status: 'LINKED', priority: 'NORMAL', firstInformant: true, photoCount: 1,
    });
    expect(photoTip.location).toMatchObject({ lat: 10.63, lng: 103.52, source: 'GPS' });
    expect(photoTip.messages).toEqual([expect.objectContaining({ direction: 'TO_TIPSTER', body: 'Which floor were the guards on?', at: expect.any(String) })]);
    const storedTip = await db.tip.findUniqueOrThrow({ where: { id: built.photoTip.tipId } });
    expect(photoTip.receivedAt).toBe(storedTip.receivedAt.toISOString());
    expect(photoTip.powVerified).toBe(storedTip.powVerified);

    // The photo is the stored sanitised image, byte for byte, with no metadata left in it.
    const photo = files[photoPath]!;
    expect(sha256(photo)).toBe(built.attachment.sha256);
    const meta = await sharp(photo).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.format).toBe('jpeg');
    expect(parse(files, 'photos/manifest.json')).toEqual([
      expect.objectContaining({ path: photoPath, tip: photoRef, sha256: built.attachment.sha256, phash: built.attachment.phash, sizeBytes: photo.byteLength, width: built.attachment.width, height: built.attachment.height }),
    ]);

    const raids = parse(files, 'raids.json');
    expect(raids).toEqual([expect.objectContaining({ id: built.raid.id, victimsRescued: 12, suspectsArrested: 3, compoundClosed: true, positiveOutcome: true, recordedBy: 'Test SUPERVISOR' })]);
    const notes = parse(files, 'notes.json');
    expect(notes).toEqual(expect.arrayContaining([
      expect.objectContaining({ on: 'case', body: 'Prosecutor asked for the gate photo.', authorName: 'Test SUPERVISOR', at: expect.any(String) }),
      expect.objectContaining({ on: 'tip', tip: plainRef, body: 'Consistent with the first tip.', authorName: 'Test SUPERVISOR' }),
    ]));

    const audit: { action: string; targetId: string; actorId: string | null; actorRole: string | null; hash: string; prevHash: string }[] = parse(files, 'audit.json');
    const actions = audit.map((event) => `${event.action}:${event.targetId}`);
    expect(actions).toEqual(expect.arrayContaining([
      `case.created:${built.caseId}`, `tip.viewed:${built.photoTip.tipId}`, `tip.photo_viewed:${built.photoTip.tipId}`,
      `raid.recorded:${built.caseId}`, `case.note_added:${built.caseId}`,
    ]));
    expect(audit.find((event) => event.action === 'tip.viewed')).toMatchObject({ actorId: built.supervisor.id, actorRole: 'SUPERVISOR', hash: expect.stringMatching(/^[0-9a-f]{64}$/), prevHash: expect.any(String) });
    expect(audit.every((event) => [built.caseId, built.photoTip.tipId, built.plainTip.tipId, built.raid.id, built.attachment.id].includes(event.targetId))).toBe(true);

    // Nothing that could open the tipster's box or test a guessed passphrase leaves the service.
    const secrets = [storedTip.passphraseHash, storedTip.tipsterPublicKey, storedTip.tipsterKeySalt, built.photoTip.passphrase, GPS_TEXT, CAMERA_TEXT];
    const plain = await db.tip.findUniqueOrThrow({ where: { id: built.plainTip.tipId } });
    secrets.push(plain.passphraseHash, plain.tipsterPublicKey, plain.tipsterKeySalt, built.plainTip.passphrase);
    for (const [path, content] of Object.entries(files)) {
      const text = Buffer.from(content).toString('latin1');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${path}`).toBe(false);
    }
    expect(strFromU8(files['README.txt']!)).toContain('sha256sum');
    expect(strFromU8(files['README.txt']!)).toContain('Test SUPERVISOR');

    const exported = await db.auditEvent.findMany({ where: { action: 'case.exported', targetId: built.caseId } });
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ actorId: built.supervisor.id, actorRole: 'SUPERVISOR', targetType: 'case' });
    expect(exported[0]!.detail).toMatchObject({ sha256: sha256(bytes), tips: 2, photos: 1 });
  });

  it('refuses an officer, answers NOT_FOUND for unknown ids, and audits nothing then', async () => {
    const built = await caseWithPhotoAndRaid();
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    await expect(exportCaseFile(officer.actor, { caseId: built.caseId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportCaseFile(built.supervisor.actor, { caseId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportCaseFile(built.supervisor.actor, { caseId: 'not-a-case' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.auditEvent.count({ where: { action: 'case.exported' , targetId: built.caseId } })).toBe(0);
  });

  it('lets a supervisor export a case in any province', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const tip = await makeTip({ provinceCode: 'KH-7', location: { lat: 10.6, lng: 104.18, source: 'GPS', accuracyM: 20 } });
    const opened = await openCase(supervisor.actor, { tipIds: [tip.tipId], title: 'Kampot compound' });
    const other = await makeStaff('SUPERVISOR');
    const files = unzipSync((await exportCaseFile(other.actor, { caseId: opened.id })).bytes);
    expect(parse(files, 'case.json')).toMatchObject({ reference: opened.reference, provinceCode: 'KH-7' });
    expect(parse(files, 'photos/manifest.json')).toEqual([]);
  });

  it('fails rather than ship a photo whose bytes no longer match the stored hash', async () => {
    const built = await caseWithPhotoAndRaid();
    await db.attachment.update({ where: { id: built.attachment.id }, data: { sha256: 'f'.repeat(64) } });
    await expect(exportCaseFile(built.supervisor.actor, { caseId: built.caseId })).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'cases.errors.exportPhotoMismatch' });
    expect(await db.auditEvent.count({ where: { action: 'case.exported', targetId: built.caseId } })).toBe(0);
  });
});
