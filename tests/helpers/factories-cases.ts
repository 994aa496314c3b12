/** Cases and raids for tests, through the same use-cases the console calls. */
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/permissions';
import { openCase } from '@/lib/cases/open-case';
import { db } from '@/lib/db/client';
import type { RaidInput } from '@/lib/raids/schema';
import type { TipInput } from '@/lib/tips/schema';
import { makeTip } from './factories';

const HOUR = 60 * 60 * 1000;

/** Tips received an hour apart (receivedAt is floored to the hour), oldest first. */
export async function makeTipsHoursApart(count: number, overrides: Partial<TipInput> = {}, newestHoursAgo = 1) {
  const tips = [];
  for (let index = 0; index < count; index++) {
    const hoursAgo = newestHoursAgo + (count - 1 - index);
    tips.push({ ...(await makeTip(overrides, { receivedAt: new Date(Date.now() - hoursAgo * HOUR) })), hoursAgo });
  }
  return tips;
}

export async function makeCase(actor: Actor, options: { tips?: number; tipOverrides?: Partial<TipInput>; status?: 'OPEN' | 'INVESTIGATING' | 'RAID_PLANNED' } = {}) {
  const tips = await makeTipsHoursApart(options.tips ?? 2, options.tipOverrides);
  const created = await openCase(actor, { tipIds: tips.map((tip) => tip.tipId), title: `Test case ${randomUUID().slice(0, 8)}` });
  // Tests start from a given status without walking the workflow each time.
  if (options.status && options.status !== 'OPEN') await db.case.update({ where: { id: created.id }, data: { status: options.status } });
  return { ...created, tips };
}

export function raidInput(caseId: string, overrides: Partial<RaidInput> = {}): RaidInput {
  return {
    caseId,
    raidedOn: new Date(Date.now() - 2 * 24 * HOUR).toISOString().slice(0, 10),
    unit: 'Anti-Human Trafficking Unit, Preah Sihanouk',
    place: 'Compound behind the old casino, Otres road',
    suspectsArrested: 3,
    victimsRescued: 12,
    foreignNationalsDetained: 40,
    computersSeized: 85,
    phonesSeized: 300,
    compoundClosed: true,
    ...overrides,
  };
}
