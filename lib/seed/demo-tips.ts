/**
 * Demo tips over real Cambodian places, in Khmer and English (and a few in the languages
 * of trafficked workers). Compound names are invented. Several tips describe the same place,
 * as real tips do, so the console has duplicates to find.
 */
import type { TipInput } from '@/lib/tips/schema';

export interface DemoTip extends TipInput {
  /** Hours before the seed ran. */
  hoursAgo: number;
}

const at = (lat: number, lng: number, source: 'GPS' | 'MAP_PIN' | 'AREA' = 'GPS', accuracyM = 25) => ({ lat, lng, source, accuracyM });

export const DEMO_TIPS: readonly DemoTip[] = [
  // Sihanoukville: the "Golden Lotus" compound off Road 4 (five tips, four languages)
  {
    category: 'SCAM_COMPOUND', language: 'km', hoursAgo: 210, wantsReward: true, urgent: false,
    description: 'អគារ Golden Lotus នៅជិតផ្លូវជាតិលេខ៤ មានរបងខ្ពស់ និងលួសបន្លា។ មានឆ្មាំកាន់កាំភ្លើងនៅច្រកចូល ហើយបង្អួចទាំងអស់ត្រូវបានបិទដោយក្រដាសខ្មៅ។ ឡានក្រុងមកដល់ពេលយប់។',
    location: at(10.6521, 103.5482), provinceCode: 'KH-18', indicators: ['high_walls_barbed_wire', 'guards', 'barred_or_blacked_windows', 'buses_at_night'],
    observedOn: undefined, observedTime: 'NIGHT',
  },
  {
    category: 'SCAM_COMPOUND', language: 'en', hoursAgo: 150, wantsReward: true, urgent: false,
    description: 'Golden Lotus building near National Road 4, Sihanoukville. Barbed wire on the walls, guards with radios, hundreds of young foreigners who never come out. Food delivered by truck every morning.',
    location: at(10.6527, 103.5476, 'MAP_PIN', 60), provinceCode: 'KH-18', indicators: ['high_walls_barbed_wire', 'guards', 'foreign_workers_never_leave'],
    observedTime: 'MORNING',
  },
  {
    category: 'PERSON_HELD', language: 'zh', hoursAgo: 30, wantsReward: false, urgent: true,
    description: '我被关在西港4号公路旁的金莲花园区，护照被老板没收，每天被迫做网络诈骗，不完成业绩就挨打。A栋7楼有大约40个中国人和越南人。请救救我们。',
    location: at(10.6519, 103.5489), provinceCode: 'KH-18', indicators: ['confiscated_passports', 'guards', 'sounds_of_violence'],
  },
  {
    category: 'SCAM_COMPOUND', language: 'km', hoursAgo: 20, wantsReward: true, urgent: false,
    description: 'នៅក្បែរផ្លូវជាតិលេខ៤ ខេត្តព្រះសីហនុ មានអគារ៧ជាន់ឈ្មោះ Golden Lotus។ ខ្ញុំឃើញមនុស្សបរទេសច្រើននាក់នៅលើដំបូល ប៉ុន្តែពួកគេមិនដែលចេញមកក្រៅទេ។',
    location: at(10.6530, 103.5470, 'MAP_PIN', 80), provinceCode: 'KH-18', indicators: ['foreign_workers_never_leave'],
  },
  {
    category: 'PERSON_HELD', language: 'vi', hoursAgo: 3, wantsReward: false, urgent: true,
    description: 'Tôi đang bị giữ ở khu Golden Lotus gần Quốc lộ 4, Sihanoukville. Họ lấy hộ chiếu của tôi và đánh người không đủ chỉ tiêu lừa đảo. Tòa nhà A, tầng 7.',
    location: at(10.6523, 103.5485), provinceCode: 'KH-18', indicators: ['confiscated_passports', 'sounds_of_violence'],
  },
  // Sihanoukville: a different, nearby place (about 1.5 km away): must not be merged blindly
  {
    category: 'SCAM_COMPOUND', language: 'en', hoursAgo: 96, wantsReward: true, urgent: false,
    description: 'Former Blue Bay casino hotel on Ochheuteal road now closed to the public. Windows covered with foil, men with radios at the gate, vans of workers arrive after midnight.',
    location: at(10.6360, 103.5360), provinceCode: 'KH-18', indicators: ['converted_casino_or_hotel', 'barred_or_blacked_windows', 'guards', 'buses_at_night'],
  },
  {
    category: 'SCAM_COMPOUND', language: 'km', hoursAgo: 60, wantsReward: false, urgent: false,
    description: 'សណ្ឋាគារកាស៊ីណូ Blue Bay ចាស់ នៅផ្លូវអូរឆើទាល ត្រូវបានបិទ។ បង្អួចគ្របដោយក្រដាសស្ពាន់ មានបុរសកាន់វិទ្យុទាក់ទងនៅមាត់ទ្វារ ហើយឡានដឹកកម្មករមកដល់ក្រោយពាក់កណ្ដាលអធ្រាត្រ។',
    location: at(10.6364, 103.5356, 'MAP_PIN', 40), provinceCode: 'KH-18', indicators: ['converted_casino_or_hotel', 'guards', 'buses_at_night'],
  },
  // Bavet: "Happy Fortune" casino complex near the border crossing
  {
    category: 'SCAM_COMPOUND', language: 'km', hoursAgo: 300, wantsReward: true, urgent: false,
    description: 'កាស៊ីណូ Happy Fortune នៅក្រុងបាវិត ជិតច្រកព្រំដែន។ អគារខាងក្រោយមានរបងខ្ពស់ ហើយមានមនុស្សវៀតណាមរាប់រយនាក់ធ្វើការនៅទីនោះទាំងយប់ទាំងថ្ងៃជាមួយកុំព្យូទ័រ និងទូរស័ព្ទច្រើន។',
    location: at(11.0672, 106.1362), provinceCode: 'KH-20', indicators: ['converted_casino_or_hotel', 'high_walls_barbed_wire', 'many_phones_and_computers'],
  },
  {
    category: 'SCAM_COMPOUND', language: 'vi', hoursAgo: 120, wantsReward: true, urgent: false,
    description: 'Sòng bạc Happy Fortune ở Bavet, gần cửa khẩu Mộc Bài. Tòa nhà phía sau có hàng trăm người Việt làm việc với nhiều điện thoại, không ai được ra ngoài.',
    location: at(11.0668, 106.1371, 'MAP_PIN', 70), provinceCode: 'KH-20', indicators: ['converted_casino_or_hotel', 'foreign_workers_never_leave', 'many_phones_and_computers'],
  },
  {
    category: 'RECRUITER', language: 'en', hoursAgo: 44, wantsReward: true, urgent: false,
    description: 'A broker in Bavet market offers "customer service" jobs at Happy Fortune with 1500 USD salary and free housing. Two girls from my village went and we cannot reach them now.',
    location: at(11.0631, 106.1290, 'AREA', 2000), provinceCode: 'KH-20', indicators: ['job_offers_abroad_high_pay'],
  },
  // Poipet: "Sky Dragon" complex
  {
    category: 'SCAM_COMPOUND', language: 'th', hoursAgo: 75, wantsReward: false, urgent: false,
    description: 'อาคาร Sky Dragon ในปอยเปต ใกล้ด่านคลองลึก มีรั้วสูงและลวดหนาม มีคนไทยและคนจีนทำงานอยู่ข้างใน ไม่เคยออกมาข้างนอก',
    location: at(13.6605, 102.5580), provinceCode: 'KH-1', indicators: ['high_walls_barbed_wire', 'foreign_workers_never_leave'],
  },
  {
    category: 'SCAM_COMPOUND', language: 'km', hoursAgo: 50, wantsReward: true, urgent: false,
    description: 'អគារ Sky Dragon នៅប៉ោយប៉ែត ជិតច្រកព្រំដែនថៃ។ មានរបងខ្ពស់ លួសបន្លា និងឆ្មាំ។ ខ្ញុំលឺសំឡេងស្រែកនៅពេលយប់។',
    location: at(13.6611, 102.5574, 'MAP_PIN', 50), provinceCode: 'KH-1', indicators: ['high_walls_barbed_wire', 'guards', 'sounds_of_violence'],
    observedTime: 'NIGHT',
  },
  {
    category: 'MONEY_MULE', language: 'en', hoursAgo: 12, wantsReward: true, urgent: false,
    description: 'Shop near Poipet roundabout buys bank accounts and SIM cards from local people for 50 dollars each. They say the accounts are for Sky Dragon company.',
    location: at(13.6555, 102.5640, 'AREA', 1500), provinceCode: 'KH-1', indicators: [],
  },
  // Phnom Penh: Chroy Changvar office tower
  {
    category: 'SCAM_COMPOUND', language: 'en', hoursAgo: 180, wantsReward: true, urgent: false,
    description: 'Office tower on Chroy Changvar peninsula, floors 10 to 14 rented by an "online marketing" company. Workers are Indonesian and Chinese, they live in the building and are escorted by guards.',
    location: at(11.5871, 104.9380), provinceCode: 'KH-12', indicators: ['guards', 'foreign_workers_never_leave', 'many_phones_and_computers'],
  },
  {
    category: 'PERSON_HELD', language: 'id', hoursAgo: 7, wantsReward: false, urgent: true,
    description: 'Saya orang Indonesia, ditahan di gedung kantor di Chroy Changvar, Phnom Penh, lantai 12. Paspor saya diambil dan saya dipaksa menipu orang lewat internet.',
    location: at(11.5868, 104.9384), provinceCode: 'KH-12', indicators: ['confiscated_passports'],
  },
  {
    category: 'RECRUITER', language: 'km', hoursAgo: 100, wantsReward: true, urgent: false,
    description: 'មានមេខ្យល់ម្នាក់នៅផ្សារដើមគរ ភ្នំពេញ ផ្សព្វផ្សាយការងារនៅក្រៅប្រទេសដែលមានប្រាក់ខែខ្ពស់តាម Telegram ហើយយកលិខិតឆ្លងដែនរបស់អ្នកដាក់ពាក្យ។',
    location: at(11.5610, 104.8890, 'AREA', 1000), provinceCode: 'KH-12', indicators: ['job_offers_abroad_high_pay', 'confiscated_passports'],
  },
  // Koh Kong: Dara Sakor resort area
  {
    category: 'SCAM_COMPOUND', language: 'km', hoursAgo: 400, wantsReward: true, urgent: false,
    description: 'រមណីយដ្ឋានមួយនៅតំបន់ដារាសាគរ ខេត្តកោះកុង ក្លាយជាកន្លែងធ្វើការបោកប្រាស់។ មានកាមេរ៉ាច្រើន ឆ្មាំ និងរបងខ្ពស់ ហើយទូកដឹកមនុស្សមកដល់ពេលយប់។',
    location: at(10.9420, 103.2740), provinceCode: 'KH-9', indicators: ['guards', 'high_walls_barbed_wire', 'buses_at_night'],
  },
  {
    category: 'SCAM_COMPOUND', language: 'ko', hoursAgo: 90, wantsReward: false, urgent: false,
    description: '코콩주 다라사코르 리조트 단지 안에 사기 사무실이 있습니다. 한국인 몇 명도 그곳에 갇혀 있고 밤에 배로 사람들이 들어옵니다.',
    location: at(10.9426, 103.2751, 'MAP_PIN', 100), provinceCode: 'KH-9', indicators: ['foreign_workers_never_leave', 'buses_at_night'],
  },
  // Kampot
  {
    category: 'SCAM_COMPOUND', language: 'en', hoursAgo: 240, wantsReward: true, urgent: false,
    description: 'Unfinished hotel near the Kampot river bridge has new high walls and cameras. Lights on all night, people from Myanmar seen at the windows.',
    location: at(10.6165, 104.1790), provinceCode: 'KH-7', indicators: ['high_walls_barbed_wire', 'foreign_workers_never_leave'],
  },
  {
    category: 'PERSON_HELD', language: 'my', hoursAgo: 26, wantsReward: false, urgent: true,
    description: 'ကျွန်ုပ်သည် ကမ်ပေါ့မြို့ မြစ်ကူးတံတားအနီးရှိ ဟိုတယ်အဆောက်အအုံတွင် ချုပ်နှောင်ခံထားရသည်။ ကျွန်ုပ်၏ နိုင်ငံကူးလက်မှတ်ကို ယူထားပြီး ရိုက်နှက်ခံရသည်။',
    location: at(10.6169, 104.1786), provinceCode: 'KH-7', indicators: ['confiscated_passports', 'sounds_of_violence'],
  },
  // Kep
  {
    category: 'OTHER', language: 'km', hoursAgo: 330, wantsReward: false, urgent: false,
    description: 'ផ្ទះវីឡាធំមួយនៅក្រុងកែប មានមនុស្សបរទេសចូលចេញច្រើនណាស់ពេលយប់ ហើយមានឡានគ្មានស្លាកលេខចតនៅខាងមុខ។',
    location: at(10.4880, 104.3210, 'MAP_PIN', 150), provinceCode: 'KH-23', indicators: ['buses_at_night'],
  },
  // Siem Reap
  {
    category: 'RECRUITER', language: 'en', hoursAgo: 140, wantsReward: true, urgent: false,
    description: 'Facebook page "Siem Reap Jobs Thailand" promises 2000 USD a month for typing jobs abroad; the agent meets people at a cafe near Psar Leu and takes their ID cards.',
    location: at(13.3530, 103.8680, 'AREA', 1500), provinceCode: 'KH-17', indicators: ['job_offers_abroad_high_pay'],
  },
  {
    category: 'SCAM_COMPOUND', language: 'km', hoursAgo: 66, wantsReward: true, urgent: false,
    description: 'បុរីមួយនៅតាមផ្លូវទៅព្រលានយន្តហោះសៀមរាប មានផ្ទះ២០ខ្នង ដែលត្រូវបានជួលដោយក្រុមហ៊ុនបរទេស។ បង្អួចបិទជិត និងមានឆ្មាំ២៤ម៉ោង។',
    location: at(13.3920, 103.8310), provinceCode: 'KH-17', indicators: ['barred_or_blacked_windows', 'guards'],
  },
  // Battambang
  {
    category: 'MONEY_MULE', language: 'km', hoursAgo: 85, wantsReward: false, urgent: false,
    description: 'មានក្រុមមួយនៅក្រុងបាត់ដំបង ទិញស៊ីមកាត និងគណនីធនាគារពីសិស្ស ដោយឱ្យលុយ២០ដុល្លារ។ ពួកគេនិយាយថា ដើម្បីផ្ញើទៅក្រុមហ៊ុននៅប៉ោយប៉ែត។',
    location: at(13.0990, 103.1990, 'AREA', 2500), provinceCode: 'KH-2', indicators: [],
  },
  // Takeo
  {
    category: 'RECRUITER', language: 'km', hoursAgo: 190, wantsReward: true, urgent: false,
    description: 'មេភូមិម្នាក់នៅស្រុកបាទី ខេត្តតាកែវ ណែនាំយុវជនឱ្យទៅធ្វើការនៅក្រុងព្រះសីហនុ ដោយសន្យាប្រាក់ខែ៨០០ដុល្លារ។ អ្នកដែលទៅ មិនអាចទាក់ទងគ្រួសារបានទេ។',
    location: at(11.0500, 104.7700, 'AREA', 5000), provinceCode: 'KH-21', indicators: ['job_offers_abroad_high_pay'],
  },
  // Kandal
  {
    category: 'SCAM_COMPOUND', language: 'en', hoursAgo: 35, wantsReward: true, urgent: false,
    description: 'Warehouse compound in Ta Khmau with new dormitory blocks, razor wire and a guarded gate. Buses with tinted windows come in at 2am.',
    location: at(11.4790, 104.9520), provinceCode: 'KH-8', indicators: ['high_walls_barbed_wire', 'guards', 'buses_at_night'],
  },
  {
    category: 'SCAM_COMPOUND', language: 'km', hoursAgo: 16, wantsReward: false, urgent: false,
    description: 'ឃ្លាំងមួយនៅក្រុងតាខ្មៅ មានអគារស្នាក់នៅថ្មី លួសបន្លា និងច្រកទ្វារមានឆ្មាំ។ ឡានក្រុងកញ្ចក់ខ្មៅចូលមកម៉ោង២យប់។',
    location: at(11.4795, 104.9514, 'MAP_PIN', 30), provinceCode: 'KH-8', indicators: ['high_walls_barbed_wire', 'guards', 'buses_at_night'],
  },
  // Oddar Meanchey
  {
    category: 'SCAM_COMPOUND', language: 'en', hoursAgo: 260, wantsReward: true, urgent: false,
    description: 'Casino complex at O Smach border crossing, back buildings closed off with walls. Thai and Lao workers, passports kept by managers according to a former cleaner.',
    location: at(14.3780, 103.6950), provinceCode: 'KH-22', indicators: ['converted_casino_or_hotel', 'confiscated_passports'],
  },
  // Pailin
  {
    category: 'OTHER', language: 'km', hoursAgo: 500, wantsReward: false, urgent: false,
    description: 'មានមនុស្សបរទេសចេញចូលសណ្ឋាគារមួយនៅក្រុងប៉ៃលិនច្រើនណាស់ ប៉ុន្តែខ្ញុំមិនច្បាស់ថាជាកន្លែងបោកប្រាស់ឬអត់ទេ។',
    location: at(12.8500, 102.6100, 'AREA', 3000), provinceCode: 'KH-24', indicators: [],
  },
  // Kratie
  {
    category: 'RECRUITER', language: 'km', hoursAgo: 110, wantsReward: true, urgent: false,
    description: 'នៅក្រុងក្រចេះ មានស្ត្រីម្នាក់ជ្រើសរើសក្មេងស្រីឱ្យទៅធ្វើការនៅកាស៊ីណូនៅបាវិត ដោយសន្យាថាមានប្រាក់ខែខ្ពស់ និងកន្លែងស្នាក់នៅឥតគិតថ្លៃ។',
    location: at(12.4880, 106.0190, 'AREA', 3000), provinceCode: 'KH-10', indicators: ['job_offers_abroad_high_pay'],
  },
];
