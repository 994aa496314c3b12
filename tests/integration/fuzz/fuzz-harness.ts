/**
 * What the HTTP fuzz tests share: a database of their own (so every row can be counted, whatever
 * other test files do meanwhile), the naughty strings, a tally of answers and the check that a
 * request either stored nothing or stored a valid row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ensureDatabase, dropDatabase } from '@/lib/db/admin';
import { disconnectDb, db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { prepareJobQueues } from '@/lib/jobs/queue';
import { tipInputSchema } from '@/lib/tips/schema';
import { replyBodySchema } from '@/lib/tips/reply-as-tipster';

export const NAUGHTY: string[] = JSON.parse(readFileSync('tests/fixtures/naughty-strings.json', 'utf8'));

export async function prepareFuzzDatabase(url: string): Promise<void> {
  await ensureDatabase(url);
  await applyMigrations(url);
  await prepareJobQueues(url);
}

export async function dropFuzzDatabase(url: string): Promise<void> {
  await disconnectDb();
  await dropDatabase(url);
}

function filesIn(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}

export interface Counts {
  tips: number;
  messages: number;
  attachments: number;
  audit: number;
  files: number;
}

export async function counts(uploadDir: string): Promise<Counts> {
  const [row] = await db.$queryRaw<{ tips: bigint; messages: bigint; attachments: bigint; audit: bigint }[]>`
    SELECT (SELECT count(*) FROM "Tip") AS tips, (SELECT count(*) FROM "Message") AS messages,
           (SELECT count(*) FROM "Attachment") AS attachments, (SELECT count(*) FROM "AuditEvent") AS audit`;
  return { tips: Number(row!.tips), messages: Number(row!.messages), attachments: Number(row!.attachments), audit: Number(row!.audit), files: filesIn(uploadDir) };
}

/** A stored tip read back into the shape the resident sent: it must pass the same schema, unchanged. */
export async function assertTipValid(tipId: string): Promise<void> {
  const tip = await db.tip.findUniqueOrThrow({ where: { id: tipId } });
  const asSent = {
    category: tip.category,
    indicators: tip.indicators,
    description: tip.description,
    location: { lat: tip.lat, lng: tip.lng, accuracyM: tip.accuracyM ?? undefined, source: tip.locationSource },
    provinceCode: tip.provinceCode ?? undefined,
    districtCode: tip.districtCode ?? undefined,
    landmark: tip.landmark ?? undefined,
    observedOn: tip.observedOn?.toISOString().slice(0, 10),
    observedTime: tip.observedTime ?? undefined,
    urgent: tip.urgent,
    wantsReward: tip.wantsReward,
    language: tip.language,
  };
  const parsed = tipInputSchema.safeParse(asSent);
  expect(parsed.success, `stored tip ${tipId} no longer passes the tip schema: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
  expect(parsed.data?.description).toBe(tip.description);
  expect(parsed.data?.landmark).toBe(tip.landmark ?? undefined);
}

export async function assertNewestMessageValid(): Promise<void> {
  const message = await db.message.findFirstOrThrow({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], include: { attachments: { select: { id: true } } } });
  expect(replyBodySchema.parse(message.body)).toBe(message.body);
  expect(message.body.length > 0 || message.attachments.length > 0).toBe(true);
}

/** Every answer by status, and the requests that got a 5xx (label and the start of the answer). */
export class Tally {
  requests = 0;
  readonly byStatus: Record<number, number> = {};
  readonly serverErrors: string[] = [];

  async record(label: string, response: Response): Promise<Response> {
    this.requests += 1;
    this.byStatus[response.status] = (this.byStatus[response.status] ?? 0) + 1;
    if (response.status >= 500) this.serverErrors.push(`${label} -> ${response.status} ${(await response.clone().text()).slice(0, 200)}`);
    return response;
  }
}
