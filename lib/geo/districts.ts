/**
 * Every district-level unit of Cambodia (srok, khan, krong), grouped by province (codes as in
 * lib/geo/provinces.ts). Names follow the Ministry of Interior / NCDD gazetteer (2023), plus the
 * units created since: Odongk Maechay and Samakki Munichay (Kampong Speu, Dec 2022, replacing
 * Odongk), Sampov Poun and Arey Ksat (Kandal, Dec 2022), Ou Krieng Senchey (Kratie, Dec 2022),
 * Bokor (Kampot), Run Ta Aek Techo Sen (Siem Reap, Jan 2024) and Kampong Soam (Preah Sihanouk).
 *
 * Points are approximate: the district's seat town where it is known, otherwise a point near
 * the middle of the district. They place a pin and let locate() pick the nearest district; they
 * are not boundaries. A code is `KH-<province>-<two-digit index>` and never changes meaning:
 * add new units at the END of their province's list, never renumber.
 */
export interface District {
  code: string;
  provinceCode: string;
  en: string;
  km: string;
  lat: number;
  lng: number;
}

type Row = readonly [en: string, km: string, lat: number, lng: number];

const BY_PROVINCE: ReadonlyArray<readonly [provinceCode: string, rows: readonly Row[]]> = [
  ['KH-1', [
    ['Mongkol Borei', 'មង្គលបូរី', 13.5406, 103.0269],
    ['Phnom Srok', 'ភ្នំស្រុក', 13.744, 103.3389],
    ['Preah Netr Preah', 'ព្រះនេត្រព្រះ', 13.6237, 103.1821],
    ['Ou Chrov', 'អូរជ្រៅ', 13.5816, 102.807],
    ['Serei Saophoan', 'សិរីសោភ័ណ', 13.5859, 102.9737],
    ['Thma Puok', 'ថ្មពួក', 13.9399, 103.0531],
    ['Svay Chek', 'ស្វាយចេក', 13.8054, 102.9618],
    ['Malai', 'ម៉ាឡៃ', 13.499, 102.6016],
    ['Poipet', 'ប៉ោយប៉ែត', 13.6581, 102.5637],
  ]],
  ['KH-2', [
    ['Banan', 'បាណន់', 12.9396, 103.1424],
    ['Thma Koul', 'ថ្មគោល', 13.3, 103.09],
    ['Battambang', 'បាត់ដំបង', 13.1027, 103.1982],
    ['Bavel', 'បវេល', 13.2513, 102.878],
    ['Aek Phnum', 'ឯកភ្នំ', 13.1599, 103.2313],
    ['Moung Ruessei', 'មោងឫស្សី', 12.7745, 103.4493],
    ['Rotonak Mondol', 'រតនមណ្ឌល', 12.8405, 102.887],
    ['Sangkae', 'សង្កែ', 13.0794, 103.2445],
    ['Samlout', 'សំឡូត', 12.617, 102.8586],
    ['Sampov Lun', 'សំពៅលូន', 13.4319, 102.39],
    ['Phnum Proek', 'ភ្នំព្រឹក', 13.2235, 102.41],
    ['Kamrieng', 'កំរៀង', 13.0881, 102.4907],
    ['Koas Krala', 'គាស់ក្រឡ', 12.7559, 103.2551],
    ['Rukh Kiri', 'រុក្ខគិរី', 12.93, 103.38],
  ]],
  ['KH-3', [
    ['Batheay', 'បាធាយ', 11.9894, 104.9421],
    ['Chamkar Leu', 'ចំការលើ', 12.3085, 105.2819],
    ['Cheung Prey', 'ជើងព្រៃ', 12.0569, 105.0748],
    ['Kampong Cham', 'កំពង់ចាម', 11.9934, 105.4635],
    ['Kampong Siem', 'កំពង់សៀម', 12.03, 105.41],
    ['Kang Meas', 'កងមាស', 11.9463, 105.2749],
    ['Koh Sotin', 'កោះសូទិន', 11.8855, 105.4278],
    ['Prey Chhor', 'ព្រៃឈរ', 12.058, 105.2572],
    ['Srei Santhor', 'ស្រីសន្ធរ', 11.82, 105.13],
    ['Stueng Trang', 'ស្ទឹងត្រង់', 12.2558, 105.5352],
  ]],
  ['KH-4', [
    ['Baribour', 'បរិបូណ៌', 12.4376, 104.4629],
    ['Chol Kiri', 'ជលគីរី', 12.1586, 104.8229],
    ['Kampong Chhnang', 'កំពង់ឆ្នាំង', 12.2505, 104.6659],
    ['Kampong Leaeng', 'កំពង់លែង', 12.3, 104.76],
    ['Kampong Tralach', 'កំពង់ត្រឡាច', 11.92, 104.75],
    ["Rolea B'ier", 'រលាប្អៀរ', 12.2, 104.58],
    ['Sameakki Mean Chey', 'សាមគ្គីមានជ័យ', 11.8679, 104.5555],
    ['Tuek Phos', 'ទឹកផុស', 12.1, 104.45],
  ]],
  ['KH-5', [
    ['Basedth', 'បរសេដ្ឋ', 11.1843, 104.5358],
    ['Chbar Mon', 'ច្បារមន', 11.4533, 104.5209],
    ['Kong Pisei', 'គងពិសី', 11.3165, 104.6599],
    ['Aoral', 'ឱរ៉ាល់', 11.6878, 104.1296],
    ['Phnom Sruoch', 'ភ្នំស្រួច', 11.385, 104.3717],
    ['Samraong Tong', 'សំរោងទង', 11.53, 104.66],
    ['Thpong', 'ថ្ពង', 11.7538, 104.4274],
    ['Odongk Maechay', 'ឧដុង្គម៉ែជ័យ', 11.6827, 104.6995],
    ['Samakki Munichay', 'សាមគ្គីមុនីជ័យ', 11.66, 104.6],
  ]],
  ['KH-6', [
    ['Baray', 'បារាយណ៍', 12.3943, 105.0752],
    ['Kampong Svay', 'កំពង់ស្វាយ', 12.85, 104.8],
    ['Stueng Saen', 'ស្ទឹងសែន', 12.7112, 104.8911],
    ['Prasat Ballang', 'ប្រាសាទបល្ល័ង្គ', 13.05, 104.93],
    ['Prasat Sambour', 'ប្រាសាទសំបូរ', 12.88, 105.04],
    ['Sandan', 'សណ្ដាន់', 13.1046, 105.2541],
    ['Santuk', 'សន្ទុក', 12.51, 105.12],
    ['Stoung', 'ស្ទោង', 12.9404, 104.5707],
    ['Taing Kouk', 'តាំងគោក', 12.57, 104.98],
  ]],
  ['KH-7', [
    ['Angkor Chey', 'អង្គរជ័យ', 10.7667, 104.65],
    ['Banteay Meas', 'បន្ទាយមាស', 10.6167, 104.5333],
    ['Chhuk', 'ឈូក', 10.8364, 104.4553],
    ['Chum Kiri', 'ជុំគិរី', 11.0054, 104.4421],
    ['Dang Tong', 'ដងទង់', 10.7073, 104.4223],
    ['Kampong Trach', 'កំពង់ត្រាច', 10.5585, 104.4675],
    ['Tuek Chhou', 'ទឹកឈូ', 10.72, 104.13],
    ['Kampot', 'កំពត', 10.6104, 104.1815],
    ['Bokor', 'បូកគោ', 10.625, 104.04],
  ]],
  ['KH-8', [
    ['Kandal Stueng', 'កណ្ដាលស្ទឹង', 11.4135, 104.8265],
    ['Kien Svay', 'កៀនស្វាយ', 11.49, 105.0],
    ['Khsach Kandal', 'ខ្សាច់កណ្ដាល', 11.6922, 105.0373],
    ['Koh Thom', 'កោះធំ', 11.1242, 105.0572],
    ['Leuk Daek', 'លើកដែក', 11.1751, 105.2292],
    ['Lvea Aem', 'ល្វាឯម', 11.43, 105.06],
    ['Mukh Kampul', 'មុខកំពូល', 11.73, 104.95],
    ['Angk Snuol', 'អង្គស្នួល', 11.52, 104.72],
    ['Ponhea Lueu', 'ពញាឮ', 11.78, 104.82],
    ["S'ang", 'ស្អាង', 11.3607, 105.0078],
    ['Ta Khmau', 'តាខ្មៅ', 11.4823, 104.9445],
    ['Sampov Poun', 'សំពៅពូន', 11.02, 105.07],
    ['Arey Ksat', 'អរិយក្សត្រ', 11.59, 104.98],
  ]],
  ['KH-9', [
    ['Botum Sakor', 'បុទុមសាគរ', 11.1872, 103.4712],
    ['Kiri Sakor', 'គិរីសាគរ', 11.05, 103.25],
    ['Koh Kong', 'កោះកុង', 11.43, 103.10],
    ['Khemara Phoumin', 'ខេមរភូមិន្ទ', 11.6153, 102.9838],
    ['Mondol Seima', 'មណ្ឌលសីមា', 11.6241, 102.9502],
    ['Srae Ambel', 'ស្រែអំបិល', 11.1221, 103.7538],
    ['Thma Bang', 'ថ្មបាំង', 11.75, 103.5],
  ]],
  ['KH-10', [
    ['Chhloung', 'ឆ្លូង', 12.2561, 105.97],
    ['Kratie', 'ក្រចេះ', 12.4881, 106.0188],
    ['Prek Prasab', 'ព្រែកប្រសព្វ', 12.3537, 106.0356],
    ['Sambour', 'សំបូរ', 12.77, 105.96],
    ['Snuol', 'ស្នួល', 12.08, 106.42],
    ['Chetr Borei', 'ចិត្របុរី', 12.6, 106.1],
    ['Ou Krieng Senchey', 'អូរគ្រៀងសែនជ័យ', 12.65, 106.25],
  ]],
  ['KH-11', [
    ['Kaev Seima', 'កែវសីមា', 12.1874, 106.8806],
    ['Koh Nhek', 'កោះញែក', 13.08, 106.93],
    ['Ou Reang', 'អូររាំង', 12.38, 107.1],
    ['Pech Chreada', 'ពេជ្រាដា', 12.52, 107.4],
    ['Saen Monourom', 'សែនមនោរម្យ', 12.4558, 107.1881],
  ]],
  ['KH-12', [
    ['Chamkar Mon', 'ចំការមន', 11.5439, 104.9218],
    ['Doun Penh', 'ដូនពេញ', 11.5756, 104.9203],
    ['Prampir Meakkakra', '៧មករា', 11.5625, 104.9141],
    ['Tuol Kouk', 'ទួលគោក', 11.576, 104.893],
    ['Dangkao', 'ដង្កោ', 11.505, 104.85],
    ['Mean Chey', 'មានជ័យ', 11.523, 104.93],
    ['Russey Keo', 'ឫស្សីកែវ', 11.6195, 104.9099],
    ['Sen Sok', 'សែនសុខ', 11.605, 104.861],
    ['Pou Senchey', 'ពោធិ៍សែនជ័យ', 11.55, 104.81],
    ['Chrouy Changvar', 'ជ្រោយចង្វារ', 11.6, 104.935],
    ['Preaek Pnov', 'ព្រែកព្នៅ', 11.68, 104.86],
    ['Chbar Ampov', 'ច្បារអំពៅ', 11.535, 104.95],
    ['Boeng Keng Kang', 'បឹងកេងកង', 11.553, 104.922],
    ['Kamboul', 'កំបូល', 11.5, 104.77],
  ]],
  ['KH-13', [
    ['Chey Saen', 'ជ័យសែន', 13.5822, 105.3453],
    ['Chhaeb', 'ឆែប', 13.9108, 105.4618],
    ['Choam Ksant', 'ជាំក្សាន្ដ', 14.22, 104.93],
    ['Kuleaen', 'គូលែន', 13.8215, 104.6982],
    ['Rovieng', 'រវៀង', 13.35, 105.1],
    ['Sangkum Thmei', 'សង្គមថ្មី', 13.5815, 104.9132],
    ['Tbaeng Mean Chey', 'ត្បែងមានជ័យ', 13.7862, 105.0159],
    ['Preah Vihear', 'ព្រះវិហារ', 13.8077, 104.9803],
  ]],
  ['KH-14', [
    ['Ba Phnum', 'បាភ្នំ', 11.22, 105.42],
    ['Kamchay Mear', 'កំចាយមារ', 11.6, 105.58],
    ['Kampong Trabaek', 'កំពង់ត្របែក', 11.1438, 105.4828],
    ['Kanhchriech', 'កញ្ជ្រៀច', 11.72, 105.52],
    ['Me Sang', 'មេសាង', 11.3276, 105.5461],
    ['Peam Chor', 'ពាមជរ', 11.0988, 105.2211],
    ['Peam Ro', 'ពាមរក៍', 11.265, 105.285],
    ['Pea Reang', 'ពារាំង', 11.37, 105.18],
    ['Preah Sdach', 'ព្រះស្ដេច', 11.0951, 105.3845],
    ['Prey Veng', 'ព្រៃវែង', 11.4868, 105.3253],
    ['Pur Rieng', 'ពោធិ៍រៀង', 11.2, 105.22],
    ['Sithor Kandal', 'ស៊ីធរកណ្ដាល', 11.7726, 105.3827],
    ['Svay Antor', 'ស្វាយអន្ទរ', 11.57, 105.42],
  ]],
  ['KH-15', [
    ['Bakan', 'បាកាន', 12.78, 103.79],
    ['Kandieng', 'កណ្ដៀង', 12.7125, 104.0259],
    ['Krakor', 'ក្រគរ', 12.48, 104.19],
    ['Phnom Kravanh', 'ភ្នំក្រវ៉ាញ', 12.3512, 103.7694],
    ['Pursat', 'ពោធិ៍សាត់', 12.5388, 103.9192],
    ['Veal Veaeng', 'វាលវែង', 12.28, 103.15],
    ['Ta Lou Senchey', 'តាលោសែនជ័យ', 12.6, 103.3],
  ]],
  ['KH-16', [
    ['Andoung Meas', 'អណ្ដូងមាស', 13.9335, 107.3116],
    ['Ban Lung', 'បានលុង', 13.7394, 106.9873],
    ['Bar Kaev', 'បរកែវ', 13.7075, 107.1944],
    ['Koun Mom', 'កូនមុំ', 13.5177, 106.7514],
    ['Lumphat', 'លំផាត់', 13.4915, 106.9802],
    ['Ou Chum', 'អូរជុំ', 13.8407, 107.0347],
    ['Ou Ya Dav', 'អូរយ៉ាដាវ', 13.6706, 107.347],
    ['Ta Veaeng', 'តាវែង', 14.2919, 107.2403],
    ['Veun Sai', 'វើនសៃ', 13.976, 106.8114],
  ]],
  ['KH-17', [
    ['Angkor Chum', 'អង្គរជុំ', 13.6839, 103.6479],
    ['Angkor Thom', 'អង្គរធំ', 13.5788, 103.8565],
    ['Banteay Srei', 'បន្ទាយស្រី', 13.5962, 103.9639],
    ['Chi Kraeng', 'ជីក្រែង', 13.1223, 104.3463],
    ['Kralanh', 'ក្រឡាញ់', 13.6054, 103.419],
    ['Puok', 'ពួក', 13.4, 103.68],
    ['Prasat Bakong', 'ប្រាសាទបាគង', 13.3474, 103.9876],
    ['Siem Reap', 'សៀមរាប', 13.3618, 103.8606],
    ['Soutr Nikom', 'សូទ្រនិគម', 13.2388, 104.1378],
    ['Srei Snam', 'ស្រីស្នំ', 13.8342, 103.5132],
    ['Svay Leu', 'ស្វាយលើ', 13.6917, 104.2745],
    ['Varin', 'វ៉ារិន', 13.7932, 103.7609],
    ['Run Ta Aek Techo Sen', 'រុនតាឯកតេជោសែន', 13.45, 104.02],
  ]],
  ['KH-18', [
    ['Preah Sihanouk (Sihanoukville)', 'ព្រះសីហនុ', 10.6253, 103.5234],
    ['Prey Nob', 'ព្រៃនប់', 10.7094, 103.8209],
    ['Stueng Hav', 'ស្ទឹងហាវ', 10.72, 103.6],
    ['Kampong Seila', 'កំពង់សីលា', 11.0917, 103.9008],
    ['Koh Rong', 'កោះរ៉ុង', 10.72, 103.24],
    ['Kampong Soam', 'កំពង់សោម', 10.6, 103.63],
  ]],
  ['KH-19', [
    ['Sesan', 'សេសាន', 13.5533, 106.0922],
    ['Siem Bouk', 'សៀមបូក', 13.33, 105.97],
    ['Siem Pang', 'សៀមប៉ាង', 14.1173, 106.3884],
    ['Stung Treng', 'ស្ទឹងត្រែង', 13.5259, 105.9683],
    ['Thala Barivat', 'ថាឡាបរិវ៉ាត់', 13.57, 105.93],
    ['Borei Ou Svay Senchey', 'បុរីអូរស្វាយសែនជ័យ', 13.9, 105.95],
  ]],
  ['KH-20', [
    ['Chantrea', 'ចន្ទ្រា', 10.9843, 106.1249],
    ['Kampong Rou', 'កំពង់រោទិ៍', 11.15, 105.95],
    ['Rumduol', 'រំដួល', 11.1589, 105.8226],
    ['Romeas Haek', 'រមាសហែក', 11.3, 105.75],
    ['Svay Chrum', 'ស្វាយជ្រំ', 11.1116, 105.6981],
    ['Svay Rieng', 'ស្វាយរៀង', 11.0879, 105.7993],
    ['Svay Teab', 'ស្វាយទាប', 11.0546, 105.8853],
    ['Bavet', 'បាវិត', 11.065, 106.14],
  ]],
  ['KH-21', [
    ['Angkor Borei', 'អង្គរបូរី', 10.9929, 104.9518],
    ['Bati', 'បាទី', 11.2, 104.85],
    ['Borei Cholsar', 'បូរីជលសារ', 10.8141, 104.9899],
    ['Kiri Vong', 'គីរីវង់', 10.6378, 104.8732],
    ['Koh Andaet', 'កោះអណ្ដែត', 10.78, 104.92],
    ['Prey Kabbas', 'ព្រៃកប្បាស', 11.13, 104.95],
    ['Samraong', 'សំរោង', 11.1, 104.76],
    ['Doun Kaev', 'ដូនកែវ', 10.9908, 104.785],
    ['Tram Kak', 'ត្រាំកក់', 10.97, 104.62],
    ['Treang', 'ទ្រាំង', 10.85, 104.73],
  ]],
  ['KH-22', [
    ['Anlong Veng', 'អន្លង់វែង', 14.2322, 104.0811],
    ['Banteay Ampil', 'បន្ទាយអំពិល', 14.1859, 103.2593],
    ['Chong Kal', 'ចុងកាល់', 14.0, 103.58],
    ['Samraong', 'សំរោង', 14.1818, 103.5172],
    ['Trapeang Prasat', 'ត្រពាំងប្រាសាទ', 14.1869, 104.3553],
  ]],
  ['KH-23', [
    ["Damnak Chang'aeur", 'ដំណាក់ចង្អើរ', 10.5339, 104.3486],
    ['Kep', 'កែប', 10.4829, 104.3167],
  ]],
  ['KH-24', [
    ['Pailin', 'ប៉ៃលិន', 12.849, 102.6093],
    ['Sala Krau', 'សាលាក្រៅ', 12.9561, 102.6089],
  ]],
  ['KH-25', [
    ['Dambae', 'តំបែរ', 12.0, 105.85],
    ['Krouch Chhmar', 'ក្រូចឆ្មារ', 12.2, 105.55],
    ['Memot', 'មេមត់', 11.83, 106.18],
    ['Ou Reang Ov', 'អូររាំងឪ', 11.75, 105.65],
    ['Ponhea Kraek', 'ពញាក្រែក', 11.78, 105.95],
    ['Suong', 'សួង', 11.9118, 105.6582],
    ['Tboung Khmum', 'ត្បូងឃ្មុំ', 11.95, 105.6],
  ]],
];

export const DISTRICTS: readonly District[] = BY_PROVINCE.flatMap(([provinceCode, rows]) =>
  rows.map(([en, km, lat, lng], index) => ({
    code: `${provinceCode}-${String(index + 1).padStart(2, '0')}`,
    provinceCode,
    en,
    km,
    lat,
    lng,
  })),
);

const byCode = new Map(DISTRICTS.map((district) => [district.code, district]));
const byProvince = new Map<string, readonly District[]>(
  BY_PROVINCE.map(([provinceCode]) => [provinceCode, DISTRICTS.filter((district) => district.provinceCode === provinceCode)]),
);

export const DISTRICT_CODES = DISTRICTS.map((district) => district.code) as [string, ...string[]];
export const districtByCode = (code: string): District | undefined => byCode.get(code);
export const districtsOf = (provinceCode: string): readonly District[] => byProvince.get(provinceCode) ?? [];
