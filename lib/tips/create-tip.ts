/**
 * Stores a validated tip and returns its receipt. Nothing about the sender is accepted here,
 * so nothing can be stored: the caller passes only the tip's content. Not written to the
 * audit log: its sequential ids sit between staff events with exact times and would date
 * the tip to the minute (docs/decisions/0002).
 */
import type { Tx } from '@/lib/db/client';
import { hashSecret } from '@/lib/security/password';
import { coarseTime } from './coarse-time';
import { generatePassphrase, generateTipCode } from './receipt';
import { deriveTipsterKey } from './tipster-box';
import type { TipInput } from './schema';
import { dedupText, writeDedupKeys } from '@/lib/dedup/keys';

export interface Receipt {
  tipId: string;
  code: string;
  /** Shown once to the tipster, never stored. */
  passphrase: string;
}

export async function createTip(
  tx: Tx,
  input: TipInput,
  options: { powVerified: boolean; receivedAt?: Date },
): Promise<Receipt> {
  const passphrase = generatePassphrase();
  const digits = passphrase.replace(/\D/g, '');
  const [passphraseHash, tipsterKey] = await Promise.all([hashSecret(digits), deriveTipsterKey(digits)]);
  const receivedAt = coarseTime(options.receivedAt);
  // A 12-digit random code collides with an existing one about once in 10^12/N tries; retry then.
  for (let attempt = 0; ; attempt++) {
    const code = generateTipCode();
    const taken = await tx.tip.findUnique({ where: { code }, select: { id: true } });
    if (taken && attempt < 5) continue;
    const tip = await tx.tip.create({
      data: {
        code,
        passphraseHash,
        tipsterPublicKey: tipsterKey.publicKey,
        tipsterKeySalt: tipsterKey.salt,
        category: input.category,
        indicators: input.indicators,
        description: input.description,
        lat: input.location.lat,
        lng: input.location.lng,
        accuracyM: input.location.accuracyM ?? null,
        locationSource: input.location.source,
        provinceCode: input.provinceCode ?? null,
        districtCode: input.districtCode ?? null,
        landmark: input.landmark || null,
        observedOn: input.observedOn ? new Date(`${input.observedOn}T00:00:00Z`) : null,
        observedTime: input.observedTime ?? null,
        urgent: input.urgent || input.category === 'PERSON_HELD',
        priority: input.urgent || input.category === 'PERSON_HELD' ? 'CRITICAL' : 'NORMAL',
        wantsReward: input.wantsReward,
        language: input.language,
        powVerified: options.powVerified,
        receivedAt,
      },
      select: { id: true, code: true },
    });
    // Keys for the duplicate search (lib/dedup/keys.ts), written with the tip.
    await writeDedupKeys(tx, [{ id: tip.id, lat: input.location.lat, lng: input.location.lng, receivedAt, text: dedupText(input.description, input.landmark || null) }]);
    return { tipId: tip.id, code: tip.code, passphrase };
  }
}
