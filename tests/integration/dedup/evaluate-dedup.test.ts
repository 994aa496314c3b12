import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalTipId, evaluateDedup, inTraditionalChinese, parseEvalFile } from '@/lib/dedup/evaluate-dedup';
import { withMigratedScratch } from '../../helpers/scratch-database';

const evaluate = (text: string) => withMigratedScratch((scratch) => evaluateDedup(scratch, parseEvalFile(text)));

const line = (ref: string, group: string | null, description: string, lat: number, lng: number, language = 'en') =>
  JSON.stringify({ ref, group, category: 'SCAM_COMPOUND', description, lat, lng, observedAt: '2026-10-01T20:00:00Z', language });

describe('dedup evaluation', () => {
  it('reaches F1 >= 0.9 on the labelled set', async () => {
    const result = await evaluate(readFileSync('tests/fixtures/dedup/labelled.jsonl', 'utf8'));
    expect(result.loaded).toBe(43);
    expect(result.rejected).toEqual([]);
    expect(result.f1).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  // Written blind by someone who had not read this code (tests/fixtures/dedup/blind-README.md);
  // the tuning sets of issue 8 and its first held-out set (looked at twice, then tuned on:
  // docs/BENCHMARKS.md), 95% of their same-place pairs across languages.
  it.each([
    ['blind-tune-a.jsonl', 76],
    ['blind-tune-b.jsonl', 65],
    ['blind-heldout.jsonl', 76],
  ])('reaches F1 >= 0.94 on the blind set %s, every tip accepted, border tips included', async (file, tips) => {
    const result = await evaluate(readFileSync(`tests/fixtures/dedup/${file}`, 'utf8'));
    expect(result.rejected).toEqual([]);
    expect(result.loaded).toBe(tips);
    expect(result.f1).toBeGreaterThanOrEqual(0.94);
  }, 180_000);

  // The blind sets used for tuning, each with its history:
  // - blind-2 (blind-2-README.md): 0.816 as written; 0.877 before names written only in another
  //   script were read (decision 0132), 0.942 after; 0.957 with translated names weighed as names
  //   (0134); 0.964 and no wrong pair with its RECRUITMENT label read as RECRUITER (0135).
  // - blind-3 (blind-3-README.md): held out until 0.769 (0132: 0.843; 0133, translated names:
  //   0.921); the pairs it still misses are listed in 0133.
  // - blind-4 (blind-4-README.md): held out until 0.793 (P 0.958); 0134: 0.929, no wrong pair.
  // - blind-6 (blind-6-README.md), a tuning set from the start: 0.667 (P 0.867) untouched, 0.734
  //   (P 0.935) after 0135, 0.876 (P 0.951) after 0136 (names across scripts by translation, a
  //   loanword's spelling, a Burmese sound or a title), 0.750 after 0140 alone, 0.889 (P 0.952)
  //   with both. One Chinese tip of 8 characters was refused by intake as too short until 0120
  //   (0.899 with it, after 0143-0145).
  // - blind-8 (blind-8-source/), a tuning set from the start: 0.746 (P 0.904) untouched, 0.868
  //   (P 0.952) after 0140 alone, 0.859 (P 0.951) with 0136 too.
  // - blind-9 (blind-9-source/), a tuning set from the start: 0.859 (P 0.916) untouched, 0.929
  //   (P 0.955) after 0141 (phones with a neighbour's country code, handles in any script, Korean
  //   titles, places, a Chinese name's view and colour words, a lower-case tip's words against a
  //   name in another script). Two tips were refused by intake as too short until 0120. 0141
  //   also lifted blind-4 to 0.946 and blind-6 to 0.901 (P 0.954).
  // - blind-11 (blind-11-source/), a tuning set from the start: 0.883 (P 0.928) untouched, 0.926
  //   (P 0.945) after 0142 (Vietnamese cách, Khmer and Thai kinship titles, an old casino, Chbar
  //   Ampov and Sangkae, a witness's own building); 0142 also lifted blind-8 to 0.868 (sòng bài).
  //   Left: four wrong pairs on proximity alone (one vague tip; a new building by an old casino).
  //   0143 removed them (0.952, P 1.000).
  // - blind-12 (blind-12-source/), a tuning set from the start: 0.731 (P 0.719) untouched, 0.815
  //   (P 0.901) after 0143 alone (proximity counts fully only with something of the place in
  //   common), 0.831 (P 0.941) with 0144 (a Chinese common word is no name, a colour inside a name is
  //   no paint, Chak Angre an area), 0.854 (P 0.944) with 0145 (recruiters: a handle written with
  //   spaces, aliases and towns do not count against one phone or handle, a Thai nickname's o).
  //   0143 cost blind-6 0.901 -> 0.886, labelled-3 0.960 -> 0.917 (0.939 after 0145) and holdout
  //   0.909 -> 0.875 (true pairs flagged on proximity alone). Four short Chinese and Korean tips,
  //   refused by intake until 0120, load and change nothing. Left: four wrong pairs (two by the
  //   same words in one language), 19 missed (decision 0144).
  // - blind-14 (blind-14-source/), a tuning set from the start: 0.642 (P 0.741) untouched, 0.734
  //   (P 0.810) after 0147 (a building's number in every script, Macau/Macao/Ma Cao/澳门, Khmer
  //   ផ្កាឈូក as pink, "former … casino/factory", Burmese ရှ, Rồng Bạc against 金龙, Korean 핑크색).
  //   Left: 12 wrong pairs, most between tips the writer made indistinguishable (vague white,
  //   riverside or O'Smach casino tips), and 25 missed (pins 500-900 m apart that share only a colour
  //   and a floor count; the Burmese tips); decision 0147.
  // - blind-16 and blind-18 (blind-16-source/, blind-18-source/), tuning sets from the start: 0.763
  //   (P 0.936) and 0.784 (P 0.941) untouched, 0.854 (P 0.961) and 0.841 (P 0.947) after 0148 (names
  //   and people across scripts: handles, foreign mobiles, 阿X, 朴室长, Burmese titles, ឈ្មោះ X, -n/-ng,
  //   海 as ocean, unmarked Vietnamese name words, lower-case names), 0.886 (P 0.957) and 0.903
  //   (P 0.953) with 0153 beside it (counts of warehouses and sheds, roof colours, "formerly a
  //   factory", xanh, another building count -0.2). 0153 lifted blind-3 to 0.945, blind-4 to 0.954,
  //   blind-12 to 0.889; its round 2 (a shared count of ten floors or more) blind-14 to 0.786 and
  //   blind-12 to 0.896; 0148's round 2 (Khmer resort names, Royal/Grand dropped in a translated
  //   name) blind-14 to 0.795. Left: wrong pairs by description alone, and names that only a person
  //   hears as one (Wei Long / Hui Long).
  // - blind-19 and blind-21 (blind-19-source/, blind-21-source/), tuning sets from the start: 0.691
  //   (P 0.844) and 0.741 (P 0.819, y052 pinned inside Thailand refused) untouched, 0.704 (P 0.863)
  //   and 0.768 (P 0.856) after 0149 (names and people, round 3: hui heard wei, Chinese spellings of
  //   foreign names, titled Latin names, Khmer area names and Dara Sakor, landmarks after near and not
  //   in Khmer and Thai, Khmer readings of foreign names, -n/-ng against Latin, trade verbs, Vietnamese
  //   titles); 0.804 (P 0.932) and 0.773 (P 0.895) after 0154 alone (what a tip says its place is not,
  //   part colours, canals, kilns, mango plantations, a kind alone beside a named tip, descriptions
  //   that part); 0.817 (P 0.950) and 0.805 (P 0.943) with both (FEATURES_VERSION 18). Both together
  //   lifted blind-9 to 0.956 (P 1), blind-11 to 0.973, blind-12 to 0.908, blind-14 to 0.846 (P 0.863),
  //   blind-16 to 0.932, blind-18 to 0.939.
  //   0150 (names and people, round 4: Khmer family and given name, Korean full names, Vương / Wang,
  //   short follow-up tips, words that are no names) lifted blind-19 to 0.820, blind-21 to 0.824 (P 0.958),
  //   blind-14 to 0.853, blind-18 to 0.944.
  // - blind-22 and blind-23 (blind-22-source/, blind-23-source/), tuning sets from the start: 0.838 (P 0.941)
  //   and 0.752 (P 0.914) untouched on FEATURES_VERSION 18; 0.912 (P 0.967) and 0.824 (P 0.916) with 0150
  //   (names and people, round 4), 0155 (places, round 4), 0156 (a shared close match) and 0157 (the
  //   compound-name vocabulary) merged, FEATURES_VERSION 22. Together they also lifted blind-21 to 0.847
  //   (P 0.972), blind-19 to 0.842, blind-18 to 0.948, blind-14 to 0.853, blind-6 to 0.911, blind-4 to 0.962.
  // - blind-25 and blind-26 (blind-25-source/, blind-26-source/), tuning sets from the start: 0.835 (P 0.823)
  //   and 0.738 (P 0.911) untouched on FEATURES_VERSION 22; 0.857 (P 0.850) and 0.747 (P 0.925) after 0158
  //   (names and people, round 5: places, roads and kinds that are no names, names run together, one-syllable
  //   names in unspaced text, two-character Chinese and Vietnamese given names), which also lifted blind-21 to
  //   0.849 (P 0.979), blind-22 to 0.918 (P 0.977), blind-23 to 0.826, blind-19 to 0.845.
  // - decision 0160 (one-line tips and follow-ups, FEATURES_VERSION 23): blind-23 0.832 (P 0.918), blind-26 0.750 (P 0.913).
  // - decision 0159 (places, round 5: the place a tip is told from, commune and road names) alone: blind-25 0.889
  //   (P 0.911), blind-26 0.751 (P 0.951), blind-23 0.826 (P 0.921), blind-22 0.913, blind-21 0.849 (P 0.979).
  //   All three merged (FEATURES_VERSION 25): blind-25 0.905 (P 0.925), blind-26 0.773 (P 0.985), blind-23 0.836
  //   (P 0.923), blind-22 0.919 (P 0.980), blind-21 0.849 (P 0.979), blind-19 0.845; precision fell on no set.
  // - blind-29 (blind-29-source/), a tuning set from the start: 0.789 (P 0.765, R 0.814) untouched on FEATURES_VERSION 25;
  //   t110 ("test", a noise tip) is shorter than intake's minimum and refused, as a resident's would be.
  // - blind-31 (blind-31-source/), a tuning set from the start: 0.798 (P 0.933, R 0.697) untouched on FEATURES_VERSION 25;
  //   t085 (ကယ်ပါ, "help") is under intake's minimum.
  // - decision 0164 (round 6: the count across the road, a building alone, 老张; FEATURES_VERSION 26): blind-29 0.799
  //   (P 0.781), blind-31 0.804 (P 0.933); no other set moved.
  // - blind-33 (blind-33-source/), a tuning set from the start: 0.717 (P 0.943, R 0.578) untouched on FEATURES_VERSION 26;
  //   t020 ("halo") is under intake's minimum.
  // - decision 0165 (round 7: kilometre posts, bosses by surname, the netting's colour, a person in one town; FEATURES_VERSION
  //   28): blind-29 0.820 (P 0.788), blind-31 0.836 (P 0.947), blind-33 0.758 (P 0.934), blind-23 0.842 (P 0.924).
  // - blind-35 (blind-35-source/), a tuning set from the start: 0.753 (P 0.871, R 0.664) untouched on FEATURES_VERSION 28.
  // - decision 0166 (a candidate judged against the tip's group, replacing 0156's shared close match): recall up on 23 of
  //   28 tuning sets, precision down on most (the floors below are its figures): blind-33 0.758 -> 0.818, blind-26
  //   0.773 -> 0.820, blind-14 0.853 -> 0.906, blind-23 0.842 -> 0.890; blind-12 0.908 -> 0.899, blind-18 0.948 -> 0.933,
  //   blind-29 0.820 -> 0.818, blind-25 0.900 -> 0.897, labelled-5 0.983 -> 0.933. Mean of the 28: 0.911 -> 0.927.
  // - blind-37 (blind-37-source/), a tuning set from the start: 0.671 (P 0.917, R 0.529) untouched on FEATURES_VERSION 28,
  //   0.728 (P 0.896) with 0166.
  // - decision 0167 (the side of the road, rural landmarks and places read from blind-37, counts and pronouns that are no
  //   names, an emoji before the text; FEATURES_VERSION 29): blind-37 0.728 -> 0.774 (P 0.905), blind-35 0.778 -> 0.827
  //   (P 0.923), blind-33 0.818 -> 0.826 (P 0.936), blind-29 0.818 -> 0.823, blind-23 0.890 -> 0.894, blind-26 0.820 -> 0.823
  //   (P 0.987), blind-31 0.878 -> 0.883; no set fell. Mean of the 31 tuning sets: 0.9238 -> 0.9277.
  // - blind-38 (blind-38-source/), a tuning set from the start: 0.703 (P 0.651, R 0.765) untouched on FEATURES_VERSION 29.
  // - decision 0168 (the towers, rows and phases of one estate, the capital's districts, what stands behind in Khmer and
  //   marked Vietnamese; FEATURES_VERSION 30): blind-38 0.703 -> 0.811 (P 0.791), blind-25 0.897 -> 0.905, blind-21 0.879 ->
  //   0.888 (P 0.969), blind-37 0.774 -> 0.783 (P 0.915), blind-19 0.864 -> 0.868; blind-26 0.823 -> 0.824 (P 0.987 -> 0.978:
  //   a district in common lifts a shoe factory told from the garment factory to 0.50), blind-35 0.827 -> 0.824.
  //   Mean of the 31 older tuning sets: 0.9277 -> 0.9286.
  // - decision 0169 (ties broken by id, fixed ids in the evaluation): blind-38 had scored P 0.791 or 0.789 from run to run;
  //   it is 0.789 (F1 0.810) on every run now, and no other set's figure moved. Mean of the 32 tuning sets: 0.9249.
  // - decision 0170 (everyday words of Khmer, Korean, Burmese and Thai tips are no names; FEATURES_VERSION 31): blind-38
  //   0.810 -> 0.823 (P 0.814), no other set moved; mean 0.9249 -> 0.9253.
  // - decision 0171 (what a tip stands by in Vietnamese words opening with a marked letter and in Chinese; FEATURES_VERSION
  //   32): blind-37 0.783 -> 0.787 (P 0.919), blind-29 0.823 -> 0.823 (P 0.772); mean 0.9253 -> 0.9255.
  // - decision 0172 (Sokha heard as ซกขา and 소카, a tower's letter before တိုက်; FEATURES_VERSION 33): blind-38 0.823 ->
  //   0.851 (P 0.822, R 0.881), blind-29 0.8233 -> 0.8215 (two towers of one wall now apart); mean 0.9255 -> 0.9263.
  //   Its addendum (Khmer ហ្វូ is a foreign "fu"; FEATURES_VERSION 36): blind-38 0.851 -> 0.858; mean 0.9265.
  // - decision 0176 (a fence of zinc sheets is a feature; FEATURES_VERSION 40): blind-26 0.831 -> 0.850 (R 0.722 -> 0.751),
  //   blind-37 0.787 -> 0.791; blind-22 0.955 -> 0.948 (P 0.958 -> 0.944: its hard negative is a camp behind a zinc fence past
  //   the same school, the floors above are its figures), blind-25 0.914 -> 0.912; mean 0.9277 -> 0.9281.
  // - decision 0177 (Burmese read with its vowels; a Burmese town without its tone mark; FEATURES_VERSION 41): blind-14
  //   0.906 -> 0.913, blind-21 0.888 -> 0.891, blind-26 0.850 -> 0.854; none fell; mean 0.9281 -> 0.9286.
  // - decision 0179 (a foreign name that Chinese or Burmese writes by its sound, met by its syllables' first sounds;
  //   FEATURES_VERSION 44): blind-26 0.854 -> 0.876 (R 0.757 -> 0.792); no other set moved; mean 0.9286 -> 0.9293.
  // - decision 0180 (a Korean's name in hanja after 韩国人 read as the Korean name; FEATURES_VERSION 45): blind-21 0.891 ->
  //   0.907 (R 0.825 -> 0.851); no other set moved; mean 0.9293 -> 0.9298. The floors of both sets were raised with them.
  // - decision 0181 (a car's make is no name; a Latin name right after Khmer ជាប់ or Thai ติด is a landmark; FEATURES_VERSION
  //   46): blind-38 0.858 -> 0.863 (P 0.823 -> 0.832), its floors raised; no other set moved; mean 0.9298 -> 0.9299.
  // - decisions 0182 (a relative named after a Chinese kinship word; a Chinese name whole after Khmer ឈ្មោះ or Thai ชื่อ;
  //   FEATURES_VERSION 47) and 0183 (a Chinese name of three consonants meets its Thai or Khmer spelling): blind-21 0.907 ->
  //   0.913, blind-16 0.954 -> 0.957, blind-29 0.824 -> 0.831; none fell; mean 0.9299 -> 0.9305. blind-21's floor raised.
  // - decision 0185 (a Thai person's full name after นาย, นาง, นางสาว; FEATURES_VERSION 48): blind-26 0.876 -> 0.886 (R 0.792 ->
  //   0.808), its floor raised; no other set moved; mean 0.9305 -> 0.9308.
  // - decision 0186 (a boss by surname and 老板; a titled name gives no syllable onsets; FEATURES_VERSION 49): no set moved.
  // - decision 0187 (a Chinese boss in a Korean tip, 천 사장, and 黄总 read also as 황; FEATURES_VERSION 50): blind-33 0.833 ->
  //   0.846 (R 0.754 -> 0.774), its floor raised; no other set moved; mean 0.9308 -> 0.9312.
  // - decision 0188 (a Chinese surname in Khmer or Thai read as its pinyin; a Burmese name in Thai read as Burmese names are
  //   spelt in Latin letters; FEATURES_VERSION 51): blind-21 0.913 -> 0.919, blind-26 0.886 -> 0.894, blind-33 0.846 -> 0.859;
  //   none fell; mean 0.9312 -> 0.9320.
  // - decision 0189 (a follow-up takes the full nearness against a report of its kind): blind-26 0.894 -> 0.949 (R 0.821 ->
  //   0.917), blind-31 0.883 -> 0.891, blind-23 0.896 -> 0.897; none fell; mean 0.9320 -> 0.9340. Floors raised with them.
  // - decision 0190 (a name's first word in a tip without capitals; a name after a Khmer people word; FEATURES_VERSION 52):
  //   blind-11 0.980 -> 0.993, blind-6 0.913 -> 0.925, blind-21 0.919 -> 0.925, blind-29 0.831 -> 0.833; none fell; mean
  //   0.9340 -> 0.9350. Floors raised with them.
  // - decision 0191 (a follow-up's nearness half at 400 m): blind-37 0.791 -> 0.807, blind-23 0.897 -> 0.907, blind-26 0.949
  //   -> 0.955 (P 0.983 -> 0.952), blind-31 0.891 -> 0.896, blind-38 0.863 -> 0.867 (P 0.832 -> 0.825); fell: blind-21 0.925
  //   -> 0.920 (P 0.971 -> 0.960), blind-29 0.833 -> 0.832; mean 0.9350 -> 0.9363. Precision floors lowered where it fell.
  // - decision 0192 (a one-line follow-up described in two pieces takes the wide curve): blind-37 0.807 -> 0.814, blind-23
  //   0.907 -> 0.913, blind-29 0.832 -> 0.833; none fell; mean 0.9363 -> 0.9367.
  // - decision 0193 (chat words that are no names, "as I wrote last week", a pinyin name as a first word, Aung in Khmer;
  //   FEATURES_VERSION 53): blind-31 0.896 -> 0.915, blind-6 0.925 -> 0.936, blind-23 0.913 -> 0.920, blind-22 0.950 ->
  //   0.953; none fell; mean 0.9367 -> 0.9379. Floors raised with them.
  // - decision 0194 (a Khmer name of one syllable after "named"; a people word opening a Khmer tip; FEATURES_VERSION 54):
  //   blind-21 0.920 -> 0.929, blind-25 0.912 -> 0.919; none fell; mean 0.9379 -> 0.9384. Floors raised with them.
  // - decision 0195 (a name one tip says the place is not, written by the other without a marker): blind-22 0.953 -> 0.956
  //   (P 0.944 -> 0.950); none fell; mean 0.9384 -> 0.9385.
  // - decision 0196 (every Khmer run read back as a foreign name is, វ៉ាន់ហ្វូ "wanfu"; FEATURES_VERSION 55): blind-35 0.824 ->
  //   0.835; none fell; mean 0.9385 -> 0.9389. Floor raised with it.
  // - decision 0197 (ten floors or more is a tower, a new wall, a known landmark in one Latin word is no name; FEATURES_VERSION
  //   57): blind-35 0.835 -> 0.844, blind-37 0.814 -> 0.825, blind-22 0.956 -> 0.959, blind-23 0.920 -> 0.921; none fell; mean
  //   0.9389 -> 0.9396. Floors raised with them.
  // - decision 0198 (the nationality of the people held; 金顶, a gold dome; FEATURES_VERSION 58): blind-8 0.905 -> 0.913, blind-25
  //   0.919 -> 0.924 (P 0.883 -> 0.893), blind-37 0.825 -> 0.832, blind-22 0.959 -> 0.960; none fell; mean 0.9396 -> 0.9403.
  // - decision 0199 (a foreign person named in Chinese characters, 达拉 for Dara; FEATURES_VERSION 59): blind-23 0.921 -> 0.929,
  //   blind-38 0.867 -> 0.875; none fell; mean 0.9403 -> 0.9408.
  // - decision 0151 (which floors of a tower; FEATURES_VERSION 60): blind-38 0.875 -> 0.893 (P 0.828 -> 0.860); mean -> 0.9414.
  // - decision 0152 (a candidate under 0.2 that no reason speaks against is judged against the group): ten sets rose,
  //   blind-33 0.859 -> 0.868, blind-8 0.913 -> 0.921, blind-35 0.844 -> 0.850; blind-23 0.929 -> 0.928; mean -> 0.9427.
  //   Floors raised with them.
  // - decision 0205 (a candidate one likely duplicate contradicts stays apart; one none contradicts is flagged at a mean of
  //   0.45): twelve sets rose, blind-37 0.834 -> 0.853, blind-33 0.868 -> 0.882, blind-8 0.921 -> 0.936; five fell, blind-12
  //   0.899 -> 0.889 (P 0.916 -> 0.894), blind-9 0.989 -> 0.984 (P 1 -> 0.989), blind-23, blind-25 and blind-38 by 0.002-0.005;
  //   mean -> 0.9451. Floors moved with them, down for blind-9, 12, 23 and 25 (blind-38 stayed over its floor).
  // - decision 0206 (a likely duplicate under a full match that a closer one contradicts is only possibly related): nine
  //   sets rose, blind-38 0.895 -> 0.913 (P 0.845 -> 0.878), blind-29 0.845 -> 0.861, labelled-3 0.980 -> 1; blind-23,
  //   blind-31 and blind-35 fell by 0.001-0.003 (recall); mean -> 0.9475. Floors raised with them.
  // - decisions 0207-0209 (endings, compounds, Khmer typed in another order, Zawgyi, full-width letters, a Latin term run
  //   into Chinese or Thai, towns in pinyin): blind-31 0.922 -> 0.929, blind-38 0.913 -> 0.921, blind-35 0.859 -> 0.861;
  //   blind-9 0.984 -> 0.979 (P 0.989 -> 0.979): a tip now reads the Prek Thnot bridge it names in Latin amid Chinese and
  //   meets a hard negative by that bridge (0209); mean -> 0.9479. Floor down for blind-9.
  // - decision 0210 (Khmer in Latin letters, Thai without tone marks, counts over ten in words, a sentence's first word that
  //   the other tip names): blind-12 0.889 -> 0.895, blind-23 0.923 -> 0.926; none fell; mean of the 32 -> 0.9482. blind-41,
  //   written blind for it and a tuning set from its first run (0.596 on 25503f7), 0.733. Then the first word of a tip without
  //   capitals and a name a doubled letter apart among its words: blind-12 0.895 -> 0.914, blind-41 0.733 -> 0.739; mean 0.9488.
  // - decision 0211 (houses, gates and numbered rows of an estate, a floor number said alone, a Khmer name's unwritten vowel, a
  //   name not met inside a Khmer word's kh or ch; FEATURES_VERSION 69): blind-16 0.961 -> 0.964, blind-37 0.860 -> 0.864,
  //   blind-38 0.921 -> 0.926, blind-29, blind-41 up; blind-31 0.929 -> 0.917 (R 0.903 -> 0.882) and blind-33 0.887 -> 0.884:
  //   pairs met only because "hong" was read inside ចុងភៅ ("chong", a cook) and a seaside (មាត់សមុទ្រ) was read as a
  //   name; mean of the 33 0.9424 -> 0.9425. blind-43, written blind for it and a tuning set from its first run (0.798 on
  //   98b9fe8), 0.885, and 0.8865 with the pin's remark. blind-31's floor lowered.
  // - decision 0212 (a broker called Ah in every script, Thai ว read v, petrol stations by brand, Wing agents, rice mills,
  //   a floor's number after a building's; FEATURES_VERSION 72): blind-12 0.914 -> 0.921, blind-35 0.861 -> 0.872, blind-37
  //   0.864 -> 0.869, blind-41 0.742 -> 0.774, blind-43 0.8865 -> 0.892; none fell; mean of the 34 0.9408 -> 0.9426. blind-45,
  //   written blind for it and a tuning set from its first run (0.810 on f74df24), 0.881. Floors raised with them.
  // - decision 0213 (a Burmese name after its title, a floor of the building in common, 不是…的X, a three-letter opener, what a
  //   Khmer or Indonesian tip's own place has after "near X", Thai เยื้อง, a follow-up of another place, an owner's name after a
  //   possessive, Ta Mok's lake; FEATURES_VERSION 76): blind-21 0.940 -> 0.945, blind-26 0.964 -> 0.976, blind-38 0.926 ->
  //   0.928, blind-45 0.881 -> 0.884, blind-35 up; blind-37 0.869 -> 0.865, blind-19, blind-23, blind-31 and blind-41 down by
  //   0.001-0.003; mean of the 35 0.9408 -> 0.9412. blind-47 and blind-49, written blind for it and tuning sets from their
  //   first runs (0.859 on 9d72a8b, 0.860 on a91cd79), 0.889 and 0.928. Floors raised for blind-21, 26 and 45.
  // - decision 0214 (a gate by its number in every script, a Thai "not" without its particle, no number of what a tip says
  //   it is not, a Khmer title with a space, 那个索卡, words of when and a Vietnamese kind of two words read as no names,
  //   Phsar and Wat name areas, north of a kind of place in Khmer, Thai and Chinese, the Khmer and Thai near words read
  //   from one table; FEATURES_VERSION 77): blind-23 0.925 -> 0.929, blind-35 0.875 -> 0.887, blind-47 0.889 -> 0.891;
  //   blind-31 0.916 -> 0.912 (a Thai "every day" read as a name had met a dragon), blind-43 0.892 -> 0.890; mean of the 37
  //   0.9394 -> 0.9397. blind-51, written blind for it and a tuning set from its first run (0.754 on 1e13156), 0.796.
  //   Floors raised for blind-35.
  // - decision 0215 (the landmarks foreigners name a street by in every language, BKK1 the quarter and its digit no number,
  //   Chinese words of when no name, a sliding gate's colour, the Chinese words after a landmark one list; FEATURES_VERSION
  //   78): blind-12 0.921 -> 0.926, blind-38 0.928 -> 0.930, blind-45 0.884 -> 0.886, blind-47 0.891 -> 0.893, blind-49 0.928 ->
  //   0.938; blind-25 0.934 -> 0.927 and blind-29 0.863 -> 0.856, whose Korean recruiter's tips had met by "names bkk1" (a
  //   wrong reason; their names across scripts are not read yet); mean of the 38 0.9360 -> 0.9362. blind-53, written blind
  //   for it and a tuning set from its first run (0.771 on f0f3751), 0.850. Floors lowered for blind-25 and blind-29 for
  //   that reason, raised for blind-12 and blind-49.
  //   Then, from blind-55 (money counters: Kilo 4 and 7 Makara quarters, a Vietnamese counter, a car's model, a market's
  //   gate and "we" in Chinese, Burmese ဒေါ်လာ "dollar", the Orussey market; FEATURES_VERSION 79): blind-51 0.796 -> 0.799,
  //   the others unchanged. blind-55, written blind for it and a tuning set from its first run (0.647 on 8811861), 0.675.
  // - decision 0216 (a sign's colour, a loan name right after its role, what a Burmese tip stands behind or by, Ah Long in
  //   Thai, Burmese roads, Indonesian sides; FEATURES_VERSION 80): blind-29 0.856 -> 0.861, blind-43 0.890 -> 0.893,
  //   blind-45 0.886 -> 0.890, blind-55 0.675 -> 0.684; blind-53 0.850 -> 0.849; mean of the 40 0.9275 -> 0.9280. blind-57,
  //   written blind for it and a tuning set from its first run (0.917 on 234a54b), 0.939.
  //   Then, from blind-59 (the casino floor: money changers and pawn shops, what a Chinese tip says it is not across the
  //   road, Cham Yeam and gongsi no names): blind-55 0.684 -> 0.692; blind-51 0.799 -> 0.798 (P 0.791 -> 0.786: its two
  //   money changers' stalls in one market, 12 with a red umbrella and 21 with a blue one, now share a kind, and a short
  //   tip that gives neither meets both; floor lowered for it). blind-59, written blind for it and a tuning set from its
  //   first run (0.831 on d299375), 0.853.
  //   Then "still there" follows up as "again" does (not a tip that names its place beside one that names nothing):
  //   blind-41 0.770 -> 0.793, blind-53 0.849 -> 0.861, blind-37 0.865 -> 0.876, blind-55 0.692 -> 0.702, blind-59 0.853 ->
  //   0.861; precision fell where a short "still there" meets a neighbour that says as little: blind-38 0.930 -> 0.923,
  //   blind-45 0.890 -> 0.884 (P 0.926 -> 0.919), blind-47 P 0.902 -> 0.888, blind-49 P 0.951 -> 0.949, blind-59 P 0.914 ->
  //   0.908; those precision floors lowered, and the F1 floors of blind-41, blind-53, blind-55 and blind-59 raised.
  // blind-5, blind-7, blind-10, blind-13, blind-15, blind-17, blind-20, blind-24, blind-27, blind-28, blind-30, blind-32, blind-34, blind-36,
  // blind-39, blind-40, blind-42, blind-44, blind-46, blind-48, blind-50, blind-52, blind-54,
  // - decision 0217 (the kind and colour after "by the" and Khmer ជាប់ the neighbour's, a Burmese postposition glued to a
  //   later word, loan names as Chinese hears them, lights, letters and stone lions, a floor or a crossing no name, Khmer
  //   ចិន no Chen, Thma Sa and Neak Loeung; the Burmese fifth floor and the Khmer east bank; FEATURES_VERSION 82, 83): blind-29 0.864 -> 0.869, blind-41 0.793 -> 0.798,
  //   blind-43 0.895 -> 0.902, blind-53 0.861 -> 0.865, blind-55 0.702 -> 0.714 (floors raised); none fell. blind-61,
  //   written blind for it and a tuning set from its first run (0.882 on 409eaf4), 0.967.
  // - decision 0218 (a renamed place met by its two names through a tip that gives both; Chinese names keyed, a Chinese
  //   follow-up's opening name, a firm's trade; a short tip's word pairs keyed; Khmer ទ្ធ and a final ី, Thai พี่ and P',
  //   a glued Thai follow-up's name, a titled person no other place's name, a name without its kind, Kampenh;
  //   FEATURES_VERSION 84): blind-8 0.936 -> 0.944, blind-37 0.876 -> 0.879, blind-51 0.796 -> 0.799; blind-23 0.929 ->
  //   0.928, blind-47 0.891 -> 0.888 (a Chinese firm's name, 汇通物流, now read, no longer keeps a follow-up in Thai script
  //   apart). blind-63, written blind for it and a tuning set from its first run (0.866 on ebbd467), 0.903.
  // blind-56, blind-58, blind-60, blind-62 and blind-64 are held out: they are not scored here.
  it.each([
    ['blind-2.jsonl', 106, [], 1, 0.99],
    ['blind-3.jsonl', 93, [], 1, 0.97],
    ['blind-4.jsonl', 105, [], 1, 0.99],
    ['blind-6.jsonl', 128, [], 0.95, 0.93],
    ['blind-8.jsonl', 153, [], 0.98, 0.93],
    ['blind-9.jsonl', 152, [], 0.97, 0.97],
    ['blind-11.jsonl', 154, [], 1, 0.99],
    ['blind-12.jsonl', 161, [], 0.91, 0.92],
    ['blind-14.jsonl', 174, ['q117'], 0.86, 0.91],
    ['blind-16.jsonl', 205, [], 0.93, 0.96],
    ['blind-18.jsonl', 200, [], 0.93, 0.93],
    ['blind-19.jsonl', 196, [], 0.92, 0.88],
    ['blind-21.jsonl', 208, ['y052'], 0.98, 0.94],
    ['blind-22.jsonl', 187, [], 0.94, 0.96],
    ['blind-23.jsonl', 186, [], 0.89, 0.92],
    ['blind-25.jsonl', 175, [], 0.91, 0.92],
    ['blind-26.jsonl', 191, [], 0.96, 0.97],
    ['blind-29.jsonl', 170, ['t110'], 0.81, 0.85],
    ['blind-31.jsonl', 182, ['t085'], 0.94, 0.91],
    ['blind-33.jsonl', 175, ['t020'], 0.95, 0.88],
    ['blind-35.jsonl', 174, [], 0.97, 0.88],
    ['blind-37.jsonl', 208, [], 0.93, 0.86],
    ['blind-38.jsonl', 199, [], 0.87, 0.91],
    ['blind-41.jsonl', 200, [], 0.94, 0.79],
    ['blind-43.jsonl', 179, [], 0.87, 0.89],
    ['blind-45.jsonl', 181, [], 0.91, 0.88],
    ['blind-47.jsonl', 190, [], 0.88, 0.88],
    ['blind-49.jsonl', 173, [], 0.94, 0.93],
    ['blind-51.jsonl', 171, [], 0.78, 0.79],
    ['blind-53.jsonl', 204, [], 0.88, 0.86],
    ['blind-55.jsonl', 182, [], 0.78, 0.71],
    ['blind-57.jsonl', 163, [], 0.92, 0.93],
    ['blind-59.jsonl', 175, [], 0.9, 0.86],
    ['blind-61.jsonl', 188, [], 0.98, 0.96],
    ['blind-63.jsonl', 178, [], 0.9, 0.9],
  ] as const)('scores the tuning set %s: %i tips loaded, refused %j, precision >= %d, F1 >= %d', async (file, loaded, refused, precision, f1) => {
    const result = await evaluate(readFileSync(`tests/fixtures/dedup/${file}`, 'utf8'));
    expect(result.rejected.map((rejected) => rejected.ref)).toEqual(refused);
    expect(result.loaded).toBe(loaded);
    expect(result.precision).toBeGreaterThanOrEqual(precision);
    expect(result.f1).toBeGreaterThanOrEqual(f1);
  }, 180_000);

  // Decision 0207: blind-4's Chinese tips in traditional characters scored 0.954 (P 1, R 0.912) before they were read as
  // simplified; now as the set as written.
  it('scores blind-4 with its Chinese in traditional characters as it scores the set as written', async () => {
    const written = parseEvalFile(readFileSync('tests/fixtures/dedup/blind-4.jsonl', 'utf8'));
    const traditional = inTraditionalChinese(written);
    expect(traditional.filter((line, at) => line.description !== written[at]!.description).length).toBeGreaterThanOrEqual(10);
    const result = await withMigratedScratch((scratch) => evaluateDedup(scratch, traditional));
    expect(result.loaded).toBe(105);
    expect(result.precision).toBeGreaterThanOrEqual(1);
    expect(result.f1).toBeGreaterThanOrEqual(0.99);
  }, 180_000);

  it('counts precision and recall over all pairs, and a tip intake refuses as never flagged', async () => {
    const result = await evaluate(
      [
        line('a', 'g1', 'Golden Lotus compound off Road 4, guards.', 10.6521, 103.5482),
        line('b', 'g1', 'អគារ Golden Lotus នៅជិតផ្លូវជាតិលេខ៤ មានឆ្មាំ', 10.6526, 103.5477, 'km'),
        // same group, but outside Cambodia: intake refuses it, so its pairs are missed
        line('c', 'g1', 'Golden Lotus compound seen from across the border.', 13.75, 100.5),
        // a different place, far away
        line('d', null, 'A farm with a new fence and dogs in Kratie.', 12.4881, 106.0188),
      ].join('\n'),
    );
    expect(result.loaded).toBe(3);
    expect(result.rejected.map((rejected) => rejected.ref)).toEqual(['c']);
    // 6 pairs, 3 in the same group (ab, ac, bc); only ab is flagged
    expect(result.pairs).toBe(6);
    expect(result.positives).toBe(3);
    expect(result.flagged.map((pair) => [pair.a, pair.b, pair.sameGroup])).toEqual([['a', 'b', true]]);
    expect(result.precision).toBe(1);
    expect(result.recall).toBeCloseTo(1 / 3, 6);
    expect(result.f1).toBeCloseTo(0.5, 6);
  }, 60_000);

  // Twenty tips naming one recruiter, 1.5 km apart and received in one hour: each reads only the
  // KEY_ROWS (16) under the name with the highest ids, so the pairs among the four lowest are never
  // asked. With random ids which four changed from run to run, and so did a set's figures (0169).
  it('scores a set the same on every run: the search breaks ties by id, and the evaluation gives each ref its own fixed id', async () => {
    const refs = Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const result = await evaluate(
      refs.map((ref, i) => line(ref, 'g', 'Vong Sokha brings the new people there every week.', 11.45 + Math.floor(i / 5) * 0.014, 104.82 + (i % 5) * 0.014)).join('\n'),
    );
    const lowest = [...refs].sort((a, b) => (evalTipId(a) < evalTipId(b) ? -1 : 1)).slice(0, 4).sort();
    const neverAsked = lowest.flatMap((a, i) => lowest.slice(i + 1).map((b) => [a, b]));
    expect(result.missed.map((pair) => [pair.a, pair.b, pair.score])).toEqual(neverAsked.map(([a, b]) => [a, b, null]));
    expect(result.flagged).toHaveLength(190 - 6);
  }, 60_000);

  it('rejects a file whose lines lack the fields or repeat a ref', async () => {
    expect(() => parseEvalFile('{"ref":"a","category":"X"}')).toThrow(/line 1: description/);
    await expect(evaluate([line('a', null, 'A compound with guards.', 11.5, 104.9), line('a', null, 'A compound with guards.', 11.5, 104.9)].join('\n'))).rejects.toThrow(/ref/);
  }, 60_000);
});
