import { randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { db } from '@/lib/db/client';
import { requireSetting } from '@/lib/env';
import { DUPLICATES_SQL, findDuplicates, rankDuplicates } from '@/lib/dedup/find-duplicates';
import { candidateValues } from '@/lib/dedup/find-candidates';
import { dedupPool } from '@/lib/dedup/pool';
import { decodeFeatures, encodeFeatures, textFeatures } from '@/lib/dedup/text-features';
import { makeStaff, makeTip } from '../../helpers/factories';

/** A compound name no other test uses, e.g. "Vakoru Tesmin". */
const uniqueName = () =>
  Array.from({ length: 2 }, () => {
    const word = Array.from(randomBytes(6), (byte) => 'abcdefghijklmnopqrstuvwxyz'[byte % 26]).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  }).join(' ');

/** A random spot in Kampong Thom's countryside, away from the tips other tests make. */
const somewhere = () => ({ lat: 12.5 + randomInt(0, 100_000) / 200_000, lng: 104.6 + randomInt(0, 100_000) / 200_000 });
const moved = (place: { lat: number; lng: number }, northM: number) => ({ lat: place.lat + northM / 111_195, lng: place.lng });

async function tipAt(place: { lat: number; lng: number }, description: string, overrides: Parameters<typeof makeTip>[0] = {}) {
  return makeTip({ description, location: { ...place, source: 'GPS' }, provinceCode: 'KH-6', ...overrides });
}

type PlanNode = { 'Node Type': string; 'Subplan Name'?: string; 'Plan Rows': number; Plans?: PlanNode[] };

describe('findDuplicates', () => {
  it('ranks the same compound described in another language first, with its reasons', async () => {
    const place = somewhere();
    const name = uniqueName();
    const first = await tipAt(place, `${name} compound: high walls, guards at the gate, buses at night.`);
    const khmer = await tipAt(moved(place, 80), `អគារ ${name} មានរបងខ្ពស់ និងឆ្មាំនៅមាត់ទ្វារ។`, { language: 'km' });
    const unnamed = await tipAt(moved(place, 350), 'A warehouse with a new fence and a dog, lights on late.');

    const results = await rankDuplicates(db, { tipId: first.tipId });
    expect(results[0]).toMatchObject({ tipId: khmer.tipId, flagged: true, caseId: null, language: 'km' });
    // Staff name tips by reference; the tip code stays with the tipster (decision 0800).
    expect(JSON.stringify(results)).not.toContain(khmer.code);
    expect(results[0]!.distanceM).toBeGreaterThan(70);
    expect(results[0]!.distanceM).toBeLessThan(90);
    expect(results[0]!.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['names', 'distance', 'same_category']));
    // the unnamed neighbour 350 m away is at most "possibly related", never flagged
    expect(results.find((result) => result.tipId === unnamed.tipId)?.flagged ?? false).toBe(false);
  });

  it('reaches past the radius for a shared name, not for a shared kind of building alone', async () => {
    const place = somewhere();
    const name = uniqueName();
    const first = await tipAt(place, `${name} casino, foreign workers held in the back building.`);
    const farSameName = await tipAt(moved(place, 3_000), `My brother is held at the ${name} casino, they took his passport.`, { category: 'PERSON_HELD' });
    const farOther = await tipAt(moved(place, -3_000), 'Another casino with guards and foreign workers held in the back building.');

    // "casino" is a key (lib/dedup/keys.ts) and the wording is almost the same, so the other
    // casino 3 km away may be offered as "possibly related"; only the shared name flags.
    const results = await rankDuplicates(db, { tipId: first.tipId });
    expect(results.find((result) => result.tipId === farSameName.tipId)).toMatchObject({ flagged: true });
    expect(results.find((result) => result.tipId === farOther.tipId)?.flagged ?? false).toBe(false);
  });

  // Decision 0132: a name written only in Chinese or Khmer script is keyed by its readings and
  // its consonants, so the tip naming it in Latin letters 3 km away (past the near search) is offered.
  it('offers and flags 金帆 in an all-Chinese tip and "Jin Fan" 3 km away, and a Khmer name and its Latin spelling', async () => {
    const place = somewhere();
    const chinese = await tipAt(place, '救救我弟弟 他在金帆园区3号楼 护照被老板收走了', { language: 'zh' });
    const english = await tipAt(moved(place, 3_000), 'My brother is held in the Jin Fan compound, they took his passport.');
    const vietnamese = await tipAt(moved(place, -3_000), 'tôi mới trốn ra được từ khu Kim Phàm, nhà kính xanh', { language: 'vi' });
    const results = await rankDuplicates(db, { tipId: chinese.tipId });
    for (const other of [english, vietnamese]) {
      expect(results.find((result) => result.tipId === other.tipId)).toMatchObject({ flagged: true, reasons: expect.arrayContaining([expect.objectContaining({ code: 'script_names', names: ['金帆 (jinfan)'] })]) });
    }

    const elsewhere = somewhere();
    const khmer = await tipAt(elsewhere, 'អគារធំ កាស៊ីណូ សុវណ្ណភូមិ មានឆ្មាំច្រើន', { language: 'km' });
    const latin = await tipAt(moved(elsewhere, 3_000), 'Foreigners are held inside the Sovannaphoum casino, guards at the gate.');
    expect((await rankDuplicates(db, { tipId: latin.tipId })).find((result) => result.tipId === khmer.tipId)).toMatchObject({ flagged: true });
  });

  it('does not flag two compounds side by side whose names, written in one script, differ', async () => {
    const place = somewhere();
    const first = await tipAt(place, '救救我弟弟 他在金帆园区3号楼 护照被老板收走了', { language: 'zh' });
    const next = await tipAt(moved(place, 40), '我在银河园区 出不来 护照被收了', { language: 'zh' });
    const found = (await rankDuplicates(db, { tipId: first.tipId })).find((result) => result.tipId === next.tipId);
    // Nearness with nothing specific in common weighs 0.25 (decision 0143); the names differing take
    // 0.25 off it, so the pair is not even shown (it would be, at ~0.4, were the names not compared).
    expect(found).toBeUndefined();
  });

  it('finds a recruiter by phone number anywhere in the country, however the number is written', async () => {
    const subscriber = `${randomInt(100, 999)} ${randomInt(100, 999)}`;
    const first = await tipAt(somewhere(), `Recruiter offers jobs in Sihanoukville, phone +855 17 ${subscriber}, promises 1000 USD.`, { category: 'RECRUITER' });
    const elsewhere = await makeTip({
      category: 'RECRUITER',
      description: `ភ្នាក់ងារ ហៅតាមលេខ 017${subscriber.replace(' ', '')} ជ្រើសរើសយុវជន`,
      location: { lat: 13.0957, lng: 103.2022, source: 'MAP_PIN' },
      provinceCode: 'KH-2',
      language: 'km',
    });
    const results = await rankDuplicates(db, { tipId: first.tipId });
    expect(results.find((result) => result.tipId === elsewhere.tipId)).toMatchObject({ flagged: true });
  });

  it('finds the same photo past the radius', async () => {
    const place = somewhere();
    const first = await tipAt(place, 'A walled house with guards and cameras everywhere.');
    const other = await tipAt(moved(place, 8_000), 'Photo of the gate of a compound, guards outside.');
    const sha256 = randomBytes(32).toString('hex');
    for (const tipId of [first.tipId, other.tipId]) {
      await db.attachment.create({
        data: { tipId, storageKey: `test/${randomBytes(8).toString('hex')}`, mimeType: 'image/webp', width: 10, height: 10, sizeBytes: 100, sha256, phash: randomBytes(8).toString('hex'), createdAt: new Date() },
      });
    }
    const result = (await rankDuplicates(db, { tipId: first.tipId, minScore: 0 })).find((candidate) => candidate.tipId === other.tipId);
    expect(result?.reasons.map((reason) => reason.code)).toContain('same_photo');
  });

  it('leaves out pairs an officer dismissed and tips already in the same case', async () => {
    const place = somewhere();
    const name = uniqueName();
    const first = await tipAt(place, `${name} compound with guards.`);
    const dismissed = await tipAt(moved(place, 40), `${name} compound, guards at night.`);
    const merged = await tipAt(moved(place, -40), `${name} compound, barbed wire.`);
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-6'] });
    const [tipAId, tipBId] = [first.tipId, dismissed.tipId].sort() as [string, string];
    await db.duplicateDismissal.create({ data: { tipAId, tipBId, decidedById: officer.id } });
    const kase = await db.case.create({ data: { reference: `T-${randomBytes(4).toString('hex')}`, title: name, createdById: officer.id } });
    await db.tip.updateMany({ where: { id: { in: [first.tipId, merged.tipId] } }, data: { caseId: kase.id } });

    const ids = (await rankDuplicates(db, { tipId: first.tipId, minScore: 0 })).map((result) => result.tipId);
    expect(ids).not.toContain(dismissed.tipId);
    expect(ids).not.toContain(merged.tipId);
    // the dismissal works from the other side too
    expect((await rankDuplicates(db, { tipId: dismissed.tipId, minScore: 0 })).map((result) => result.tipId)).not.toContain(first.tipId);
  });

  it("keeps an officer to their provinces: other provinces' tips are neither asked about nor offered", async () => {
    const place = somewhere();
    const name = uniqueName();
    const mine = await tipAt(place, `${name} compound with guards.`);
    const otherProvince = await tipAt(moved(place, 50), `${name} compound, guards at the gate.`, { provinceCode: 'KH-15' });
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-6'] });
    const supervisor = await makeStaff('SUPERVISOR');

    expect((await findDuplicates(officer.actor, { tipId: mine.tipId })).map((result) => result.tipId)).not.toContain(otherProvince.tipId);
    expect((await findDuplicates(supervisor.actor, { tipId: mine.tipId })).map((result) => result.tipId)).toContain(otherProvince.tipId);
    await expect(findDuplicates(officer.actor, { tipId: otherProvince.tipId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses roles without tips.read and answers 404 for an unknown tip', async () => {
    const first = await tipAt(somewhere(), 'A compound with guards and high walls.');
    const rewards = await makeStaff('REWARDS_ADMIN');
    await expect(findDuplicates(rewards.actor, { tipId: first.tipId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rankDuplicates(db, { tipId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('scores candidates on the features stored with them, and reads the text again when they are stale', async () => {
    const place = somewhere();
    const name = uniqueName();
    const first = await tipAt(place, `${name} compound: high walls, guards at the gate, buses at night.`);
    // Near enough to be a candidate (lib/dedup/find-candidates.ts NEAR_M), too far and too vague to be shown.
    const other = await tipAt(moved(place, 300), 'Compound with a blue roof, guards and buses.', { category: 'OTHER' });
    const stored = await db.tip.findUniqueOrThrow({ where: { id: other.tipId }, select: { dedupFeatures: true } });
    expect(decodeFeatures(stored.dedupFeatures)).toEqual(textFeatures('Compound with a blue roof, guards and buses.'));
    const scoreOf = async () => (await rankDuplicates(db, { tipId: first.tipId })).find((result) => result.tipId === other.tipId);
    expect((await scoreOf())?.flagged ?? false).toBe(false);

    // The stored features, not the text, are what is scored: features that name the compound flag it.
    const named = encodeFeatures(textFeatures(`${name} compound, same high walls, guards at the gate, buses at night.`));
    await db.tip.update({ where: { id: other.tipId }, data: { dedupFeatures: named } });
    expect(await scoreOf()).toMatchObject({ flagged: true });

    // Features of another version are not trusted: the text is read again.
    await db.tip.update({ where: { id: other.tipId }, data: { dedupFeatures: named.replace(/^\[\d+,/, '[0,') } });
    expect((await scoreOf())?.flagged ?? false).toBe(false);
  });

  it('answers the same through its pg pool as through Prisma, times included, whatever the process time zone', async () => {
    const place = somewhere();
    const name = uniqueName();
    const first = await tipAt(place, `${name} compound, blue building of 7 floors, guards at the gate.`);
    const other = await tipAt(moved(place, 60), `The ${name} compound: blue, 7 floors, people held inside.`, { category: 'PERSON_HELD' });
    const zone = process.env.TZ;
    // pg reads and writes a plain timestamp in the process's zone unless told otherwise.
    process.env.TZ = 'Asia/Phnom_Penh';
    try {
      const viaPool = await rankDuplicates(db, { tipId: first.tipId });
      const viaPrisma = await db.$transaction((tx) => rankDuplicates(tx, { tipId: first.tipId }));
      expect(viaPool).toEqual(viaPrisma);
      const stored = await db.tip.findUniqueOrThrow({ where: { id: other.tipId }, select: { receivedAt: true } });
      expect(viaPool.find((result) => result.tipId === other.tipId)?.receivedAt.toISOString()).toBe(stored.receivedAt.toISOString());
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('runs as one named prepared statement on a pool, so its plan is kept per connection', async () => {
    const first = await tipAt(somewhere(), `${uniqueName()} casino with high walls.`);
    const pool = new pg.Pool({ connectionString: requireSetting('DATABASE_URL'), max: 1 });
    try {
      await rankDuplicates(pool, { tipId: first.tipId });
      await rankDuplicates(pool, { tipId: first.tipId });
      const { rows } = await pool.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name');
      expect(rows.map((row) => row.name)).toEqual(['dedup_duplicates']);
    } finally {
      await pool.end();
    }
  });

  it("takes the app's client through dedup's own pool, its plan generic from the first call", async () => {
    const first = await tipAt(somewhere(), `${uniqueName()} casino with high walls.`);
    await rankDuplicates(db, { tipId: first.tipId });
    const pool = dedupPool(requireSetting('DATABASE_URL'));
    // Calls are sequential here, so the connection that ran the statement is the idle one reused.
    expect(pool.totalCount).toBe(1);
    const { rows } = await pool.query<{ name: string; generic_plans: string; custom_plans: string }>('SELECT name, generic_plans, custom_plans FROM pg_prepared_statements');
    expect(rows).toEqual([{ name: 'dedup_duplicates', generic_plans: expect.stringMatching(/^[1-9]\d*$/), custom_plans: '0' }]);
  });

  it('plans the tip as one row however many rows share a search key, and never compiles it (JIT off)', async () => {
    const tip = await tipAt(somewhere(), `${uniqueName()} casino with high walls.`);
    const crowd = await tipAt(somewhere(), 'a tip whose made-up keys crowd the key statistics');
    // A million tips give ~130 DedupKey rows per key; a join on a key was estimated at that, and
    // the tip's 130 phantom rows made the plan hash-join the candidates over every tip.
    await db.$executeRawUnsafe(
      `INSERT INTO "DedupKey" (key, "tipId", "receivedAt") SELECT 'zz:crowd-' || (g % 20), $1::uuid, now() - g * interval '1 second' FROM generate_series(1, 40000) g`,
      crowd.tipId,
    );
    const pool = dedupPool(requireSetting('DATABASE_URL'));
    const connection = await pool.connect();
    try {
      await connection.query('ANALYZE "DedupKey"');
      expect((await connection.query<{ jit: string }>('SHOW jit')).rows).toEqual([{ jit: 'off' }]);
      const values = candidateValues({ tipId: tip.tipId });
      // Five custom executions, then the generic plan PostgreSQL keeps for the named statement.
      for (let run = 0; run < 6; run++) await connection.query({ name: 'dedup_plan_test', text: DUPLICATES_SQL, values });
      const inline = values.map((value) => (value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${String(value)}'`));
      const types = ['::uuid', '::text[]', '::text', '::text[]', '::int[]', '::float8', '::float8'];
      const { rows } = await connection.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `EXPLAIN (FORMAT JSON) EXECUTE dedup_plan_test(${inline.map((value, index) => value + types[index]).join(', ')})`,
      );
      const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
      const me = nodes(rows[0]!['QUERY PLAN'][0].Plan).find((node) => node['Subplan Name'] === 'CTE me');
      expect(me?.['Plan Rows']).toBe(1);
    } finally {
      await connection.query('DEALLOCATE dedup_plan_test').catch(() => {});
      connection.release();
      await db.dedupKey.deleteMany({ where: { tipId: crowd.tipId, key: { startsWith: 'zz:crowd-' } } });
      await db.$executeRawUnsafe('ANALYZE "DedupKey"');
    }
  });

  it('searches with keys read from the text when the tip\'s own stored features are stale', async () => {
    const place = somewhere();
    const name = uniqueName();
    const first = await tipAt(place, `${name} casino, foreign workers held in the back building.`);
    // 3 km away: only the keyed search (a shared name) can offer it.
    const far = await tipAt(moved(place, 3_000), `My brother is held at the ${name} casino, they took his passport.`, { category: 'PERSON_HELD' });
    const stored = await db.tip.findUniqueOrThrow({ where: { id: first.tipId }, select: { dedupFeatures: true } });
    await db.tip.update({ where: { id: first.tipId }, data: { dedupFeatures: stored.dedupFeatures!.replace(/^\[\d+,/, '[0,') } });
    // Its name keys are gone too, as after a change of the reading before `dedup:refresh`.
    await db.dedupKey.deleteMany({ where: { tipId: first.tipId, key: { startsWith: 'n:' } } });
    expect((await rankDuplicates(db, { tipId: first.tipId })).find((result) => result.tipId === far.tipId)).toMatchObject({ flagged: true });
  });
});
