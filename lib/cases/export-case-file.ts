/**
 * A case file for prosecutors: one ZIP with the case, its tips (never the tipster's passphrase
 * hash or key), the sanitised photos with their hashes, raids, notes and the case's audit
 * trail. The export is audited (`case.exported`, with the archive's sha256) in the same
 * transaction as the read, so a file handed over can later be matched to the log.
 * Unknown or outside the actor's provinces: NOT_FOUND.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { isPositiveOutcome } from '@/lib/raids/positive-outcome';
import { readAttachment } from '@/lib/uploads/read-attachment';
import { defineUseCase } from '@/lib/use-case';
import { loadCaseWithTips } from './load-case';

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const extensionOf = (mimeType: string) => (mimeType === 'image/png' ? 'png' : mimeType === 'image/webp' ? 'webp' : 'jpg');

export const exportCaseFile = defineUseCase({
  name: 'exportCaseFile',
  permission: 'cases.export',
  input: z.object({ caseId: anyId }),
  run: async (actor, { caseId }, client: Db = defaultDb): Promise<{ filename: string; bytes: Uint8Array }> => {
    return client.$transaction(
      async (tx) => {
        // Officers' scope applies to the tips too; supervisors (who hold cases.export) see all.
        const { found, tips } = await loadCaseWithTips(tx, actor, caseId, {
          raids: 'asc',
          tips: {
            id: true, category: true, indicators: true, description: true, lat: true, lng: true, accuracyM: true,
            locationSource: true, provinceCode: true, districtCode: true, landmark: true, observedOn: true, observedTime: true,
            urgent: true, language: true, wantsReward: true, powVerified: true, receivedAt: true, status: true, priority: true,
            triagedAt: true,
            messages: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, direction: true, body: true, createdAt: true, author: { select: { name: true } }, _count: { select: { attachments: true } } } },
            attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, storageKey: true, mimeType: true, width: true, height: true, sizeBytes: true, sha256: true, phash: true, messageId: true, createdAt: true } },
            notes: { orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
          },
        });
        const tipIds = tips.map((tip) => tip.id);
        const raidIds = found.raids.map((raid) => raid.id);
        const attachmentIds = tips.flatMap((tip) => tip.attachments.map((attachment) => attachment.id));
        const auditEvents = await tx.auditEvent.findMany({
          where: {
            OR: [
              { targetType: 'case', targetId: caseId },
              { targetType: 'tip', targetId: { in: tipIds } },
              { targetType: 'raid', targetId: { in: raidIds } },
              { targetType: { in: ['attachment', 'photo'] }, targetId: { in: attachmentIds } },
            ],
          },
          orderBy: { id: 'asc' },
        });
        const exporter = await tx.staffUser.findUnique({ where: { id: actor.id }, select: { name: true } });
        const firstInformant = tips.find((tip) => tip.id === found.firstInformantTipId);

        // Tips are named T1, T2 … in the order received, local to this file: never by their tip
        // code, which is the tipster's key to /status and must not leave the police (decision 0800).
        const refOf = new Map(tips.map((tip, index) => [tip.id, `T${index + 1}`]));
        const files: Zippable = {};
        const manifest: Record<string, unknown>[] = [];
        for (const tip of tips) {
          const ref = refOf.get(tip.id)!;
          let photoNumber = 0;
          for (const attachment of tip.attachments) {
            photoNumber += 1;
            const bytes = new Uint8Array(await readAttachment(attachment.storageKey));
            const sha256 = sha256Hex(bytes);
            // A photo whose bytes no longer match the hash taken at intake must not reach a court.
            if (sha256 !== attachment.sha256) throw new AppError('CONFLICT', 'cases.errors.exportPhotoMismatch');
            const path = `photos/${ref}/${photoNumber}.${extensionOf(attachment.mimeType)}`;
            files[path] = [bytes, { level: 0 }];
            manifest.push({
              path, tip: ref, attachmentId: attachment.id, sha256, phash: attachment.phash, sizeBytes: bytes.byteLength,
              width: attachment.width, height: attachment.height, mimeType: attachment.mimeType,
              sentWith: attachment.messageId ? 'message' : 'tip', messageId: attachment.messageId, storedAt: attachment.createdAt,
            });
          }
          files[`tips/${ref}.json`] = json({
            ref,
            id: tip.id,
            firstInformant: tip.id === found.firstInformantTipId,
            category: tip.category,
            indicators: tip.indicators,
            description: tip.description,
            location: { lat: tip.lat, lng: tip.lng, accuracyM: tip.accuracyM, source: tip.locationSource },
            provinceCode: tip.provinceCode,
            districtCode: tip.districtCode,
            landmark: tip.landmark,
            observedOn: day(tip.observedOn),
            observedTime: tip.observedTime,
            urgent: tip.urgent,
            language: tip.language,
            receivedAt: tip.receivedAt,
            status: tip.status,
            priority: tip.priority,
            triagedAt: tip.triagedAt,
            wantsReward: tip.wantsReward,
            powVerified: tip.powVerified,
            photoCount: tip.attachments.length,
            messages: tip.messages.map((message) => ({
              id: message.id, direction: message.direction, body: message.body, at: message.createdAt,
              authorName: message.author?.name ?? null, photoCount: message._count.attachments,
            })),
          });
        }

        const exportedAt = new Date();
        const exportedBy = { id: actor.id, name: exporter?.name ?? null, role: actor.role };
        files['case.json'] = json({
          reference: found.reference,
          id: found.id,
          title: found.title,
          status: found.status,
          provinceCode: found.provinceCode,
          location: found.lat === null || found.lng === null ? null : { lat: found.lat, lng: found.lng },
          createdAt: found.createdAt,
          updatedAt: found.updatedAt,
          firstInformantTip: firstInformant ? refOf.get(firstInformant.id)! : null,
          assignedTo: found.assignedTo,
          mergedIntoId: found.mergedIntoId,
          tips: tips.map((tip) => refOf.get(tip.id)!),
          exportedAt,
          exportedBy,
        });
        files['photos/manifest.json'] = json(manifest);
        files['raids.json'] = json(found.raids.map((raid) => ({
          id: raid.id, raidedOn: day(raid.raidedOn), unit: raid.unit, place: raid.place, lat: raid.lat, lng: raid.lng,
          suspectsArrested: raid.suspectsArrested, victimsRescued: raid.victimsRescued, foreignNationalsDetained: raid.foreignNationalsDetained,
          computersSeized: raid.computersSeized, phonesSeized: raid.phonesSeized, compoundClosed: raid.compoundClosed,
          positiveOutcome: isPositiveOutcome(raid), notes: raid.notes, recordedBy: raid.recordedBy.name, recordedAt: raid.createdAt,
        })));
        files['notes.json'] = json([
          ...found.notes.map((note) => ({ on: 'case', reference: found.reference, id: note.id, body: note.body, authorName: note.author.name, at: note.createdAt })),
          ...tips.flatMap((tip) => tip.notes.map((note) => ({ on: 'tip', tip: refOf.get(tip.id)!, id: note.id, body: note.body, authorName: note.author.name, at: note.createdAt }))),
        ]);
        files['audit.json'] = json(auditEvents.map((event) => ({
          id: event.id.toString(), at: event.at, actorId: event.actorId, actorRole: event.actorRole, action: event.action,
          targetType: event.targetType, targetId: event.targetId, detail: event.detail, prevHash: event.prevHash, hash: event.hash,
        })));
        files['README.txt'] = strToU8(readme({ reference: found.reference, exportedAt, exportedBy, tipCount: tips.length, photoCount: manifest.length }));

        // A fixed file time keeps the archive's hash a function of its contents only.
        const bytes = zipSync(files, { mtime: exportedAt });
        const archiveSha256 = sha256Hex(bytes);
        await recordAuditEvent(tx, {
          actor,
          action: 'case.exported',
          target: { type: 'case', id: caseId },
          detail: { sha256: archiveSha256, sizeBytes: bytes.byteLength, tips: tips.length, photos: manifest.length },
          at: exportedAt,
        });
        return { filename: `case-${found.reference}-${day(exportedAt)!.replaceAll('-', '')}.zip`, bytes };
      },
      { timeout: 60_000 },
    );
  },
});

function readme(input: { reference: string; exportedAt: Date; exportedBy: { id: string; name: string | null; role: string }; tipCount: number; photoCount: number }): string {
  return [
    `Eyes & Ears case file ${input.reference}`,
    '',
    `Exported at ${input.exportedAt.toISOString()} (UTC) by ${input.exportedBy.name ?? 'unknown'} (${input.exportedBy.role}, staff id ${input.exportedBy.id}).`,
    `This export is itself recorded in the audit log as "case.exported", with the SHA-256 of this ZIP file in its detail.`,
    '',
    'Files',
    '  case.json            The case: reference, title, status, province, when it was opened, the reference of the first',
    '                       informant and who it is assigned to.',
    `  tips/T<n>.json       One file per tip (${input.tipCount} in this file), T1 the first received: what the tipster reported (category, signs seen,`,
    '                       description, location, province and district, landmark, date and time observed, urgency,',
    '                       language), when it was received (rounded on purpose to protect the tipster), its status and',
    '                       priority, whether the tipster asked for a reward, and the messages exchanged with the tipster.',
    '                       Nothing that could identify the tipster is stored by the service, so none is here.',
    `  photos/T<n>/<n>.*    The photos sent with each tip (${input.photoCount} in this file), as stored after removing all`,
    '                       metadata (location, camera, dates). They are exactly the bytes the service has kept.',
    '  photos/manifest.json For each photo: its SHA-256 and perceptual hash, size in bytes, width and height.',
    '  raids.json           The raids recorded on this case and their outcomes.',
    '  notes.json           Notes written by officers on the case and on its tips, with author and time.',
    '  audit.json           Every audit log event about the case, its tips, raids and photos: who (staff id and role),',
    '                       what, when, and the event hash and previous hash that chain the log together.',
    '',
    'Checking a photo',
    '  On Linux or macOS, in the folder where this file was unpacked:',
    '    sha256sum photos/T1/1.jpg        (macOS: shasum -a 256 photos/T1/1.jpg)',
    '  The printed value must equal the "sha256" for that path in photos/manifest.json. Any difference means',
    '  the photo was changed after it left the service.',
    '',
    'Checking the whole file',
    '  sha256sum of the ZIP file must equal the "sha256" in the case.exported audit event recorded at the time above.',
    '',
  ].join('\n');
}
