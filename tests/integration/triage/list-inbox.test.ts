import { randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db, type Db } from '@/lib/db/client';
import { type InboxFilterInput, listInbox, parseInboxFilter, readInboxPage } from '@/lib/triage/list-inbox';
import { tipRef } from '@/lib/tips/staff-ref';
import { makeStaff, makeTip } from '../../helpers/factories';

/** A word no other test writes, so a search for it isolates this test's tips. */
const token = () => `zq${randomBytes(5).toString('hex')}`;
/** A run of Khmer consonants no other test writes. */
const khmerToken = () => Array.from({ length: 7 }, () => String.fromCodePoint(0x1780 + randomInt(0, 0x22))).join('');

const hoursAgo = (hours: number, from = new Date()) => new Date(from.getTime() - hours * 3_600_000);
const HOUR = new Date('2026-01-15T05:00:00Z');

async function collectAll(actor: Parameters<typeof listInbox>[0], filter: InboxFilterInput, pageSize: number, searchHitsCap?: number, searchWalkRows?: number) {
  const seen: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await listInbox(actor, { ...filter, after }, { pageSize, searchHitsCap, searchWalkRows });
    seen.push(...result.rows.map((row) => row.id));
    if (!result.next) return { seen, pages: page + 1 };
    after = result.next;
  }
  throw new Error('pagination did not end');
}

describe('listInbox', () => {
  it('puts untriaged urgent tips first, then untriaged oldest first, then triaged ones', async () => {
    const word = token();
    const supervisor = await makeStaff('SUPERVISOR');
    const oldNormal = await makeTip({ description: `Old normal ${word} compound with guards` }, { receivedAt: hoursAgo(50) });
    const newNormal = await makeTip({ description: `New normal ${word} compound with guards` }, { receivedAt: hoursAgo(3) });
    const newUrgent = await makeTip({ description: `Urgent ${word}: people held in the back building`, urgent: true }, { receivedAt: hoursAgo(2) });
    const oldUrgent = await makeTip({ description: `Urgent ${word}: a man is beaten at the gate`, urgent: true }, { receivedAt: hoursAgo(5) });
    const triagedOld = await makeTip({ description: `Triaged ${word} compound seen last year` }, { receivedAt: hoursAgo(500) });
    await db.tip.update({ where: { id: triagedOld.tipId }, data: { status: 'TRIAGED', triagedAt: new Date() } });

    const { rows } = await listInbox(supervisor.actor, { q: word });
    expect(rows.map((row) => row.id)).toEqual([oldUrgent.tipId, newUrgent.tipId, oldNormal.tipId, newNormal.tipId, triagedOld.tipId]);
    // Urgent tips 5 h and 2 h old are past the hour; normal ones within 72 h are not; the 50 h one is not yet.
    expect(rows.map((row) => row.overdue)).toEqual([true, true, false, false, false]);
    expect(rows[0]).toMatchObject({ urgent: true, status: 'NEW', category: 'SCAM_COMPOUND', provinceCode: 'KH-18', photoCount: 0 });
  });

  it('lists untriaged tips sent without proof of work after those with it of the same urgency, however many: an urgent one is never below a tip that is not urgent', async () => {
    const word = token();
    const supervisor = await makeStaff('SUPERVISOR');
    // A flood through the form without JavaScript, all claiming urgency, older than the real tips.
    const flood = [];
    for (let index = 0; index < 4; index++) {
      flood.push(await makeTip({ description: `Flood ${word} number ${index}`, urgent: index % 2 === 0 }, { receivedAt: hoursAgo(10 - index), powVerified: false }));
    }
    const urgent = await makeTip({ description: `Urgent ${word}: people held`, urgent: true }, { receivedAt: hoursAgo(2) });
    const normal = await makeTip({ description: `Normal ${word} compound` }, { receivedAt: hoursAgo(1) });
    const triaged = await makeTip({ description: `Triaged ${word} compound` }, { receivedAt: hoursAgo(20) });
    await db.tip.update({ where: { id: triaged.tipId }, data: { status: 'TRIAGED', triagedAt: new Date() } });

    const floodUrgent = [flood[0]!, flood[2]!].map((tip) => tip.tipId);
    const floodOther = [flood[1]!, flood[3]!].map((tip) => tip.tipId);
    // Decision 0880: a person held who wrote without JavaScript comes before every tip that is not urgent.
    const expected = [urgent.tipId, ...floodUrgent, normal.tipId, ...floodOther, triaged.tipId];
    // Both ways a search is answered (its few matches; the segment scans), across pages.
    for (const searchHitsCap of [undefined, 1]) {
      for (const pageSize of [2, 10]) {
        expect((await collectAll(supervisor.actor, { q: word }, pageSize, searchHitsCap)).seen, `page size ${pageSize}, cap ${searchHitsCap}`).toEqual(expected);
      }
    }
    const { rows } = await listInbox(supervisor.actor, { q: word });
    expect(rows.map((row) => row.powVerified)).toEqual([true, false, false, true, false, false, true]);
    // The page heads the section of those apart: not urgent ones only; a triaged tip is not apart, whatever it was sent with.
    expect(rows.map((row) => row.apart)).toEqual([false, false, false, false, true, true, false]);
  });

  it('marks a normal tip overdue after 72 hours untriaged', async () => {
    const word = token();
    const supervisor = await makeStaff('SUPERVISOR');
    await makeTip({ description: `Stale ${word} tip nobody opened` }, { receivedAt: hoursAgo(80) });
    const { rows } = await listInbox(supervisor.actor, { q: word });
    expect(rows.map((row) => row.overdue)).toEqual([true]);
  });

  it('pages with a keyset cursor without gaps or repeats across equal timestamps', async () => {
    const word = token();
    const supervisor = await makeStaff('SUPERVISOR');
    const made = [];
    // Eleven tips in one coarse hour (equal receivedAt), two of them urgent, plus one earlier.
    for (let index = 0; index < 11; index++) made.push(await makeTip({ description: `Same hour ${word} number ${index}`, urgent: index < 2 }, { receivedAt: HOUR }));
    const earlier = await makeTip({ description: `Earlier ${word} tip` }, { receivedAt: hoursAgo(1, HOUR) });

    const urgentIds = made.slice(0, 2).map((tip) => tip.tipId).sort();
    const otherIds = made.slice(2).map((tip) => tip.tipId).sort();
    const expected = [...urgentIds, earlier.tipId, ...otherIds];

    // Both ways a search is answered: ordered from its few matches, and (cap 2: "many
    // matches") by the segment scans; a cursor from one is valid in the other.
    for (const searchHitsCap of [undefined, 2]) {
      for (const pageSize of [1, 3, 4, 5, 12]) {
        const { seen, pages } = await collectAll(supervisor.actor, { q: word }, pageSize, searchHitsCap);
        expect(seen, `page size ${pageSize}, cap ${searchHitsCap}`).toEqual(expected);
        expect(pages).toBe(Math.ceil(expected.length / pageSize));
      }
    }
    const firstPage = await listInbox(supervisor.actor, { q: word }, { pageSize: 4 });
    const rest = await listInbox(supervisor.actor, { q: word, after: firstPage.next! }, { pageSize: 20, searchHitsCap: 2 });
    expect([...firstPage.rows, ...rest.rows].map((row) => row.id)).toEqual(expected);
  });

  it('filters by status, category, province, dates, photos, reward and proof of work', async () => {
    const word = token();
    const supervisor = await makeStaff('SUPERVISOR');
    const plain = await makeTip({ description: `Plain ${word} compound` }, { receivedAt: new Date('2026-02-10T03:00:00Z') });
    const recruiter = await makeTip({ description: `Recruiter ${word} offering jobs`, category: 'RECRUITER' }, { receivedAt: new Date('2026-02-12T03:00:00Z') });
    const kampot = await makeTip(
      { description: `Kampot ${word} compound`, provinceCode: 'KH-7', location: { lat: 10.61, lng: 104.18, source: 'GPS' } },
      { receivedAt: new Date('2026-02-14T03:00:00Z') },
    );
    const reward = await makeTip({ description: `Reward ${word} compound`, wantsReward: true }, { receivedAt: new Date('2026-02-16T03:00:00Z') });
    const noPow = await makeTip({ description: `Without JavaScript ${word} compound` }, { receivedAt: new Date('2026-02-18T03:00:00Z'), powVerified: false });
    const withPhoto = await makeTip({ description: `Photo ${word} compound` }, { receivedAt: new Date('2026-02-20T03:00:00Z') });
    await db.attachment.create({
      data: { tipId: withPhoto.tipId, storageKey: `test/${token()}`, mimeType: 'image/jpeg', width: 10, height: 10, sizeBytes: 100, sha256: token(), phash: '0'.repeat(16), createdAt: new Date() },
    });
    await db.tip.update({ where: { id: recruiter.tipId }, data: { status: 'TRIAGED' } });

    // Each filter both ways: from the search's few matches, and through the segment scans (cap 1).
    const ids = async (filter: InboxFilterInput) => {
      const few = (await listInbox(supervisor.actor, { q: word, ...filter })).rows.map((row) => row.id).sort();
      const many = (await listInbox(supervisor.actor, { q: word, ...filter }, { searchHitsCap: 1 })).rows.map((row) => row.id).sort();
      expect(many).toEqual(few);
      return few;
    };
    const sorted = (...tips: { tipId: string }[]) => tips.map((tip) => tip.tipId).sort();

    expect(await ids({})).toEqual(sorted(plain, recruiter, kampot, reward, noPow, withPhoto));
    expect(await ids({ status: 'TRIAGED' })).toEqual(sorted(recruiter));
    expect(await ids({ category: 'RECRUITER' })).toEqual(sorted(recruiter));
    expect(await ids({ province: 'KH-7' })).toEqual(sorted(kampot));
    // Phnom Penh days: 2026-02-12 03:00 UTC is 10:00 on the 12th; 2026-02-16 03:00 UTC is the 16th.
    expect(await ids({ from: '2026-02-12', to: '2026-02-16' })).toEqual(sorted(recruiter, kampot, reward));
    // As the console's date fields send them: DD/MM/YYYY (decision 0401).
    expect(await ids({ from: '12/02/2026', to: '16/2/2026' })).toEqual(sorted(recruiter, kampot, reward));
    expect(await ids({ photos: '1' })).toEqual(sorted(withPhoto));
    expect(await ids({ reward: '1' })).toEqual(sorted(reward));
    expect(await ids({ noPow: '1' })).toEqual(sorted(noPow));
    const photoRow = (await listInbox(supervisor.actor, { q: word, photos: '1' })).rows[0]!;
    expect(photoRow.photoCount).toBe(1);
    await expect(listInbox(supervisor.actor, { q: word, from: '2026-13-45' })).rejects.toThrow();
    await expect(listInbox(supervisor.actor, { q: word, from: '30/02/2026' })).rejects.toThrow();
    await expect(listInbox(supervisor.actor, { q: word, to: '02/30/2026' })).rejects.toThrow();
    await expect(listInbox(supervisor.actor, { q: word, status: 'NOT_A_STATUS' })).rejects.toThrow();
  });

  it('finds Khmer and English text: a short word as a substring, a longer phrase by similarity', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const kmWord = khmerToken();
    const enWord = token();
    const khmer = await makeTip({ description: `អគារ${kmWord}មានរបងខ្ពស់ និងមានអ្នកយាមនៅមាត់ទ្វារ ពេលយប់មានឡានក្រុងចូល`, language: 'km' });
    const english = await makeTip({ description: `The Golden ${enWord} compound near the old market has high walls and guards.` });
    const control = await makeTip({ description: `A quiet ${enWord} shop house with a red door, nothing unusual.` });

    const ids = async (q: string) => (await listInbox(supervisor.actor, { q })).rows.map((row) => row.id);
    expect(await ids(kmWord)).toEqual([khmer.tipId]);
    expect(await ids(`អគារ${kmWord}មានរបងខ្ពស់`)).toEqual([khmer.tipId]);
    expect(await ids(enWord.toUpperCase())).toEqual(expect.arrayContaining([english.tipId, control.tipId]));
    // Longer than 20 characters, with a typo and different case: similarity, not substring.
    const phrase = await ids(`golden ${enWord} compund near`);
    expect(phrase).toContain(english.tipId);
    expect(phrase).not.toContain(control.tipId);
    // The staff reference finds its tip, in any case, with or without its dash; the tip code
    // finds nothing: staff never handle it (decision 0800).
    expect(await ids(tipRef(english.tipId))).toEqual([english.tipId]);
    expect(await ids(tipRef(english.tipId).replace('-', '').toLowerCase())).toEqual([english.tipId]);
    expect(await ids(english.code)).toEqual([]);
    // LIKE wildcards are literal.
    expect(await ids(`${enWord}%`)).toEqual([]);
  });

  it('lists a tip once when it is triaged while its page is read status by status', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    // A day no other test uses, so the page holds this test's two tips only.
    const day = new Date(Date.UTC(2011, randomInt(0, 12), randomInt(1, 28), 3));
    const moving = await makeTip({ description: `Untriaged ${token()} compound` }, { receivedAt: day });
    const triaged = await makeTip({ description: `Triaged ${token()} compound` }, { receivedAt: day });
    await db.tip.update({ where: { id: triaged.tipId }, data: { status: 'TRIAGED', triagedAt: new Date() } });
    // The tip is triaged by someone else right after the untriaged tips were read.
    let moved = false;
    const racing = {
      $queryRaw: async (...query: Parameters<Db['$queryRaw']>) => {
        const rows = await db.$queryRaw(...query);
        if (!moved) {
          moved = true;
          await db.tip.update({ where: { id: moving.tipId }, data: { status: 'TRIAGED', triagedAt: new Date() } });
        }
        return rows;
      },
    } as unknown as Db;
    const isoDay = day.toISOString().slice(0, 10);
    const rows = await readInboxPage(racing, supervisor.actor, parseInboxFilter({ from: isoDay, to: isoDay }), 50);
    expect(moved).toBe(true);
    expect(rows.map((row) => row.id).sort()).toEqual([moving.tipId, triaged.tipId].sort());
  });

  it('compares a Khmer name written after its kind word on its own: "អគារX" does not find every "អគារY" that shares a few letters', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const name = khmerToken();
    const lookalike = `${name.slice(0, 3)}${khmerToken().slice(0, 4)}`;
    const wanted = await makeTip({ description: `អគារ${name}មានរបងខ្ពស់ និងមានអ្នកយាមនៅមាត់ទ្វារ`, language: 'km' });
    const other = await makeTip({ description: `អគារ${lookalike}មានរបងខ្ពស់ និងមានអ្នកយាមនៅមាត់ទ្វារ`, language: 'km' });
    // Longer than 20 characters: compared word by word, by similarity. Whole, "អគារ" + name
    // shares 7 of its 12 trigrams with the look-alike (0.58, over the 0.5 threshold).
    const found = (await listInbox(supervisor.actor, { q: `អគារ${name} មានរបងខ្ពស់` })).rows.map((row) => row.id);
    expect(found).toContain(wanted.tipId);
    expect(found).not.toContain(other.tipId);
  });

  it('answers a search of common words by walking the inbox in order: the same tips, order and pages as through the index, within the officer\'s provinces', async () => {
    const word = token();
    const khmer = khmerToken();
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18', 'KH-9'] });
    const supervisor = await makeStaff('SUPERVISOR');
    const kohKong = { provinceCode: 'KH-9', location: { lat: 11.615, lng: 102.984, source: 'GPS' as const } };
    const kampot = { provinceCode: 'KH-7', location: { lat: 10.61, lng: 104.18, source: 'GPS' as const } };
    // Every tip says the common phrase; one in each province and segment, some in the same hour.
    const made = [
      await makeTip({ description: `${word} compound: high walls, guards at the gate ${khmer}` }, { receivedAt: hoursAgo(30) }),
      await makeTip({ description: `${word} compound: high walls, guards at the gate ${khmer}`, urgent: true, ...kohKong }, { receivedAt: hoursAgo(4) }),
      await makeTip({ description: `${word} compound: high walls, guards at the gate ${khmer}`, ...kampot }, { receivedAt: hoursAgo(20) }),
      await makeTip({ description: `${word} compound: high walls, guards at the gate ${khmer}`, ...kohKong }, { receivedAt: HOUR }),
      await makeTip({ description: `${word} compound: high walls, guards at the gate ${khmer}` }, { receivedAt: HOUR }),
      await makeTip({ description: `${word} compound: high walls, guards at the gate ${khmer}` }, { receivedAt: hoursAgo(10), powVerified: false }),
      await makeTip({ description: `${word} compound: high walls, guards at the gate ${khmer}`, ...kampot, urgent: true }, { receivedAt: hoursAgo(3) }),
      await makeTip({ description: `${word} compound: high walls, guards at the gate ${khmer}` }, { receivedAt: hoursAgo(40) }),
    ];
    // Not a match for the long search: its words are not all there.
    const shop = await makeTip({ description: `${word} shop house ${khmer}` }, { receivedAt: hoursAgo(6) });
    await db.tip.update({ where: { id: made[7]!.tipId }, data: { status: 'TRIAGED', triagedAt: new Date() } });

    for (const [actor, q] of [
      [supervisor.actor, word],
      [officer.actor, word],
      [officer.actor, `${word} high walls, guards`],
      [supervisor.actor, `${khmer} ${word} guards at the gate`],
    ] as const) {
      // Through the index, however many rows the walk would have read first: the reference.
      const expected = (await collectAll(actor, { q }, 100, undefined, 0)).seen;
      expect(expected.length, q).toBeGreaterThan(3);
      if (actor === officer.actor) expect(expected, q).not.toContain(made[2]!.tipId);
      for (const pageSize of [1, 2, 3, 5]) {
        // A walk that reads every tip, and one that runs out after a few rows and hands over to the index mid-way.
        for (const walkRows of [1_000_000, 3]) {
          expect((await collectAll(actor, { q }, pageSize, undefined, walkRows)).seen, `${q}, page size ${pageSize}, walk ${walkRows}`).toEqual(expected);
        }
      }
    }
    // Officers see their provinces only, and nothing of a province not theirs.
    expect((await collectAll(officer.actor, { q: word, province: 'KH-7' }, 5, undefined, 1_000_000)).seen).toEqual([]);
    const officerIds = (await collectAll(officer.actor, { q: word }, 5, undefined, 1_000_000)).seen;
    expect(officerIds).not.toContain(made[2]!.tipId);
    expect(officerIds).not.toContain(made[6]!.tipId);
    // Inbox order: urgent first (KH-9's), then untriaged with proof of work oldest first (the equal hours by id), then without, then triaged.
    const sameHour = [made[3]!.tipId, made[4]!.tipId].sort();
    expect(officerIds).toEqual([made[1]!.tipId, ...sameHour, made[0]!.tipId, shop.tipId, made[5]!.tipId, made[7]!.tipId]);
  });

  it('shows officers only their provinces; supervisors see all', async () => {
    const word = token();
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const supervisor = await makeStaff('SUPERVISOR');
    const mine = await makeTip({ description: `Sihanoukville ${word} compound` });
    const theirs = await makeTip({ description: `Kampot ${word} compound`, provinceCode: 'KH-7', location: { lat: 10.61, lng: 104.18, source: 'GPS' } });
    expect((await listInbox(officer.actor, { q: word })).rows.map((row) => row.id)).toEqual([mine.tipId]);
    expect((await listInbox(officer.actor, { q: word, province: 'KH-7' })).rows).toEqual([]);
    expect((await listInbox(supervisor.actor, { q: word })).rows.map((row) => row.id).sort()).toEqual([mine.tipId, theirs.tipId].sort());
    const admin = await makeStaff('REWARDS_ADMIN');
    await expect(listInbox(admin.actor, { q: word })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('never lists the description in full', async () => {
    const word = token();
    const supervisor = await makeStaff('SUPERVISOR');
    const long = `${word} ${'The compound has walls and guards and buses come every night. '.repeat(5)}Call 012 345 6789.`;
    await makeTip({ description: long });
    const [row] = (await listInbox(supervisor.actor, { q: word })).rows;
    expect(row!.excerpt.length).toBeLessThan(70);
    expect(JSON.stringify(row)).not.toContain('345 6789');
  });
});
