/**
 * The irreducible work of a tip, for `npm run bench:intake` only (docs/BENCHMARKS.md): read the
 * JSON, one argon2id with the intake's parameters, one `pg` INSERT of the same row. Served by a
 * plain node:http server (scripts/bench/baseline-server.ts) and, inside the production build,
 * by /api/bench/baseline when BENCH_BASELINE_ROUTE=true (404 otherwise).
 */
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { TIPSTER_KDF_PARAMS } from '@/lib/security/tipster-kdf';
import { generatePassphrase, generateTipCode } from '@/lib/tips/receipt';

export const baselineRouteEnabled = () => process.env.BENCH_BASELINE_ROUTE === 'true';

const INSERT = `INSERT INTO "Tip" (id, code, "passphraseHash", "tipsterPublicKey", "tipsterKeySalt", category, indicators, description,
  lat, lng, "locationSource", language, "receivedAt") VALUES ($1, $2, $3, '', '', $4, $5, $6, $7, $8, $9, $10, date_trunc('hour', now()))`;

export async function baselineTip(pool: pg.Pool, body: string): Promise<{ code: string; passphrase: string }> {
  const fields = JSON.parse(body) as {
    category: string;
    indicators?: string[];
    description: string;
    location: { lat: number; lng: number; source: string };
    language: string;
  };
  const passphrase = generatePassphrase();
  const passphraseHash = await hash(passphrase.replace(/\D/g, ''), { algorithm: 2, ...TIPSTER_KDF_PARAMS });
  const code = generateTipCode();
  await pool.query(INSERT, [
    randomUUID(),
    code,
    passphraseHash,
    fields.category,
    fields.indicators ?? [],
    fields.description,
    fields.location.lat,
    fields.location.lng,
    fields.location.source,
    fields.language,
  ]);
  return { code, passphrase };
}

const holder = globalThis as unknown as { eyesAndEarsBaselinePool?: pg.Pool };
export const baselinePool = (connectionString: string): pg.Pool => (holder.eyesAndEarsBaselinePool ??= new pg.Pool({ connectionString }));
