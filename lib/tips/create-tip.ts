/**
 * Stores a validated tip and returns its receipt. Nothing about the sender is accepted here,
 * so nothing can be stored: the caller passes only the tip's content. Not written to the
 * audit log: its sequential ids sit between staff events with exact times and would date
 * the tip to the minute (docs/decisions/0002).
 *
 * The memory-hard work (newTipsterCredentials: one argon2id, decision 0300) is meant to run
 * before a database connection is taken: submitTip does it first and passes the result in;
 * then the tip is one INSERT (one statement, no transaction) or, with photos, one nested
 * create (decision 0301).
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '@/lib/db/client';
import { deriveTipsterSecrets, type TipsterSecrets } from '@/lib/security/tipster-kdf';
import { coarseTime } from './coarse-time';
import { generatePassphrase, generateTipCode } from './receipt';
import type { TipInput } from './schema';

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

export interface TipAttachmentRow {
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  sizeBytes: number;
  sha256: string;
  phash: string;
}

const isCodeCollision = (error: unknown) => {
  const known = error as { code?: string; meta?: unknown; message?: string };
  // The driver adapter names the violated index (Tip_code_key) or its fields, depending on version.
  return known?.code === 'P2002' && /Tip_code_key|"code"/.test(`${JSON.stringify(known.meta ?? {})} ${known.message ?? ''}`);
};

export async function createTip(
  client: Tx | Db,
  input: TipInput,
  options: { powVerified: boolean; receivedAt?: Date; credentials?: TipsterCredentials; attachments?: readonly TipAttachmentRow[] },
): Promise<Receipt> {
  const credentials = options.credentials ?? (await newTipsterCredentials());
  const receivedAt = coarseTime(options.receivedAt);
  const attachments = options.attachments ?? [];
  const id = randomUUID();
  // A 12-digit random code collides with an existing one about once in 10^12/N tries: rather
  // than look first (a round trip for every tip), insert and draw again on the unique
  // violation. Inside a caller's transaction a collision aborts it (seeds and tests only).
  for (let attempt = 0; ; attempt++) {
    const code = generateTipCode();
    try {
      await client.tip.create({
        data: {
          id,
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
          ...(attachments.length > 0
            ? { attachments: { createMany: { data: attachments.map((photo) => ({ ...photo, messageId: null, createdAt: receivedAt })) } } }
            : {}),
        },
        select: { id: true },
      });
      return { tipId: id, code, passphrase: credentials.passphrase };
    } catch (error) {
      if (attempt < 5 && isCodeCollision(error)) continue;
      throw error;
    }
  }
}
