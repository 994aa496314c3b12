/**
 * Realistic synthetic tips in bulk, for benchmarks (bench:seed, bench:inbox; reusable by the
 * dedup and statistics benchmarks). Set-based SQL on the server (INSERT ... SELECT over
 * generate_series, in batches), with the Tip indexes dropped for the load and rebuilt after:
 * about a minute per 100,000 tips here, including the trigram index.
 *
 * What it makes, for N tips:
 * - compounds: one per ~40 tips, each around a real town where compounds were reported
 *   (Sihanoukville, Poipet, Bavet, Phnom Penh, Koh Kong, Pailin, O'Smach, Kampot, ...), with a
 *   made-up name (Latin and Khmer) and its province; tips about one compound fall within a few
 *   hundred metres of it, 15% anywhere in Cambodia (noise);
 * - tips in all eight languages (km 35%, en 25%, zh 12%, vi 8%, th 6%, my 5%, id 5%, ko 4%), each
 *   naming its compound and saying what was seen, so the same compound gets near-duplicate tips;
 *   3% repeat another tip's text word for word (resent tips); 10% urgent; all statuses; times
 *   coarsened to the hour over 1000 days (decision 0002);
 * - cases for a third of the compounds, their linked and actioned tips attached; a raid for each
 *   raided or closed case; 10% of tips with one to three messages.
 * Everything is tagged (codes `S<tag>-<n>`, case references `SEED-<tag>-<n>`) so several seeds
 * can share a database.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db } from '@/lib/db/client';

export const SEED_TOWNS = [
  // [name, province code, lat, lng, weight]
  ['Sihanoukville', 'KH-18', 10.627, 103.522, 8],
  ['Poipet', 'KH-1', 13.659, 102.563, 5],
  ['Bavet', 'KH-20', 11.067, 106.136, 4],
  ['Phnom Penh', 'KH-12', 11.556, 104.928, 5],
  ['Koh Kong', 'KH-9', 11.615, 102.984, 3],
  ['Pailin', 'KH-24', 12.849, 102.609, 2],
  ["O'Smach", 'KH-22', 14.423, 103.703, 2],
  ['Kampot', 'KH-7', 10.610, 104.182, 2],
  ['Kep', 'KH-23', 10.483, 104.317, 1],
  ['Siem Reap', 'KH-17', 13.367, 103.845, 2],
  ['Chrey Thom', 'KH-8', 11.480, 104.945, 1],
  ['Battambang', 'KH-2', 13.095, 103.202, 1],
] as const;

const LANGUAGES: [string, number][] = [
  ['km', 35], ['en', 25], ['zh', 12], ['vi', 8], ['th', 6], ['my', 5], ['id', 5], ['ko', 4],
];

export const SEED_PHRASES: Record<string, string[]> = {
  en: ['compound: high walls, guards at the gate, buses at night', 'compound: foreign workers never come out, windows blacked out', 'compound: I heard shouting and beatings inside'],
  km: ['អគារខ្ពស់មានរបងលួសបន្លា និងអ្នកយាមនៅមាត់ទ្វារ', 'មានឡានក្រុងចូលចេញពេលយប់ កម្មករបរទេសមិនដែលចេញក្រៅ', 'ខ្ញុំឮសំឡេងស្រែក និងសំឡេងវាយគ្នានៅខាងក្នុង'],
  zh: ['园区：高墙铁丝网，门口有保安，晚上有大巴进出', '园区：外国工人从不出门，窗户被封住'],
  vi: ['khu: tường cao có dây thép gai, bảo vệ ở cổng, xe buýt ra vào ban đêm', 'khu: công nhân nước ngoài không bao giờ ra ngoài'],
  th: ['อาคาร: กำแพงสูงมีลวดหนาม มียามเฝ้าประตู รถบัสเข้าออกตอนกลางคืน', 'อาคาร: คนงานต่างชาติไม่เคยออกมาข้างนอก'],
  id: ['kompleks: tembok tinggi dengan kawat berduri, penjaga di gerbang, bus datang malam hari', 'kompleks: pekerja asing tidak pernah keluar'],
  ko: ['단지: 높은 담장과 철조망, 정문에 경비원, 밤에 버스가 드나듦', '단지: 외국인 노동자들이 밖으로 나오지 않음'],
  my: ['စခန်း- ဆူးကြိုးနှင့် မြင့်မားသော တံတိုင်း၊ ဂိတ်တွင် အစောင့်များ', 'စခန်း- နိုင်ငံခြားအလုပ်သမားများ အပြင်မထွက်ရ'],
};
const KHMER_CONSONANTS = 'កខគឃងចឆជឈញដឋឌឍណត';

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlArray = (values: readonly string[]) => `ARRAY[${values.map(sqlText).join(',')}]`;

export interface SeedOptions {
  log?: (line: string) => void;
  /** Rows per INSERT statement. */
  batch?: number;
  /** Distinguishes this seed's rows from others' in the same database (default: random). */
  tag?: string;
}

export interface SeedResult {
  tag: string;
  tips: number;
  compounds: number;
  seconds: number;
}

/** The language of tip g: a deterministic weighted pick, as SQL. */
function languageSql(g: string): string {
  const total = LANGUAGES.reduce((sum, [, weight]) => sum + weight, 0);
  let upTo = 0;
  const arms = LANGUAGES.map(([code, weight]) => {
    upTo += weight;
    return `WHEN (${g} * 2654435761 % 1000003) % ${total} < ${upTo} THEN ${sqlText(code)}`;
  });
  return `CASE ${arms.join(' ')} END`;
}

function descriptionSql(g: string): string {
  const arms = Object.entries(SEED_PHRASES).map(([language, phrases]) => {
    const phrase = `(${sqlArray(phrases)})[1 + ${g} % ${phrases.length}]`;
    if (language === 'km') return `WHEN ${sqlText(language)} THEN 'អគារ' || c.name_km || ' ' || ${phrase} || '។ ព័ត៌មានទី ' || ${g}`;
    return `WHEN ${sqlText(language)} THEN c.name_latn || ' ' || ${phrase} || '. #' || ${g}`;
  });
  return `CASE l.language ${arms.join(' ')} END`;
}

export async function seedTips(client: Db, count: number, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const batch = options.batch ?? 100_000;
  const tag = options.tag ?? randomBytes(3).toString('hex');
  const compounds = Math.max(20, Math.ceil(count / 40));
  const started = performance.now();
  const towns = SEED_TOWNS.flatMap(([name, province, lat, lng, weight]) => Array.from({ length: weight }, () => `(${sqlText(name)}, ${sqlText(province)}, ${lat}, ${lng})`));

  // A staff member to own the seeded cases and raids (cannot sign in: no valid password hash).
  const [staff] = await client.$queryRawUnsafe<{ id: string }[]>(`
    INSERT INTO "StaffUser" (id, email, name, role, "passwordHash", "provinceCodes", "updatedAt")
    VALUES (gen_random_uuid(), 'seed-bench@eyes-and-ears.invalid', 'Bench seed', 'SUPERVISOR', '!', '{}', now())
    ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`);

  await client.$executeRawUnsafe(`DROP TABLE IF EXISTS seed_compound`);
  await client.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE seed_compound AS
    WITH towns(name, province, lat, lng) AS (VALUES ${towns.join(', ')}),
         numbered AS (SELECT row_number() OVER () - 1 AS n, * FROM towns)
    SELECT c,
           t.province,
           t.lat + (random() - 0.5) * 0.12 AS lat,
           t.lng + (random() - 0.5) * 0.12 AS lng,
           initcap(translate(substr(md5(${sqlText(tag)} || c), 1, 7), '0123456789', 'ghijklmnop')) || ' '
             || (ARRAY['Tower','Park','Casino','Garden','Plaza','Resort','Bay','City'])[1 + c % 8] AS name_latn,
           translate(substr(md5(${sqlText(tag)} || c), 1, 6), '0123456789abcdef', '${KHMER_CONSONANTS}') AS name_km,
           CASE WHEN c % 3 = 0 THEN gen_random_uuid() END AS case_id,
           (ARRAY['OPEN','INVESTIGATING','RAID_PLANNED','RAIDED','CLOSED','RAIDED'])[1 + (c / 3) % 6]::"CaseStatus" AS case_status
    FROM generate_series(0, ${compounds - 1}) AS c
    JOIN numbered t ON t.n = c % ${towns.length}`);
  await client.$executeRawUnsafe(`
    INSERT INTO "Case" (id, reference, title, status, "provinceCode", lat, lng, "createdById", "createdAt", "updatedAt")
    SELECT case_id, 'SEED-${tag}-' || c, name_latn || ' compound', case_status, province, lat, lng, '${staff!.id}'::uuid, now(), now()
    FROM seed_compound WHERE case_id IS NOT NULL`);
  await client.$executeRawUnsafe(`
    INSERT INTO "Raid" (id, "caseId", "raidedOn", unit, place, lat, lng, "suspectsArrested", "victimsRescued", "foreignNationalsDetained",
                        "computersSeized", "phonesSeized", "compoundClosed", "recordedById")
    SELECT gen_random_uuid(), case_id, (now() - (c % 700) * interval '1 day')::date, 'Anti-Human Trafficking Unit', name_latn, lat, lng,
           c % 40, c % 300, c % 250, c % 500, c % 900, case_status = 'CLOSED', '${staff!.id}'::uuid
    FROM seed_compound WHERE case_status IN ('RAIDED', 'CLOSED') AND case_id IS NOT NULL`);

  // Indexes are dropped for the load and rebuilt after it, as a restore would.
  const indexes = await client.$queryRawUnsafe<{ indexname: string; indexdef: string }[]>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Tip' AND indexname NOT IN ('Tip_pkey', 'Tip_code_key', 'Tip_firstOfCase_key')`,
  );
  for (const { indexname } of indexes) await client.$executeRawUnsafe(`DROP INDEX "${indexname}"`);
  try {
    for (let from = 1; from <= count; from += batch) {
      const to = Math.min(count, from + batch - 1);
      await client.$executeRawUnsafe(`
        INSERT INTO "Tip" (id, code, "passphraseHash", "tipsterPublicKey", "tipsterKeySalt", category, indicators, description,
                           lat, lng, "accuracyM", "locationSource", "provinceCode", language, urgent, priority, "wantsReward",
                           "powVerified", status, "caseId", "receivedAt")
        SELECT gen_random_uuid(), 'S${tag}-' || g, '!', '', '',
               (ARRAY['SCAM_COMPOUND','SCAM_COMPOUND','SCAM_COMPOUND','PERSON_HELD','RECRUITER','MONEY_MULE','OTHER'])[1 + g % 7]::"TipCategory",
               CASE g % 4 WHEN 0 THEN ARRAY['guards'] WHEN 1 THEN ARRAY['guards', 'buses_at_night'] WHEN 2 THEN ARRAY['barbed_wire'] ELSE ARRAY[]::text[] END,
               ${descriptionSql('d.src')},
               CASE WHEN r.noise < 0.15 THEN 10.4 + random() * 4.2 ELSE c.lat + (random() + random() - 1) * 0.004 END,
               CASE WHEN r.noise < 0.15 THEN 102.6 + random() * 4.8 ELSE c.lng + (random() + random() - 1) * 0.004 END,
               (ARRAY[10, 20, 50, 200])[1 + g % 4], (ARRAY['GPS','GPS','MAP_PIN','AREA'])[1 + g % 4]::"LocationSource",
               CASE WHEN r.noise < 0.15 THEN NULL ELSE c.province END,
               l.language, r.u < 0.1, (CASE WHEN r.u < 0.1 THEN 'CRITICAL' ELSE 'NORMAL' END)::"Priority", r.w < 0.33, r.v > 0.14,
               s.status::"TipStatus",
               CASE WHEN s.status IN ('LINKED', 'CLOSED_ACTIONED') THEN c.case_id END,
               date_trunc('hour', now() - random() * interval '1000 days')
        FROM generate_series(${from}, ${to}) AS g
        -- 3% resend an earlier tip's text word for word (src): the exact duplicates.
        CROSS JOIN LATERAL (SELECT CASE WHEN g % 33 = 0 AND g > 40 THEN g - 1 - (g * 7) % 40 ELSE g END AS src) AS d
        JOIN seed_compound c ON c.c = (d.src::bigint * 7919) % ${compounds}
        CROSS JOIN LATERAL (SELECT ${languageSql('d.src')} AS language) AS l
        -- Independent draws, so no filter is accidentally tied to another.
        CROSS JOIN LATERAL (SELECT random() + g * 0 AS noise, random() + g * 0 AS u, random() + g * 0 AS w, random() + g * 0 AS v, random() + g * 0 AS st) AS r
        CROSS JOIN LATERAL (SELECT CASE WHEN r.st < 0.05 THEN 'NEW' WHEN r.st < 0.2 THEN 'TRIAGED' WHEN r.st < 0.4 THEN 'LINKED'
                 WHEN r.st < 0.7 THEN 'CLOSED_ACTIONED' WHEN r.st < 0.9 THEN 'CLOSED_UNFOUNDED' ELSE 'CLOSED_DUPLICATE' END AS status) AS s`);
      log(`tips ${to.toLocaleString('en')} / ${count.toLocaleString('en')} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    const rebuilt = performance.now();
    for (const { indexdef } of indexes) await client.$executeRawUnsafe(indexdef);
    log(`rebuilt ${indexes.length} Tip indexes in ${((performance.now() - rebuilt) / 1000).toFixed(0)} s`);
  }
  await client.$executeRawUnsafe(`
    INSERT INTO "Message" (id, "tipId", direction, body, "authorId", "createdAt")
    SELECT gen_random_uuid(), t.id, (CASE WHEN k % 2 = 1 THEN 'TO_TIPSTER' ELSE 'FROM_TIPSTER' END)::"MessageDirection",
           CASE WHEN k % 2 = 1 THEN 'Thank you. Can you say how many guards you saw?' ELSE 'About ten guards, two at the gate.' END,
           CASE WHEN k % 2 = 1 THEN '${staff!.id}'::uuid END, t."receivedAt" + k * interval '1 day'
    FROM "Tip" t CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(t.code)) % 3) AS k
    WHERE t.code LIKE 'S${tag}-%' AND abs(hashtext(t.code)) % 10 = 0`);
  await client.$executeRawUnsafe(`DROP TABLE seed_compound`);
  await client.$executeRawUnsafe('ANALYZE');
  const seconds = (performance.now() - started) / 1000;
  log(`seeded ${count.toLocaleString('en')} tips about ${compounds.toLocaleString('en')} compounds (tag ${tag}) in ${seconds.toFixed(0)} s`);
  return { tag, tips: count, compounds, seconds };
}
