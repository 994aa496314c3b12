/**
 * Stores a validated tip and returns its receipt. Nothing about the sender is accepted here,
 * so nothing can be stored: the caller passes only the tip's content. Not written to the
 * audit log: its sequential ids sit between staff events with exact times and would date
 * the tip to the minute (docs/decisions/0002).
 *
 * The memory-hard work (newTipsterCredentials: one argon2id, decision 0300) is meant to run
 * before a database connection is taken: submitTip does it first and passes the result in.
 * Then the tip and its duplicate-search keys are ONE statement (decision 0301): on the client
 * for a tip without photos (no transaction), or in the caller's transaction.
 */
import { randomUUID } from 'node:crypto';
import { type Db, queryNamed, type Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { dedupText, insertKeys, keyRows } from '@/lib/dedup/keys';
import { deriveTipsterSecrets, type TipsterSecrets } from '@/lib/security/tipster-kdf';
import { coarseTime } from './coarse-time';
import { generatePassphrase, generateTipCode } from './receipt';
import type { TipInput } from './schema';
import { isUrgentTip } from './categories';

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
export async function newTipsterCredentials(signal?: AbortSignal): Promise<TipsterCredentials> {
  const passphrase = generatePassphrase();
  return { passphrase, ...(await deriveTipsterSecrets(passphrase.replace(/\D/g, ''), undefined, signal)) };
}

/** Draws of a tip code before giving up: a 12-digit random code is taken about once in 10^12/N. */
const CODE_DRAWS = 6;

export async function createTip(
  client: Db | Tx,
  input: TipInput,
  options: {
    powVerified: boolean;
    receivedAt?: Date;
    credentials?: TipsterCredentials;
    /** Only for the offline evaluation, whose figures must repeat: ids break ties in the duplicate search (decision 0169). */
    id?: string;
  },
): Promise<Receipt> {
  const credentials = options.credentials ?? (await newTipsterCredentials());
  const receivedAt = coarseTime(options.receivedAt);
  const id = options.id ?? randomUUID();
  const urgent = isUrgentTip(input);
  const { lat, lng } = input.location;
  // Features and keys for the duplicate search (lib/dedup/keys.ts), computed before the
  // statement and written by it: the tip and its keys are one round trip (decision 0301).
  const keys = keyRows([{ id, lat, lng, receivedAt, text: dedupText(input.description, input.landmark || null) }]);
  for (let draw = 0; draw < CODE_DRAWS; draw++) {
    const code = generateTipCode();
    // No look-up first (a round trip for every tip): a taken code inserts nothing (ON CONFLICT
    // on the code only, so neither the tip nor its keys) and the loop draws again. Nothing
    // fails, so a caller's transaction is not aborted either. Of fixed text: a named statement (0305).
    const inserted = await queryNamed<{ id: string }>(client, 'create_tip', Prisma.sql`
      WITH tip AS (
        INSERT INTO "Tip" (id, code, "passphraseHash", "tipsterPublicKey", "tipsterKeySalt", category, indicators, description,
                           lat, lng, "accuracyM", "locationSource", "provinceCode", "districtCode", landmark, "observedOn",
                           "observedTime", urgent, priority, "wantsReward", language, "powVerified", "receivedAt", "dedupFeatures")
        VALUES (${id}::uuid, ${code}, ${credentials.passphraseHash}, ${credentials.tipsterPublicKey}, ${credentials.tipsterKeySalt},
                ${input.category}::"TipCategory", ${input.indicators}::text[], ${input.description}, ${lat}::float8, ${lng}::float8,
                ${input.location.accuracyM ?? null}::int, ${input.location.source}::"LocationSource", ${input.provinceCode ?? null},
                ${input.districtCode ?? null}, ${input.landmark || null}, ${input.observedOn ?? null}::date,
                ${input.observedTime ?? null}::"TimeOfDay", ${urgent}, ${urgent ? 'CRITICAL' : 'NORMAL'}::"Priority",
                ${input.wantsReward}, ${input.language}, ${options.powVerified}, ${receivedAt}::timestamp, ${keys.features[0]})
        ON CONFLICT (code) DO NOTHING
        RETURNING id
      ),
      keys AS (${insertKeys(keys, Prisma.sql`SELECT id FROM tip`)})
      SELECT id FROM tip`);
    if (inserted.length === 1) return { tipId: id, code, passphrase: credentials.passphrase };
  }
  throw new Error(`no free tip code in ${CODE_DRAWS} draws`);
}
