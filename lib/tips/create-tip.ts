/**
 * Stores a validated tip and returns its receipt. Nothing about the sender is accepted here,
 * so nothing can be stored: the caller passes only the tip's content. Not written to the
 * audit log: its sequential ids sit between staff events with exact times and would date
 * the tip to the minute (docs/decisions/0002).
 *
 * The memory-hard work (newTipsterCredentials: one argon2id, decision 0300) is meant to run
 * before a database connection is taken: submitTip does it first and passes the result in.
 */
import type { Tx } from '@/lib/db/client';
import { deriveTipsterSecrets, type TipsterSecrets } from '@/lib/security/tipster-kdf';
import { coarseTime } from './coarse-time';
import { generatePassphrase, generateTipCode } from './receipt';
import type { TipInput } from './schema';
import { dedupText, writeDedupKeys } from '@/lib/dedup/keys';

export interface Receipt {
  tipId: string;
  code: string;
  /** Shown once to the tipster, never stored. */
  passphrase: string;
}

export interface TipsterCredentials extends TipsterSecrets {
  /** Shown once to the tipster, never stored. */
  passphrase: string;
}

/** A fresh passphrase and what is stored of it: the argon2id work of a tip, done once. */
export async function newTipsterCredentials(): Promise<TipsterCredentials> {
  const passphrase = generatePassphrase();
  return { passphrase, ...(await deriveTipsterSecrets(passphrase.replace(/\D/g, ''))) };
}

export async function createTip(
  tx: Tx,
  input: TipInput,
  options: { powVerified: boolean; receivedAt?: Date; credentials?: TipsterCredentials },
): Promise<Receipt> {
  const credentials = options.credentials ?? (await newTipsterCredentials());
  const receivedAt = coarseTime(options.receivedAt);
  // A 12-digit random code collides with an existing one about once in 10^12/N tries; retry then.
  for (let attempt = 0; ; attempt++) {
    const code = generateTipCode();
    const taken = await tx.tip.findUnique({ where: { code }, select: { id: true } });
    if (taken && attempt < 5) continue;
    const tip = await tx.tip.create({
      data: {
        code,
        passphraseHash: credentials.passphraseHash,
        tipsterPublicKey: credentials.tipsterPublicKey,
        tipsterKeySalt: credentials.tipsterKeySalt,
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
    return { tipId: tip.id, code: tip.code, passphrase: credentials.passphrase };
  }
}
