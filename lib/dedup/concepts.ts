/**
 * The words that identify a compound, in the eight resident languages, mapped to shared
 * concepts so that a Khmer tip and an English one about the same tower meet: building kinds,
 * casino/hotel/resort, floors and their count, colours, fences and walls, wire, gates, guards,
 * buses and vans, passports, markets, pagodas, rivers, bridges, roads and their numbers, and
 * the well-known places with their other names (Sihanoukville / Kampong Som / ក្រុងព្រះសីហនុ /
 * 西港). Numerals of every script and number words are read as numbers.
 *
 * Each concept has a weight (how much sharing it says about two tips being one place: guards
 * and walls are everywhere, a pagoda next door is not) and, for some, a contrast group: two
 * tips that each give a colour, a town or a floor count, and none in common, are probably
 * about two places. Terms are matched on lower-case NFC text: Latin-script terms as whole
 * words (diacritics kept: Vietnamese "cầu" is a bridge, "cau" is not), the other scripts as
 * substrings (they have no spaces between words).
 * Why these weights: docs/decisions/0111-dedup-concepts.md.
 */
import { latinNearWords, NEAR_AFTER, nearWords, NOT_ENDS } from './near-words';
import { compactLatin } from './romanise';
import { asciiDigits } from './text-features';

export type ConceptGroup = 'generic' | 'kind' | 'feature' | 'name' | 'colour' | 'place' | 'town';

export interface Concept {
  id: string;
  group: ConceptGroup;
  /** Added to a pair's score when both tips have it (before the cap). */
  weight: number;
}

/** [id, group, weight, terms separated by "|", in any language]. */
type Row = readonly [string, ConceptGroup, number, string];

/**
 * Khmer words for a building's parts as Cambodians spell them in Latin letters (decision 0210): terms of their concepts
 * and the parts a colour is said of (a Khmer order, part then colour: "dambol krohom", a red roof).
 */
const KHMER_LATIN_PARTS = { roof: 'dambol|dambaul|dombol', wall: 'robang|robong|rabang', gate: 'tvea|tvear', glass: 'kanhchok|kanchok|kunhchok' } as const;

const ROWS: readonly Row[] = [
  // Generic: every compound has them; they weigh little.
  // What every tip is about, weighed nothing: listed so that Vietnamese "lừa đảo" (to swindle) is not read as đảo (island).
  ['scam', 'generic', 0, 'scam|scams|scammer|scammers|lừa đảo|penipuan'],
  // "A company" says what a compound calls itself, in every language: a word around a name, not one (ကုမ္ပဏီမှာ "at the company").
  ['company', 'generic', 0, 'ក្រុមហ៊ុន|บริษัท|ကုမ္ပဏီ|회사'],
  // The country every tip is in, in the scripts that spell it (캄보디아, กัมพูชา): a word, never a name (Latin: text-features FUNCTION_WORDS).
  ['cambodia', 'generic', 0, 'កម្ពុជា|柬埔寨|กัมพูชา|캄보디아|ကမ္ဘောဒီးယား|campuchia|kamboja'],
  ['guard', 'generic', 0.01, 'guard|guards|security|watchman|ឆ្មាំ|សន្តិសុខ|保安|守卫|看守|bảo vệ|lính gác|ยาม|รปภ|penjaga|satpam|경비|경비원|보안요원|အစောင့်|လုံခြုံရေး|chhmam|chmam|sontisok|santisok'],
  ['wall', 'generic', 0.01, `wall|walls|walled|ជញ្ជាំង|របង|围墙|高墙|墙|tường|tường rào|กำแพง|tembok|dinding|담장|벽|နံရံ|တံတိုင်း|${KHMER_LATIN_PARTS.wall}`],
  ['fence', 'generic', 0.01, 'fence|fenced|fences|របងលួស|篱笆|栅栏|围栏|圍欄|铁栅栏|hàng rào|รั้ว|pagar|울타리|펜스|ခြံစည်းရိုး'],
  ['wire', 'feature', 0.03, 'barbed wire|razor wire|wire|ลวดหนาม|របងលួសបន្លា|លួសបន្លា|លួស|铁丝网|铁丝|dây thép gai|thép gai|kawat berduri|kawat|철조망|ဆူးကြိုး|သံဆူးကြိုး|lous bonla|luos bonla|lous banla'],
  ['gate', 'generic', 0.01, `gate|gates|entrance|ច្រកចូល|ទ្វារធំ|大门|门口|cổng|ประตู|gerbang|pintu|정문|대문|출입구|ဂိတ်|တံခါးမကြီး|တံခါး|${KHMER_LATIN_PARTS.gate}`],
  ['bus', 'generic', 0.015, 'bus|buses|minibus|coach|ឡានក្រុង|រថយន្តក្រុង|大巴|巴士|公交|xe buýt|xe khách|รถบัส|รถเมล์|bis|bus|버스|ဘတ်စ်|ဘတ်စ်ကား'],
  ['van', 'generic', 0.015, 'van|vans|minivan|ឡានវ៉ាន|面包车|xe van|xe tải nhỏ|รถตู้|mobil van|승합차|밴|ဗင်ကား'],
  ['car', 'generic', 0.005, 'car|cars|suv|lexus|ឡាន|汽车|轿车|ô tô|xe hơi|รถยนต์|mobil|자동차|차량|ကား'],
  ['passport', 'generic', 0.015, 'passport|passports|លិខិតឆ្លងដែន|护照|户照|hộ chiếu|หนังสือเดินทาง|พาสปอร์ต|paspor|여권|ပတ်စ်ပို့|နိုင်ငံကူးလက်မှတ်'],
  ['phone', 'generic', 0.005, 'phone|phones|mobile|ទូរស័ព្ទ|手机|电话|điện thoại|โทรศัพท์|มือถือ|ponsel|telepon|hp|핸드폰|휴대폰|전화|ဖုန်း'],
  ['computer', 'generic', 0.01, 'computer|computers|laptop|laptops|កុំព្យូទ័រ|电脑|máy tính|คอมพิวเตอร์|komputer|laptop|컴퓨터|노트북|ကွန်ပျူတာ'],
  ['dormitory', 'feature', 0.03, 'dorm|dorms|dormitory|dormitories|bunk|bunks|អន្តេវាសិកដ្ឋាន|បន្ទប់ស្នាក់នៅ|宿舍|ký túc xá|phòng ở|หอพัก|asrama|기숙사|숙소|အဆောင်|အိပ်ဆောင်'],
  ['night', 'generic', 0.005, 'night|nights|at night|យប់|夜里|晚上|夜间|ban đêm|đêm|กลางคืน|malam|밤|야간|ညဘက်'],
  ['beating', 'generic', 0.01, 'beaten|beat|beating|beatings|hit|tortured|electric|shocked|វាយ|ធ្វើបាប|殴打|电击|đánh|bị đánh|ทำร้าย|dipukul|pukul|disiksa|구타|때리|폭행|ရိုက်|နှိပ်စက်'],
  ['locked', 'generic', 0.01, 'locked|locked in|cannot leave|not allowed to leave|ចាក់សោ|មិនអោយចេញ|出不去|锁|bị nhốt|không cho ra|ขัง|ออกไม่ได้|dikurung|tidak boleh keluar|감금|갇혀|나갈 수 없|ပိတ်ထား|ထွက်ခွင့်မရ'],
  ['workers', 'generic', 0.005, 'worker|workers|staff|employees|កម្មករ|បុគ្គលិក|员工|工人|công nhân|nhân viên|คนงาน|พนักงาน|pekerja|karyawan|직원|노동자|အလုပ်သမား|ဝန်ထမ်း'],
  ['foreigners', 'generic', 0.01, 'foreigner|foreigners|foreign|ជនបរទេស|外国人|người nước ngoài|ชาวต่างชาติ|คนต่างชาติ|orang asing|외국인|နိုင်ငံခြားသား'],
  ['chinese', 'generic', 0.01, 'chinese|ចិន|中国人|中国|người trung quốc|trung quốc|คนจีน|จีน|cina|tiongkok|china|중국인|중국|တရုတ်'],
  // The nationality of the people held: a compound often holds one, and a tipster of another language names it (a Khmer
  // cook's ជនជាតិភូមា, a Vietnamese neighbour's "người Myanmar"). Said as people, not as a country ("the Thai border").
  ['burmese people', 'generic', 0.03, 'burmese|myanmar people|myanmar workers|myanmar nationals|ជនជាតិភូមា|ភូមា|缅甸人|người myanmar|người miến điện|คนพม่า|ชาวพม่า|แรงงานพม่า|orang myanmar|orang burma|미얀마인|미얀마 사람|미얀마 사람들|မြန်မာ'],
  ['thai people', 'generic', 0.03, 'thai people|thais|thai workers|thai nationals|ជនជាតិថៃ|泰国人|người thái|คนไทย|ชาวไทย|orang thailand|태국인|태국 사람|태국 사람들'],
  ['vietnamese people', 'generic', 0.03, 'vietnamese|ជនជាតិវៀតណាម|វៀតណាម|越南人|người việt|người việt nam|คนเวียดนาม|ชาวเวียดนาม|orang vietnam|베트남인|베트남 사람|베트남 사람들|ဗီယက်နမ်'],
  ['indonesian people', 'generic', 0.03, 'indonesian|indonesians|wni|orang indonesia|org indo|orang indo|ជនជាតិឥណ្ឌូនេស៊ី|ឥណ្ឌូនេស៊ី|印尼人|印度尼西亚人|người indonesia|người indo|คนอินโดนีเซีย|คนอินโด|인도네시아인|인도네시아 사람|အင်ဒိုနီးရှား'],
  ['korean people', 'generic', 0.03, 'korean|koreans|한국인|한국 사람|한국사람|한국 사람들|ជនជាតិកូរ៉េ|កូរ៉េ|韩国人|người hàn|người hàn quốc|คนเกาหลี|orang korea|ကိုရီးယား'],
  ['filipino people', 'generic', 0.03, 'filipino|filipinos|pinoy|菲律宾人|người philippines|người phi|คนฟิลิปปินส์|필리핀인|필리핀 사람|ជនជាតិហ្វីលីពីន|orang filipina'],
  ['police', 'generic', 0.005, 'police|ប៉ូលិស|警察|công an|cảnh sát|ตำรวจ|polisi|경찰'],
  ['dogs', 'feature', 0.03, 'dog|dogs|ឆ្កែ|狗|chó|สุนัข|anjing|개|ခွေး'],
  ['cctv', 'feature', 0.02, 'cctv|camera|cameras|កាមេរ៉ា|摄像头|监控|camera an ninh|กล้องวงจรปิด|กล้อง|kamera|cctv|감시카메라|카메라|cctv|ကင်မရာ'],
  ['generator', 'feature', 0.04, 'generator|generators|ម៉ាស៊ីនភ្លើង|发电机|máy phát điện|เครื่องปั่นไฟ|genset|generator|발전기|မီးစက်'],
  ['boat', 'feature', 0.04, 'boat|boats|speedboat|ferry|pier|jetty|dock|docks|floating dock|ផែអណ្តែត|ផែ|ទូក|កំពង់ផែ|船|码头|快艇|thuyền|tàu|bến tàu|เรือ|ท่าเรือ|perahu|kapal|dermaga|보트|선착장|부두|လှေ|သင်္ဘော|ဆိပ်ကမ်း|bến phà|phà|渡口|កំពង់ចម្លង|ဖယ်ရီ|ဖယ်ရီဆိပ်|feri|ท่าเรือข้ามฟาก|나루터'],
  // Where boatmen set out from and compounds on the coast load their speedboats at night (Ream, Otres, Koh Kong).
  ['fishing village', 'place', 0.05, 'fishing village|fishermen village|fishermen\'s village|làng chài|lang chai|ភូមិអ្នកនេសាទ|ភូមិនេសាទ|渔村|หมู่บ้านชาวประมง|หมู่บ้านประมง|kampung nelayan|desa nelayan|어촌|ငါးဖမ်းရွာ|တံငါရွာ'],
  // A bus or taxi station is where mule buyers and recruiters wait for people coming home (บขส., the Thai one's short name).
  ['bus station', 'place', 0.05, 'bus station|bus terminal|bus stand|taxi station|ចំណតឡានក្រុង|ចំណតរថយន្តក្រុង|ចំណតតាក់ស៊ី|ស្ថានីយឡានក្រុង|汽车站|客运站|巴士站|车站|bến xe|bến xe buýt|สถานีขนส่ง|บขส|ท่ารถ|terminal bus|terminal bis|stasiun bus|버스터미널|터미널|ဘတ်စ်ကားဂိတ်|ကားဂိတ်'],
  // What a mule buyer buys: bank accounts and SIM cards, said by every mule tip, so under the weight a key needs (keys.ts): a
  // town's mule tips would crowd each other's candidates. And a bank as a landmark, which ធនាគារ ("bank") must be read as
  // before its letters are read as នាគ (naga, a dragon).
  ['bank account', 'feature', 0.02, 'bank account|bank accounts|aba account|aba accounts|គណនីធនាគារ|គណនី|银行账户|银行账号|银行卡|账户|tài khoản ngân hàng|tài khoản|บัญชีธนาคาร|บัญชี|rekening bank|rekening|은행 계좌|계좌|ဘဏ်အကောင့်|ဘဏ်စာရင်း'],
  ['sim card', 'feature', 0.02, 'sim card|sim cards|sim|sims|ស៊ីមកាត|ស៊ីមថៃ|ស៊ីមទូរស័ព្ទ|电话卡|手机卡|sim卡|thẻ sim|sim điện thoại|ซิมการ์ด|ซิม|kartu sim|유심|심카드|ဆင်းကတ်'],
  // Wing is the country's money-transfer network: a mule cashes out at a Wing agent, one of thousands (as a bank is).
  ['wing agent', 'place', 0.04, 'wing agent|wing shop|wing kiosk|wing booth|wing money|wing代理点|wing代理|tiệm wing|đại lý wing|toko wing|agen wing|ហាងវីង|ភ្នាក់ងារវីង|តូបវីង|វីង'],
  ['bank', 'place', 0.04, 'bank branch|ធនាគារ|银行|ngân hàng|ธนาคาร|은행|ဘဏ်'],
  ['airport', 'place', 0.05, 'airport|ព្រលានយន្តហោះ|机场|sân bay|สนามบิน|bandara|bandar udara|공항|လေဆိပ်'],
  ['karaoke', 'feature', 0.05, 'karaoke|ktv|ខារ៉ាអូខេ|卡拉ok|ktv|karaoke|คาราโอเกะ|karaoke|노래방|ကာရာအိုကေ'],
  ['restaurant', 'feature', 0.02, 'restaurant|canteen|ភោជនីយដ្ឋាន|餐厅|饭店|食堂|nhà hàng|quán ăn|ร้านอาหาร|restoran|warung|식당|레스토랑|စားသောက်ဆိုင်'],
  // A station's brand is a landmark of its own (FUEL_BRANDS): the warehouse behind the Tela is not the one behind the Total.
  // Each is also a petrol station, which weighs as one: the brand in common adds only what it says more.
  ['tela', 'place', 0.02, 'tela|tela station|ស្ថានីយតេឡា|តេឡា|เทลา|特拉'],
  ['caltex', 'place', 0.02, 'caltex|加德士|កាល់តិច|ខាល់តិច|칼텍스|คาลเท็กซ์|ကယ်လ်တက်စ်'],
  ['ptt', 'place', 0.02, 'ptt|ptt station|ភីធីធី|พีทีที|ปตท'],
  ['sokimex', 'place', 0.02, 'sokimex|សូគីមិច|សូគីមិចស៍'],
  ['total station', 'place', 0.02, 'total station|total petrol|total gas station|totalenergies|道达尔|ស្ថានីយតូតាល់|តូតាល់|โททาล|토탈'],
  ['petrol', 'place', 0.06, 'petrol station|gas station|fuel station|ស្ថានីយប្រេង|ស្ថានីយ៍ប្រេង|加油站|cây xăng|trạm xăng|ปั๊มน้ำมัน|ปั๊ม|spbu|pom bensin|주유소|ဓာတ်ဆီဆိုင်|pom sang|pomsang|pum sang'],
  ['hospital', 'place', 0.05, 'hospital|clinic|មន្ទីរពេទ្យ|គ្លីនិក|医院|诊所|bệnh viện|phòng khám|โรงพยาบาล|คลินิก|rumah sakit|klinik|병원|의원|ဆေးရုံ|ဆေးခန်း'],
  ['rice mill', 'place', 0.06, 'rice mill|ricemill|រោងកិនស្រូវ|រោងម៉ាស៊ីនកិនស្រូវ|碾米厂|米厂|nhà máy xay lúa|nhà máy xay xát|lò xay lúa|โรงสีข้าว|โรงสี|penggilingan padi|pabrik beras|정미소|ဆန်စက်'],
  ['pharmacy', 'place', 0.05, 'pharmacy|drugstore|chemist|ឱសថស្ថាន|ហាងលក់ថ្នាំ|ហាងថ្នាំ|药店|药房|nhà thuốc|hiệu thuốc|ร้านขายยา|apotek|toko obat|약국|ဆေးဆိုင်'],
  ['school', 'place', 0.05, 'school|សាលារៀន|សាលា|学校|高中|中学|小学|trường học|trường|โรงเรียน|sekolah|학교|ကျောင်း'],
  ['church', 'place', 0.06, 'church|mosque|ព្រះវិហារ|វិហារ|教堂|清真寺|nhà thờ|โบสถ์|มัสยิด|gereja|masjid|교회|성당|ဘုရားကျောင်း|ဗလီ'],
  ['pagoda', 'place', 0.07, 'pagoda|temple|wat|វត្ត|ប្រាសាទ|寺|寺庙|寺院|佛寺|chùa|đền|วัด|pagoda|kuil|vihara|candi|사원|사찰|절 근처|절 옆|절 앞|절 뒤|ဘုန်းကြီးကျောင်း|ဘုရား|စေတီ|gần chùa|cạnh chùa|sau chùa|trước chùa|ngôi chùa|bên chùa|đối diện chùa'],
  ['market', 'place', 0.05, 'market|mkt|psar|phsar|ផ្សារ|市场|菜市场|chợ|ตลาด|pasar|시장|ဈေး|စျေး|gần chợ|sau chợ|cạnh chợ|trước chợ|đối diện chợ|bên chợ|khu chợ|ở chợ|qua chợ'],
  // A canal or a creek is the water a place stands by as a river is, and tipsters call one the other (靠河边 / "by the canal").
  ['river', 'place', 0.06, 'river|riverside|riverbank|stung|canal|canals|creek|stream|មាត់ទន្លេ|មាត់ស្ទឹង|មាត់ព្រែក|ទន្លេ|ស្ទឹង|ព្រែក|ប្រឡាយ|河|河边|运河|水渠|sông|bờ sông|kênh|kênh rạch|rạch|แม่น้ำ|ริมน้ำ|คลอง|sungai|kali|kanal|강변|강가|강 근처|강 옆|운하|수로|개천|မြစ်|မြစ်ကမ်း|ချောင်း|ချောင်းဘေး|တူးမြောင်း|ven sông|gần sông|cạnh sông|bên sông|sát sông|bờ kênh|gần kênh'],
  ['bridge', 'place', 0.07, 'bridge|cây cầu|cầu bắc|ស្ពាន|桥|大桥|สะพาน|jembatan|다리|교량|တံတား|spean'],
  ['beach', 'place', 0.05, 'beach|seaside|coast|ឆ្នេរ|ឆ្នេរសមុទ្រ|海滩|海边|沙滩|bãi biển|ชายหาด|หาด|pantai|해변|바닷가|해수욕장|ကမ်းခြေ'],
  ['lake', 'place', 0.06, 'lake|pond|បឹង|湖|ทะเลสาบ|บึง|danau|호수|ရေကန်|호숫가|gần hồ|bên hồ|cạnh hồ|ven hồ|cái hồ|bờ hồ'],
  ['hill', 'place', 0.05, 'hill|mountain|hillside|山上|đồi|núi|เนินเขา|ภูเขา|bukit|gunung|언덕|ភ្នំ|លើភ្នំ|တောင်ပေါ်|တောင်ကုန်း|산 위|산속|bukit kecil|trên đồi|trên núi|chân núi|chân đồi'],
  ['roundabout', 'place', 0.06, 'roundabout|vòng xoay|circle|រង្វង់មូល|环岛|转盘|vòng xuyến|bùng binh|วงเวียน|bundaran|로터리|원형교차로|အဝိုင်း'],
  ['checkpoint', 'place', 0.05, 'border crossing|checkpoint|border gate|ច្រកព្រំដែន|ព្រំដែន|口岸|边境|cửa khẩu|biên giới|ด่านชายแดน|ด่าน|ชายแดน|perbatasan|pos perbatasan|국경|검문소|နယ်စပ်|ဂိတ်'],
  ['port', 'place', 0.05, 'port|harbour|harbor|ផ្លូវកំពង់ផែ|កំពង់ផែ|港口|cảng|ท่าเรือ|pelabuhan|항구|항만|ဆိပ်ကမ်း'],
  // A building just put up stands out in a town as the old casino does: residents call it "the new building".
  ['new building', 'feature', 0.05, 'new building|new block|new tower|newly built|ตึกใหม่|อาคารใหม่|អគារថ្មី|새 건물|신축 건물|新楼|新盖的楼|新建的楼|tòa nhà mới|gedung baru|bangunan baru|အဆောက်အဦသစ်|အဆောက်အအုံသစ်'],
  // A wall or fence just put up round an old building is how a passer-by sees a compound move in, in every language.
  ['new wall', 'feature', 0.04, 'new wall|new walls|new fence|new fences|new high wall|new high walls|new tall wall|new tall fence|new concrete wall|new concrete walls|new wire fence|tường mới|tường rào mới|tường bê tông mới|hàng rào mới|rào mới|tembok baru|tembok beton baru|pagar baru|tembok tinggi baru|pagar tinggi baru|새 담|새 담장|새 벽|새 울타리|새 콘크리트 담|របងថ្មី|ជញ្ជាំងថ្មី|របងបេតុងថ្មី|របងខ្ពស់ថ្មី|新围墙|新墙|新的围墙|新建的围墙|新围栏|新砌的墙|กำแพงใหม่|รั้วใหม่|กำแพงคอนกรีตใหม่|နံရံအသစ်|တံတိုင်းအသစ်|ကွန်ကရစ် တံတိုင်းအသစ်'],
  ['construction', 'feature', 0.04, 'unfinished|construction|half-built|under construction|សំណង់|កំពុងសាងសង់|烂尾|在建|工地|đang xây|công trình|chưa xây xong|ก่อสร้าง|สร้างไม่เสร็จ|bangunan belum selesai|konstruksi|공사|미완공|미완성|សង់មិនទាន់រួច|សង់មិនទាន់ហើយ|មិនទាន់សង់រួច|មិនទាន់សាងសង់រួច|未完工|没建完|xây dở|xây dang dở|setengah jadi|mangkrak|belum jadi|blm jadi|belum selesai|blm selesai|没盖完|没盖好|ဆောက်လုပ်ဆဲ|ဆောက်လက်စ|မပြီးသေး'],
  ['rooftop', 'feature', 0.03, `rooftop|roof|roofs|ដំបូល|楼顶|屋顶|天台|mái|sân thượng|หลังคา|ดาดฟ้า|atap|rooftop|옥상|지붕|ခေါင်မိုး|အမိုး|${KHMER_LATIN_PARTS.roof}`],
  // Two alike towers side by side: seen from the street and said in every language.
  ['twin', 'feature', 0.05, 'twin|twins|twin tower|twin towers|twin building|twin buildings|ភ្លោះ|双子楼|双子塔|双子|双塔|tháp đôi|tòa đôi|toà đôi|nhà đôi|song sinh|ตึกแฝด|อาคารแฝด|แฝด|kembar|gedung kembar|menara kembar|쌍둥이|트윈|အမြွှာ'],
  ['glass', 'feature', 0.04, `glass|tinted|mirrored|កញ្ចក់|玻璃|kính|กระจก|kaca|유리|ဖန်|${KHMER_LATIN_PARTS.glass}`],
  ['bars', 'feature', 0.04, 'bars on|barred|grille|grilles|window bars|បង្អួចដែក|防盗网|铁窗|song sắt|lưới sắt|ลูกกรง|เหล็กดัด|teralis|jeruji|쇠창살|철창|방범창|របាំងដែក|သံဘောင်|သံပန်းတံခါး'],
  ['tower', 'kind', 0.04, 'tower|towers|high-rise|highrise|skyscraper|អគារខ្ពស់|ប៉ម|大楼|大厦|高楼|塔楼|tòa tháp|tháp|cao ốc|ตึกสูง|อาคารสูง|tower|menara|gedung tinggi|타워|고층|빌딩|တာဝါ|အဆောက်အအုံမြင့်'],
  ['building', 'generic', 0.005, 'building|buildings|block|blocks|អគារ| អាគារ|楼|大楼|栋|楼房|建筑|tòa nhà|nhà|tòa|อาคาร|ตึก|gedung|gdg|bangunan|blok|건물|빌딩|အဆောက်အအုံ|အဆောက်အဦ|တိုက်|bldg|bldgs|agar|akar|akear'],
  ['compound', 'generic', 0.005, 'compound|complex|campus|park|zone|បរិវេណ|តំបន់|园区|园|区|khu|khu phức hợp|khu liên hợp|คอมเพล็กซ์|คอมพาวด์|นิคม|บริเวณ|kompleks|kawasan|단지|콤플렉스|구역|ဝင်း|ခြံဝင်း'],
  // Many compounds moved into a casino that closed: "the old casino" is said of the building in every language.
  ['old casino', 'feature', 0.05, 'old casino|former casino|abandoned casino|ex-casino|កាស៊ីណូចាស់|旧赌场|老赌场|原赌场|废弃赌场|sòng bài cũ|sòng bạc cũ|casino cũ|คาสิโนเก่า|bekas kasino|bekas casino|kasino lama|옛카지노|폐카지노|ကာစီနိုအဟောင်း|ကာစီနိုဟောင်း|casino chas|kasino chas'],
  // A hotel that closed is the third building compounds move into (an ex-hotel, សណ្ឋាគារចាស់, ဟိုတယ်ဟောင်း), said "old" as the casino is.
  // The colonial shophouses and villas of Kampot, Battambang and the capital are what a passer-by names a building by.
  ['colonial', 'feature', 0.05, 'french era|french-era|french colonial|colonial|colonial-era|kiểu pháp|kieu phap|thời pháp|kiến trúc pháp|สมัยฝรั่งเศส|แบบฝรั่งเศส|สไตล์ฝรั่งเศส|សម័យបារាំង|បែបបារាំង|ស្ទីលបារាំង|法式|法国殖民|殖民时期|殖民地时期|zaman perancis|gaya perancis|kolonial|프랑스식|식민지 시대|ပြင်သစ်ခေတ်|ကိုလိုနီခေတ်'],
  ['old hotel', 'feature', 0.05, 'old hotel|former hotel|ex-hotel|ex hotel|abandoned hotel|សណ្ឋាគារចាស់|旧酒店|原酒店|老酒店|废弃酒店|khách sạn cũ|โรงแรมเก่า|โรงแรมร้าง|bekas hotel|hotel lama|옛 호텔|폐호텔|ဟိုတယ်ဟောင်း|ဟိုတယ်အဟောင်း|sonthakea chas|sanhthakea chas|santhakea chas'],
  // A closed factory is the other building compounds move into, said "old" as the casino is.
  ['old factory', 'feature', 0.05, 'old factory|former factory|abandoned factory|disused factory|រោងចក្រចាស់|旧工厂|废弃工厂|老工厂|nhà máy cũ|xưởng cũ|nhà máy bỏ hoang|โรงงานเก่า|โรงงานร้าง|bekas pabrik|pabrik lama|pabrik bekas|옛 공장|폐공장|စက်ရုံဟောင်း|rong chak chas|rongchak chas'],
  // 堵场 and 睹场 are 赌场 as a pinyin keyboard offers it first (dǔ chǎng), 户照 护照: typed in haste, they stand for it.
  ['casino', 'kind', 0.05, 'casino|casinos|gambling|កាស៊ីណូ|ល្បែង|赌场|堵场|睹场|娱乐城|sòng bạc|sòng bài|casino|คาสิโน|บ่อน|kasino|judi|카지노|도박|ကာစီနို|လောင်းကစား|หลังคาสิโน'],
  ['hotel', 'kind', 0.04, 'hotel|hotels|htl|guesthouse|សណ្ឋាគារ|ផ្ទះសំណាក់|酒店|宾馆|饭店|旅馆|khách sạn|nhà nghỉ|โรงแรม|hotel|penginapan|호텔|게스트하우스|ဟိုတယ်|ဟော်တယ်|တည်းခိုခန်း|losmen|เกสต์เฮาส์|เกสท์เฮาส์|ks|sonthakea|sanhthakea|santhakea|sonthakear'],
  ['resort', 'kind', 0.05, 'resort| រីសត|រីស្សត|រមណីយដ្ឋាន|度假村|khu nghỉ dưỡng|resort|รีสอร์ท|รีสอร์ต|resor|resort|리조트|အပန်းဖြေစခန်း'],
  ['villa', 'kind', 0.05, 'villa|villas|mansion|វីឡា|ផ្ទះវីឡា|ភូមិគ្រឹះ|别墅|biệt thự|วิลล่า|บ้านพัก|vila|villa|빌라|저택|ဗီလာ|အိမ်ကြီး'],
  ['warehouse', 'kind', 0.05, 'warehouse|factory|brick kiln|brickworks|ឃ្លាំង|រោងចក្រ|ឡឥដ្ឋ|仓库|工厂|厂房|砖厂|砖窑|lò gạch|nhà kho|kho|nhà máy|xưởng|โกดัง|โรงงาน|gudang|pabrik|창고|공장|ဂိုဒေါင်|စက်ရုံ|kiln|kilns|brick factory|အုတ်ဖို|အုတ်စက်|เตาเผาอิฐ|โรงอิฐ|벽돌공장|벽돌 공장|벽돌가마|pabrik bata|tobong bata|lò gạch cũ'],
  ['apartment', 'kind', 0.03, 'apartment|apartments|condo|condominium|flat|flats|ខុនដូ|ផ្ទះល្វែង|公寓|chung cư|căn hộ|คอนโด|อพาร์ตเมนต์|apartemen|kondominium|아파트|콘도|တိုက်ခန်း|ကွန်ဒို'],
  // A borey is a gated estate of houses, the kind compounds rent in Phnom Penh's suburbs, written as said in every script.
  ['borey', 'kind', 0.05, 'borey|boreys|បុរី|博瑞|보레이|บอเรย์|ဘိုရေး'],
  ['shophouse', 'kind', 0.04, 'shophouse|shophouses|row house|ផ្ទះអាជីវកម្ម|ផ្ទះល្វែង|商铺|排屋|nhà phố|ตึกแถว|ruko|상가|상가주택|ဆိုင်ခန်း'],
  ['office', 'kind', 0.02, 'office|offices|ការិយាល័យ|办公室|办公楼|văn phòng|สำนักงาน|ออฟฟิศ|kantor|사무실|오피스|ရုံး'],
  ['plantation', 'place', 0.05, 'plantation|farm|orchard|rubber|ចម្ការ|ចំការ|果园|vườn cây|kebun|កសិដ្ឋាន|កៅស៊ូ|种植园|农场|橡胶|đồn điền|trang trại|cao su|ไร่|สวนยาง|ฟาร์ม|perkebunan|karet|ladang|농장|고무|농원|စိုက်ခင်း|ရော်ဘာ'],
  // A mango plantation is the one thing a passer-by knows a compound in the orchards by (ចំការស្វាយ, vườn xoài, kebun mangga):
  // the trees it stands among are seen as its own, as its walls are.
  ['mango', 'feature', 0.05, 'mango|mangoes|mango plantation|mango orchard|ចំការស្វាយ|ស្វាយចន្ទី|芒果|芒果园|xoài|vườn xoài|vuon xoai|มะม่วง|สวนมะม่วง|mangga|kebun mangga|망고|망고 농장|သရက်|သရက်ခြံ'],
  ['jungle', 'place', 0.04, 'jungle|forest|森林|丛林|rừng|ป่า|hutan|정글|숲|သစ်တော|ចូលព្រៃ|ក្នុងព្រៃ|ព្រៃឈើ|trong rừng'],
  ['island', 'place', 0.06, 'island|岛|đảo|เกาะ|pulau|섬|ကျွန်း|លើកោះ'],
  // A chimney marks an old brick kiln or factory from far off.
  ['chimney', 'feature', 0.06, 'chimney|chimneys|smokestack|បំពង់ផ្សែង|烟囱|煙囪|ống khói|ong khoi|ปล่องไฟ|ปล่องควัน|cerobong|cerobong asap|굴뚝|မီးခိုးခေါင်းတိုင်'],
  // Broken glass set on top of a wall, against climbing: seen from the street and said in every language.
  ['wall glass', 'feature', 0.05, 'broken glass|glass shards|shards of glass|pecahan kaca|beling|កញ្ចក់បែក|碎玻璃|玻璃碴|mảnh chai|mảnh kính vỡ|เศษแก้ว|เศษกระจก|깨진 유리|유리 조각|ဖန်ကွဲ'],
  ['crane', 'feature', 0.04, 'crane|cranes|ស្ទូច|塔吊|吊车|cần cẩu|ปั้นจั่น|เครน|derek|크레인|ကရိန်း'],
  ['sign', 'feature', 0.02, 'sign|signboard|billboard|logo|letters|lettering|大字|chữ lớn|อักษร|ตัวอักษร|huruf|글자|글씨|စာလုံး|ស្លាកសញ្ញា|ស្លាក|ផ្លាក|ផ្ទាំងផ្សាយ|招牌|广告牌|biển hiệu|ป้าย|papan nama|papan|간판|ဆိုင်းဘုတ်|slak'],
  // The safety netting an unfinished tower is wrapped in, seen from far (not Chinese 网 alone: 网络, 网上 are online).
  ['netting', 'feature', 0.04, 'netting|safety net|green net|សំណាញ់|绿网|防护网|安全网|lưới|ตาข่าย|jaring|그물|ပိုက်ကွန်'],
  ['pool', 'feature', 0.04, 'swimming pool|pool|អាងហែលទឹក|游泳池|hồ bơi|สระว่ายน้ำ|kolam renang|수영장|ရေကူးကန်'],
  ['watchtower', 'feature', 0.06, 'watchtower|watchtowers|watch tower|watch towers|guard tower|guard towers|ป้อมยาม|ប៉មយាម|瞭望塔|岗楼|tháp canh|หอสังเกตการณ์|หอคอย|menara pengawas|menara jaga|pos jaga|감시탑|망루|ကင်းမျှော်စင်'],
  ['container', 'feature', 0.05, 'container|containers|shipping container|កុងតឺន័រ|集装箱|货柜|container|ตู้คอนเทนเนอร์|kontainer|컨테이너|ကွန်တိန်နာ'],
  // A fence or wall of zinc sheets round a compound, as a building site is hoarded: seen from the street and said in every
  // language (របងស័ង្កសី, pagar seng, hàng rào tôn, 铁皮围墙), where a fence alone is generic.
  ['tin fence', 'feature', 0.05, 'tin fence|tin fences|tin wall|tin walls|zinc fence|zinc fences|zinc wall|zinc walls|corrugated fence|របងស័ង្កសី|ជញ្ជាំងស័ង្កសី|铁皮围|铁皮墙|hàng rào tôn|rào tôn|tường tôn|รั้วสังกะสี|กำแพงสังกะสี|pagar seng|pager seng|tembok seng|양철 담장|함석 담장|양철 울타리|함석 울타리|양철담|함석담|သွပ်ခြံစည်းရိုး|သွပ်တံတိုင်း|သွပ်ကာ'],
  ['tin roof', 'feature', 0.04, 'tin roof|tin roofs|metal roof|metal roofs|corrugated|ដំបូលស័ង្កសី|铁皮|铁皮房|mái tôn|หลังคาสังกะสี|atap seng|seng|양철|함석|သွပ်မိုး'],
  ['dome', 'feature', 0.06, 'dome|domes|golden dome|ដំបូលមូល|圆顶|金顶|金頂|mái vòm|โดม|kubah|돔|အမိုးခုံး'],
  ['statue', 'feature', 0.06, 'statue|monument|lion statue|lion statues|stone lion|stone lions|石狮|石獅|សិង្ហថ្ម|สิงโตหิน|singa batu|돌사자|sư tử đá|ခြင်္သေ့ရုပ်|រូបសំណាក|雕像|狮子|tượng|รูปปั้น|patung|동상|조각상|ရုပ်တု'],
  ['neon', 'feature', 0.04, 'neon|lit up|អំពូលភ្លើង|ភ្លើងពណ៌|霓虹灯|霓虹|đèn neon|ไฟนีออน|นีออน|lampu neon|네온|네온사인|နီယွန်'],
  // Words of compound names, which tipsters translate rather than spell: Silver Moon / 银月 /
  // Ngân Nguyệt, Emperor / 帝王 / Đế Vương / จักรพรรดิ / អធិរាជ, Phoenix Garden / 凤凰园 /
  // Phượng Hoàng. Transliterations ("ហ្វីនិច", "피닉스") are also matched as names (romanise.ts).
  ['phoenix', 'name', 0.06, 'phoenix|凤凰|鳳凰|phượng hoàng|ฟีนิกซ์|หงส์ทอง|ហ្វីនិច|feniks|피닉스|봉황|ဖီးနစ်'],
  ['emperor', 'name', 0.06, 'emperor|imperial|皇帝|帝王|帝皇|hoàng đế|đế vương|จักรพรรดิ|អធិរាជ|kaisar|황제|엠퍼러|ဧကရာဇ်'],
  ['pearl', 'name', 0.06, 'pearl|珍珠|明珠|ngọc trai|minh châu|ไข่มุก|เพิร์ล|គុជ|mutiara|진주|펄|ပုလဲ'],
  ['ruby', 'name', 0.06, 'ruby|红宝石|紅寶石|hồng ngọc|ทับทิม|รูบี้|ត្បូងទទឹម|រូប៊ី|rubi|delima|루비|ပတ္တမြား'],
  ['emerald', 'name', 0.06, 'emerald|jade|翡翠|碧玉|ngọc lục bảo|phỉ thúy|มรกต|หยก|ត្បូងមរកត|zamrud|giok|에메랄드|비취|제이드|ကျောက်စိမ်း|เจด|ជេដ'],
  ['diamond', 'name', 0.06, 'diamond|钻石|鑽石|kim cương|ไดมอนด์|ពេជ្រ|ឌាយម៉ុន|ដាយម៉ុន|berlian|intan|다이아몬드|다이아|ဒိုင်းမွန်း|ဒိုင်းမွန်|စိန်ပွင့်'],
  ['crown', 'name', 0.06, 'crown|皇冠|王冠|vương miện|มงกุฎ|คราวน์|មកុដ|ក្រោន|mahkota|크라운|왕관|သရဖူ'],
  ['palace', 'name', 0.06, 'palace|宫殿|皇宫|王宫|cung điện|พระราชวัง|พาเลซ|វាំង|istana|팰리스|궁전|နန်းတော်'],
  ['tiger', 'name', 0.06, 'tiger|老虎|猛虎|con hổ|เสือ|សត្វខ្លា|harimau|macan|호랑이|타이거|ไทเกอร์|ថាយហ្គឺ'],
  ['paradise', 'name', 0.06, 'paradise|heaven|heavenly|天堂|天国|天國|thiên đường|thiên đàng|สวรรค์|พาราไดซ์|ឋានសួគ៌|ផារ៉ាដាយ|surga|kayangan|파라다이스|낙원|천국|헤븐|ပါရာဒိုက်'],
  ['star', 'name', 0.05, 'star|stars|之星|明星|ngôi sao|สตาร์|ផ្កាយ|ស្តារ|ស្ដារ|bintang|스타|ကြယ်|စတား'],
  ['sun', 'name', 0.05, 'sun|sunrise|sunshine|太阳|阳光|mặt trời|ดวงอาทิตย์|ซัน|ព្រះអាទិត្យ|matahari|태양|နေမင်း'],
  ['moon', 'name', 0.06, 'moon|月亮|银月|明月|新月|nguyệt|mặt trăng|ดวงจันทร์|มูน|ព្រះចន្ទ|문라이트|လမင်း'],
  // Macau is also spelt Macao, and Vietnamese writes it Ma Cao, Chinese 澳门: casinos are named after it.
  ['macau', 'name', 0.06, 'macau|macao|ma cao|澳门|澳門|มาเก๊า|ម៉ាកាវ|마카오|မကာအို'],
  ['lotus', 'name', 0.06, 'lotus|莲花|蓮花|hoa sen|ดอกบัว|โลตัส|ឈូក|ឡូតាស|ឡូតុស|teratai|로터스|연꽃|ကြာပန်း'],
  ['royal', 'name', 0.05, 'royal|皇家|hoàng gia|รอยัล|ราชวงศ์|រ៉ូយ៉ាល់|រាជវង្ស|kerajaan|로열|로얄|တော်ဝင်'],
  ['empire', 'name', 0.06, 'empire|帝国|帝國|đế chế|เอ็มไพร์|អាណាចក្រ|kekaisaran|엠파이어|제국|အင်ပါယာ'],
  ['eagle', 'name', 0.06, 'eagle|鹰|鷹|đại bàng|อินทรี|อีเกิ้ล|อีเกิล|ឥន្ទ្រី|elang|rajawali|독수리|이글|လင်းယုန်'],
  ['dragon', 'name', 0.06, 'dragon|龙|龍|rồng|มังกร|ดราก้อน|នាគ|ដ្រាហ្គន|naga|드래곤|용|နဂါး|ဒရက်ဂွန်'],
  ['ocean', 'name', 0.05, 'ocean|海洋|đại dương|โอเชียน|มหาสมุทร|មហាសមុទ្រ|អូសៀន|អូសិន|samudra|samudera|오션|대양|သမုဒ္ဒရာ'],
  // Brand words compounds share (0133): the English word, its translations and its common
  // transliterations in Thai, Khmer, Korean and Burmese letters (โกลเด้น, ហ្គោលដិន, 골든, ဂိုးလ်ဒင်).
  // Single Chinese characters are read only inside a name (HAN_NAME_WORDS): 马 is also 马路, a road.
  ['golden', 'name', 0.05, 'golden|黄金|โกลเด้น|โกลเดน|ហ្គោលដិន|ហ្គោលដេន|골든|ဂိုးလ်ဒင်|ဂိုးဒင်'],
  ['grand', 'name', 0.04, 'grand|格兰|格蘭|แกรนด์|ហ្គ្រេន|ហ្គ្រែន|그랜드|ဂရန်း'],
  ['lucky', 'name', 0.05, 'lucky|幸运|好运|鸿运|吉祥|may mắn|cát tường|ลัคกี้|ឡាក់គី|럭키|행운'],
  ['horse', 'name', 0.06, 'horse|horses|骏马|ngựa|ฮอร์ส|ម៉ាសេះ|សេះ|kuda|호스|မြင်း'],
  ['lion', 'name', 0.06, 'lion|lions|sư tử|ไลอ้อน|สิงโต|ឡាយអុន|singa|라이온|ခြင်္သေ့'],
  ['fortune', 'name', 0.05, 'fortune|wealth|财富|富贵|富貴|phú quý|ฟอร์จูน|ហ្វតជូន|ហ្វ័រជូន|포춘|ဖော်ချွန်း'],
  ['sea', 'name', 0.04, 'sea|seaside|seaview|ซีวิว|씨뷰'],
  ['bay', 'name', 0.05, 'bay|vịnh|เบย์|อ่าว|teluk|베이'],
  ['coral', 'name', 0.06, 'coral|珊瑚|san hô|คอรัล|ปะการัง|ខូរ៉ាល់|karang|코랄|코럴|산호|သန္တာ'],
  ['garden', 'name', 0.04, 'garden|gardens|花园|花園|การ์เด้น|ហ្គាដិន|가든|ဂါးဒင်း'],
  ['plaza', 'name', 0.04, 'plaza|广场|廣場|quảng trường|พลาซ่า|ផ្លាហ្សា|플라자|ပလာဇာ'],
  ['park', 'name', 0.03, 'park|公园|công viên|พาร์ค|파크|ပန်းခြံ'],
  // Plants compounds are named after (0136), translated (向日葵, ทานตะวัน, နေကြာ, 榕树) or spelt (แบมบู, 뱀부, แบนยัน).
  ['sunflower', 'name', 0.06, 'sunflower|向日葵|hướng dương|ทานตะวัน|ซันฟลาวเวอร์|ផ្កាឈូករ័ត្ន|bunga matahari|해바라기|썬플라워|선플라워|နေကြာ'],
  ['banyan', 'name', 0.06, 'banyan|榕树|榕樹|cây đa|ต้นไทร|แบนยัน|ដើមជ្រៃ|បែនយ៉ាន|beringin|반얀|ညောင်ပင်'],
  ['bamboo', 'name', 0.06, 'bamboo|竹林|翠竹|cây tre|rừng tre|แบมบู|ไม้ไผ่|ឫស្សី|បាំប៊ូ|bambu|뱀부|대나무|ဝါးပင်'],
  ['city', 'name', 0.02, 'city|ซิตี้|ស៊ីធី|시티|စီးတီး'],
  // The sky and the clouds name hotels and compounds (天 in a name, ពពក "cloud", สกาย "sky" spelt).
  ['sky', 'name', 0.05, 'sky|天空|bầu trời|สกาย|ท้องฟ้า|ស្កាយ|មេឃ|langit|스카이|하늘'],
  ['cloud', 'name', 0.06, 'cloud|clouds|mây|เมฆ|คลาวด์|ពពក|ក្លោដ|ក្លោដ៍|awan|구름|클라우드|တိမ်တိုက်|ကလောက်'],
  // The rest of the vocabulary compound, casino and hotel names are built from (0157): animals, gems and
  // metals, nature, flowers, grandeur and brand words, each the English word, its translations in the other
  // seven languages and its common transliterations in Thai, Khmer, Korean and Burmese letters. A word that
  // is also a common word or the piece of one in running text is left out (Thai ดาว in ดาวน์, Burmese ဘေး
  // "beside", Vietnamese "hoa hồng" a commission, Khmer ត្បូង "south", Korean 왕 in 왕복): the one-character
  // Chinese and the Hán-Việt words are read only inside a name (HAN_NAME_WORDS, VIET_NAME_WORDS).
  ['whale', 'name', 0.06, 'whale|whales|鲸鱼|鯨魚|蓝鲸|鲸|鯨|cá voi|ปลาวาฬ|วาฬ|ត្រីបាឡែន|បាឡែន|វ៉េល|paus|ikan paus|고래|웨일|ဝေလငါး'],
  ['peacock', 'name', 0.06, 'peacock|孔雀|chim công|khổng tước|นกยูง|พีค็อก|ក្ងោក|merak|burung merak|공작새|피콕|ဒေါင်း'],
  ['swan', 'name', 0.06, 'swan|swans|天鹅|天鵝|thiên nga|สวอน|ស្វាន|angsa|백조|스완'],
  ['unicorn', 'name', 0.06, 'unicorn|qilin|麒麟|kỳ lân|ยูนิคอร์น|กิเลน|យូនីខន|គីលេន|unikorn|유니콘|ယူနီကွန်း'],
  ['elephant', 'name', 0.06, 'elephant|elephants|大象|con voi|ช้าง|เอเลเฟนท์|ដំរី|gajah|코끼리|엘리펀트|ဆင်ဖြူ'],
  ['panda', 'name', 0.06, 'panda|熊猫|熊貓|gấu trúc|แพนด้า|ផេនដា|판다|팬더|ပန်ဒါ'],
  ['dolphin', 'name', 0.06, 'dolphin|dolphins|海豚|cá heo|โลมา|ดอลฟิน|ផ្សោត|ដូហ្វីន|lumba-lumba|돌고래|돌핀|လင်းပိုင်'],
  ['sapphire', 'name', 0.06, 'sapphire|蓝宝石|藍寶石|lam ngọc|แซฟไฟร์|ត្បូងកណ្តៀង|safir|사파이어|နီလာ'],
  ['crystal', 'name', 0.06, 'crystal|水晶|pha lê|คริสตัล|គ្រីស្តាល់|ក្រីស្តាល់|kristal|크리스탈|크리스털|ခရစ္စတယ်'],
  ['platinum', 'name', 0.06, 'platinum|白金|铂金|鉑金|bạch kim|แพลทินัม|ทองคำขาว|ផ្លាទីន|platina|플래티넘|ပလက်တီနမ်'],
  // Treasure, jewel and gem are one word in a name (宝 in 金宝, bảo in Kim Bảo); it leads many names.
  ['jewel', 'name', 0.04, 'jewel|jewels|gem|gems|treasure|珠宝|珠寶|宝石|寶石|宝藏|châu báu|kho báu|đá quý|อัญมณี|เทรเชอร์|permata|harta karun|보석|보물|주얼|트레저|ရတနာ'],
  ['peak', 'name', 0.06, 'peak|summit|顶峰|巅峰|đỉnh núi|พีค|ភីក|피크|ပီ့ခ်'],
  ['spring', 'name', 0.05, 'spring|springs|温泉|泉水|suối nước|สปริง|ស្ព្រីង|스프링|온천'],
  ['rainbow', 'name', 0.06, 'rainbow|彩虹|cầu vồng|สายรุ้ง|เรนโบว์|ឥន្ទធនូ|រ៉េនបូ|pelangi|무지개|레인보우|သက်တံ'],
  ['galaxy', 'name', 0.06, 'galaxy|银河|銀河|星河|ngân hà|กาแล็กซี่|กาแลคซี่|ហ្គាឡាក់ស៊ី|galaksi|갤럭시|은하수|ဂလက်ဆီ'],
  ['universe', 'name', 0.06, 'universe|cosmos|宇宙|vũ trụ|จักรวาล|ยูนิเวิร์ส|សកលលោក|យូនីវើស|alam semesta|유니버스|우주|စကြဝဠာ'],
  ['rose', 'name', 0.06, 'rose|roses|玫瑰|กุหลาบ|โรส|ផ្កាកុលាប|កុលាប|រ៉ូស|mawar|로즈|장미|နှင်းဆီ'],
  ['orchid', 'name', 0.06, 'orchid|orchids|兰花|蘭花|hoa lan|กล้วยไม้|ออร์คิด|អ័រគីដេ|anggrek|난초|오키드|သစ်ခွ'],
  ['plum', 'name', 0.06, 'plum blossom|plum|梅花|hoa mai|hoa mơ|ดอกเหมย|bunga plum|매화|플럼'],
  ['jasmine', 'name', 0.06, 'jasmine|茉莉|hoa nhài|มะลิ|จัสมิน|ម្លិះ|melati|재스민|자스민|စံပယ်'],
  ['peony', 'name', 0.06, 'peony|peonies|牡丹|mẫu đơn|โบตั๋น|peoni|모란|작약|피오니'],
  ['king', 'name', 0.06, 'king|kings|国王|國王|王者|quốc vương|กษัตริย์|คิง|ស្តេច|ឃីង|raja|킹|국왕|ဘုရင်'],
  ['queen', 'name', 0.06, 'queen|女王|王后|nữ hoàng|ราชินี|ควีน|មហាក្សត្រី|ឃ្វីន|ratu|퀸|여왕|ဘုရင်မ'],
  ['prince', 'name', 0.06, 'prince|王子|hoàng tử|เจ้าชาย|ปริ้นซ์|ព្រះអង្គម្ចាស់|ព្រីន|pangeran|프린스|왕자|မင်းသား'],
  ['princess', 'name', 0.06, 'princess|公主|công chúa|เจ้าหญิง|ปริ้นเซส|ព្រះនាង|ព្រីនសេស|putri raja|프린세스|공주|မင်းသမီး'],
  ['kingdom', 'name', 0.06, 'kingdom|王国|王國|vương quốc|คิงดอม|ឃីងដុម|킹덤|왕국'],
  ['dynasty', 'name', 0.06, 'dynasty|王朝|vương triều|ไดนาสตี้|dinasti|다이너스티|왕조'],
  ['legend', 'name', 0.06, 'legend|legends|传奇|傳奇|huyền thoại|ตำนาน|เลเจนด์|រឿងព្រេង|លេជេន|legenda|레전드|전설|ဒဏ္ဍာရီ'],
  ['victory', 'name', 0.06, 'victory|胜利|勝利|chiến thắng|thắng lợi|ชัยชนะ|วิคตอรี่|วิกตอรี|វិចទ័រី|ជ័យជំនះ|kemenangan|빅토리|승리|အောင်ပွဲ|ဗစ်တိုရီ'],
  ['prosperity', 'name', 0.04, 'prosperity|prosperous|繁荣|繁榮|兴旺|興旺|昌盛|thịnh vượng|รุ่งเรือง|วิบูลย์|វិបុលភាព|kemakmuran|makmur|번영|번창|ကြွယ်ဝ'],
  ['era', 'name', 0.05, 'era|新时代|时代|時代|thời đại|ยุคใหม่|សម័យថ្មី|era baru|시대'],
  ['century', 'name', 0.06, 'century|世纪|世紀|thế kỷ|เซ็นจูรี่|សតវត្ស|សេនជូរី|abad|센추리|세기'],
  ['oriental', 'name', 0.05, 'oriental|orient|东方|東方|phương đông|โอเรียนเต็ล|អូរីយ៉ង់|오리엔탈|동방'],
  ['world', 'name', 0.02, 'world|世界|thế giới|เวิลด์|វើល|វើលដ៍|ពិភពលោក|dunia|월드|세계|ဝေါလ်|ကမ္ဘာ'],
  ['international', 'name', 0.02, 'international|intl|国际|國際|quốc tế|อินเตอร์เนชั่นแนล|នានាជាតិ|អន្តរជាតិ|អ៊ីនធើណេសិនណល|internasional|인터내셔널|국제|အင်တာနေရှင်နယ်|အပြည်ပြည်ဆိုင်ရာ'],
  ['holiday', 'name', 0.04, 'holiday|假日|ฮอลิเดย์|ហូលីដេ|홀리데이|ဟော်လီဒေး'],
  ['view', 'name', 0.03, 'view|景观|景觀|วิว|វីវ|ဗျူး'],
  // The famous gambling cities casinos are named after, as Macau is.
  ['vegas', 'name', 0.06, 'vegas|las vegas|拉斯维加斯|拉斯維加斯|维加斯|lát vê gát|ลาสเวกัส|เวกัส|ឡាសវេហ្គាស|វេហ្គាស|라스베이거스|라스베가스|베가스|လာ့စ်ဗီးဂတ်စ်'],
  ['venice', 'name', 0.06, 'venice|venetian|威尼斯|venezia|vê-nê-xi-a|เวนิส|เวเนเชียน|វេនីស|베니스|베네치아|베네시안|ဗင်းနစ်'],
  // Colours: a compound's colour is its signature; another colour is against. Khmer and Thai
  // also write a colour after the noun without the word for colour ("អគារក្រហម", "ตึกทอง").
  // 0.07, above a kind (a casino, 0.05): every passer-by sees the paint, and most compounds are casinos (0153).
  ['white', 'colour', 0.07, 'white|ពណ៌ស|白色|trắng|สีขาว|ขาว|putih|흰색|하얀|흰|흰색|အဖြူ|အဖြူရောင်|ဖြူရောင်|sor'],
  ['blue', 'colour', 0.07, 'blue|ពណ៌ខៀវ|蓝色|兰色|xanh dương|xanh lam|สีฟ้า|สีน้ำเงิน|ตึกฟ้า|อาคารฟ้า|biru|파란|파란색|블루|청색|အပြာ|အပြာရောင်|ខៀវ|ပြာရောင်|khiev|kheav|khieu'],
  ['red', 'colour', 0.07, 'red|ពណ៌ក្រហម|红色|đỏ|สีแดง|แดง|merah|빨간|빨간색|붉은|적색|အနီ|အနီရောင်|ក្រហម|နီရောင်|krohom|kraham|krahom|kroham'],
  ['yellow', 'colour', 0.07, 'yellow|ពណ៌លឿង|黄色|vàng|สีเหลือง|kuning|노란|노란색|황색|အဝါ|အဝါရောင်|លឿង|เหลือง|ဝါရောင်|loeung|lueng'],
  ['gold', 'colour', 0.07, 'gold|gilded|ពណ៌មាស|金色|vàng kim|mạ vàng|สีทอง|emas|keemasan|금색|금빛|ရွှေရောင်|ရွှေအမိုး|មាស'],
  ['green', 'colour', 0.07, 'green|xanh lá cây|ពណ៌បៃតង|绿色|xanh lá|สีเขียว|hijau|ijo|초록|초록색|녹색|အစိမ်း|အစိမ်းရောင်|បៃតង|เขียว|စိမ်းရောင်|beitong|baitong'],
  ['grey', 'colour', 0.07, 'grey|gray|concrete grey|ពណ៌ប្រផេះ|灰色|xám|สีเทา|abu-abu|abu|회색|မီးခိုး|မီးခိုးရောင်|ប្រផេះ|เทา'],
  ['black', 'colour', 0.07, 'black|ពណ៌ខ្មៅ|黑色|đen|สีดำ|hitam|검은|검정|검은색|အနက်|အမည်း|ខ្មៅ'],
  ['pink', 'colour', 0.07, 'pink|màu hồng|ពណ៌ផ្កាឈូក|粉色|粉红|สีชมพู|merah muda|pink|분홍|분홍색|핑크|ပန်းရောင်|ชมพู'],
  // ទ្វារទឹកក្រូច is an orange door (ទ្វារ + ទឹកក្រូច), not a sluice gate (ទ្វារទឹក).
  ['orange', 'colour', 0.07, 'orange|màu cam|ពណ៌ទឹកក្រូច|橙色|橘色|màu cam|สีส้ม|oranye|jingga|주황|주황색|오렌지|လိမ္မော်|ទឹកក្រូច|ส้ม|ទ្វារទឹកក្រូច'],
  ['brown', 'colour', 0.07, 'brown|ពណ៌ត្នោត|棕色|褐色|nâu|สีน้ำตาล|coklat|cokelat|갈색|ညို|အညို|ตึกน้ำตาล|อาคารน้ำตาล|หลังคาน้ำตาล'],
  ['silver', 'colour', 0.07, 'silver|ពណ៌ប្រាក់|ផេះប្រាក់|银色|màu bạc|bạc|สีเงิน|perak|은색|은빛|ငွေရောင်'],
  ['beige', 'colour', 0.07, 'beige|cream|cream-coloured|ពណ៌ក្រែម|米黄色|米色|màu be|màu kem|สีครีม|สีเบจ|krem|베이지|베이지색|크림색|နို့နှစ်ရောင်'],
  // Vietnamese "xanh" alone is green or blue (one word for both): kindred to each, as gold is to yellow,
  // and in common with either (score-pair), at 0.05: one word for two colours says less than one colour.
  ['blue-green', 'colour', 0.05, 'xanh'],
  ['purple', 'colour', 0.07, 'purple|violet|ពណ៌ស្វាយ|紫色|tím|สีม่วง|ungu|보라|보라색|ခရမ်း|ခရမ်းရောင်|ม่วง'],
  // Towns and areas with their other names: the same town is weak (every tip from Sihanoukville
  // says so), another town is strong evidence against.
  ['sihanoukville', 'town', 0.03, 'sihanoukville|sihanouk ville|sihanouk|kampong som|kompong som|kampongsom|snooky|ក្រុងព្រះសីហនុ|ព្រះសីហនុ|កំពង់សោម|西港|西哈努克|西哈努克港|시아누크빌|สีหนุวิลล์|สีหนุ|ဆီဟာနုခ်|ဆီဟာနု|시하누크빌|시하눅빌|kompong saom|ဆီဟာနုဗီးလ်|xihanuc|xi ha nuc|sihanuc|xi-ha-núc|xihanouk|shv|သီဟနုဗီလ်|သီဟနု'],
  ['phnom penh', 'town', 0.03, 'phnom penh|phnompenh|pp|ភ្នំពេញ|金边|nam vang|phnôm pênh|พนมเปญ|프놈펜|ဖနွမ်းပင်|ဖနွမ်းပင်မြို့|ဖနွမ်ပင်|พนมเปน'],
  ['bavet', 'town', 0.04, 'bavet| បាវិត|巴域|木牌|mộc bài|moc bai|บาเวต|바벳|ဘာဗက်|바베트|bà vẹt|บาเวท|巴韦'],
  ['poipet', 'town', 0.04, 'poipet|poi pet|ប៉ោយប៉ែត|波贝|波比|ปอยเปต|aranyaprathet|อรัญประเทศ|포이펫|ပွိုင်ပက်|คลองลึก|khlong luek|อรัญ|poi pét|보이펫'],
  // The cities over the borders that drivers and relatives come from ("the Bangkok-Aranyaprathet van", "từ Sài Gòn lên Mộc
  // Bài"): where they came from, not a name two tips share.
  ['bangkok', 'town', 0.04, 'bangkok|กรุงเทพ|กรุงเทพฯ|กทม|曼谷|방콕|ဘန်ကောက်|បាងកក|băng cốc'],
  ['ho chi minh city', 'town', 0.04, 'ho chi minh city|ho chi minh|hồ chí minh|tp hcm|tphcm|hcmc|sài gòn|saigon|胡志明市|胡志明|西贡|โฮจิมินห์|ไซง่อน|호찌민|호치민|사이공|ហូជីមិញ|ព្រៃនគរ|ဟိုချီမင်း'],
  ["o'smach", 'town', 0.04, "o'smach|osmach|o smach|o'smac|អូរស្មាច់|奥斯马|奥斯玛|โอสมัช|โอเสม็ด|โอร์เสม็ด|오스막|오스맛|오스마크|အိုစမတ်|အိုစမက်ချ်|ช่องจอม|chong chom|အိုစမက်"],
  ['cham yeam', 'town', 0.04, 'cham yeam|chamyeam|ចាំយាម|占延|hat lek|หาดเล็ก|จามเยียม|참얌|참엠|참예암|ချမ်ယမ်|ချမ်းယမ်'],
  ['thma sa', 'town', 0.04, 'thma sa|thma sar|thmor sor|ថ្មស|트모소'],
  ['koh kong', 'town', 0.03, 'koh kong|kohkong|កោះកុង|戈公|gô công|เกาะกง|코콩|ကော့ကောင်|ကော့ကုန်း|꼬꽁|꺼꽁'],
  ['siem reap', 'town', 0.03, 'siem reap|siemreap|សៀមរាប|暹粒|xiêm riệp|เสียมราฐ|시엠립|စီယမ်ရိ|씨엠립|시엠레아프|เสียมเรียบ|ဆီအမ်ရိ|စီမ်ရိတ်|စီယမ်ရိတ်|ဆီမ်ရိတ်'],
  ['kampot', 'town', 0.03, 'kampot|cam pot|campot|កំពត|贡布|kampốt|กำปอต|캄폿|ကမ်ပေါ့|กัมปอต|깜폿|깜뽓'],
  ['kep', 'town', 0.03, 'kep|កែប|白马|แกบ|켑|ကက်ပ်|凯普|껩'],
  ['sangkae', 'town', 0.04, 'sangkae|sangke|sang kae|សង្កែ|สังแก|상까에|桑盖'],
  ['battambang', 'town', 0.03, 'battambang|btb|បាត់ដំបង|马德望|batdambang|พระตะบอง|바탐방|ဘတ်တမ်ဘန်|밧땀방|บัดดัมบอง'],
  ['banan', 'town', 0.04, 'banan|បាណន់|បាណន|บานัน|巴南|바난'],
  ['pailin', 'town', 0.03, 'pailin|ប៉ៃលិន|拜林|ไพลิน|파일린|ပိုင်လင်|拜林市'],
  ['takeo', 'town', 0.03, 'takeo|តាកែវ|茶胶|ตาแก้ว|타케오|တာကဲ့|တာကီယို'],
  ['neak loeung', 'town', 0.04, 'neak loeung|neak leung|neak luong|អ្នកលឿង|涅良|nặc lương|เนียะเลือง|네악릉'],
  ['svay rieng', 'town', 0.03, 'svay rieng|ស្វាយរៀង|柴桢|สวายเรียง|스바이리엥|စွါယ်ရီယန်း|svây riêng'],
  ['kandal', 'town', 0.02, 'kandal|干拉|កណ្ដាល|កណ្តាល|干丹|กันดาล|칸달|ကန်ဒယ်'],
  ['ta khmau', 'town', 0.03, 'ta khmau|takhmau|takhmao|តាខ្មៅ|大金欧|达克茂|ตาขเมา|타크마우|塔克茂|တာခမော|타크마오|ตาคเมา|ta khmao'],
  ['kratie', 'town', 0.03, 'kratie|ក្រចេះ|桔井|กระแจะ|크라티에|ကရာချေး|크라체|kra chê|กระเจะ'],
  ['stung treng', 'town', 0.03, 'stung treng|ស្ទឹងត្រែង|上丁|สตึงแตรง|스퉁트렝|စတုန်းထရန်း|stœng trêng|슈퉁트렝|စတိုင်းထရန်|สตึงเตร็ง'],
  ['preah vihear', 'town', 0.03, 'preah vihear|ព្រះវិហារ|柏威夏|พระวิหาร|프레아비헤아르'],
  ['anlong veng', 'town', 0.04, 'anlong veng|anlongveng|អន្លង់វែង|安隆汶|อันลองเวง|안롱벵|အန်လုံဗဲင်|안롱뱅|an long veng'],
  ['mondulkiri', 'town', 0.03, 'mondulkiri|មណ្ឌលគិរី|蒙多基里|มณฑลคีรี|몬둘끼리'],
  ['ratanakiri', 'town', 0.03, 'ratanakiri|រតនគិរី|腊塔纳基里|รัตนคีรี|라타나끼리|라타나키리|ratanak kiri|rattanakiri'],
  ['chrey thom', 'town', 0.04, 'chrey thom|ជ្រៃធំ|เชรยธม'],
  ['thmor da', 'town', 0.04, 'thmor da|ថ្មដា|ทมอดา'],
  ['memot', 'town', 0.04, 'memot|មេមត់|美莫|เมมต|메못'],
  ['koh rong', 'town', 0.04, 'koh rong|កោះរ៉ុង|高龙岛|龙岛|เกาะรง|꼬롱|ကော့ရုန်း'],
  ['otres', 'town', 0.04, 'otres|អូរត្រេះ|អូរត្រេស|អូត្រេស|奥翠|奥特斯|奥特雷斯|โอเทรส|오트레스|အော်ထရက်စ်|โอเทรส|โอทร์เรส|โอเตรส|อูเทรส|အိုတရက်စ်'],
  ['ochheuteal', 'town', 0.04, 'ochheuteal|serendipity|អូរឈើទាល|奥彻蒂尔|occheuteal|오체우티알|오츠티알|오추티알|โอชทึเตียล|โอจือเตียล|โอเชอเตียล|오체티알|奥彻提尔|세렌디피티|เซเรนดิพิตี้|เซเรนดิปิตี้|ဆီရင်ဒီပီတီ'],
  ['victory hill', 'town', 0.04, 'victory hill|weather station|ភ្នំសហគមន៍|胜利山|ភ្នំជ័យជំនះ|빅토리힐|빅토리 힐|วิคตอรี่ฮิลล์|วิกตอรีฮิลล์|ဗစ်တိုရီးဟေးလ်|ភ្នំជ័យជម្នះ|ជ័យជម្នះ|đồi chiến thắng'],
  ['kampenh', 'town', 0.04, 'kampenh|kampinh|កំពេញ|กำเปญ|캄펜'],
  ['ream', 'town', 0.04, 'ream|រាម|云壤|雷姆|เรียม|ရိမ်း|레암'],
  ['prey nob', 'town', 0.04, 'prey nob|ព្រៃនប់|普雷诺|เปรยนบ|波雷诺|프레이놉|เปรยโนบ'],
  ['stueng hav', 'town', 0.04, 'stueng hav|stung hav|ស្ទឹងហាវ|斯登豪|สตึงหาว|스퉁하우'],
  ['chinatown', 'place', 0.04, 'chinatown|china town|中国城|唐人街|phố tàu|ไชน่าทาวน์|차이나타운'],
  ['sen sok', 'town', 0.03, 'sen sok|sensok|សែនសុខ|森速|센속|เซนซก|ဆန်ဆော့|森速区'],
  ['chroy changvar', 'town', 0.03, 'chroy changvar|chroy changva|ជ្រោយចង្វារ|ជ្រោយចង្វា|桥头|水净华|จรอยจังวา|chrouy changvar|쯔로이짱와|쯔로이짱바|츠로이창바|ချရိုင်ချန်ဗာ'],
  // Chaom Chau, the roundabout on the airport road west of Phnom Penh, as each language writes it.
  ['chaom chau', 'place', 0.04, 'chaom chau|choam chao|chom chao|ចោមចៅ|炸蒙周|촘차오|จอมเจา'],
  // Prek Thnot: the river south-west of Phnom Penh and its bridge, a landmark, not a compound's name.
  ['prek thnot', 'place', 0.04, 'prek thnot|ព្រែកថ្នោត|stung prek thnot|แพรกทนอต|프렉트놋'],
  ['dangkao', 'town', 0.03, 'dangkao|dangkor|ដង្កោ|当格|当高|당까오|ดังเกา|ဒန်ကော'],
  ['chbar ampov', 'town', 0.03, 'chbar ampov|chbarampov|chbar ompov|ច្បារអំពៅ|จบาอำเภา|츠바암포우|차바암포|짜바엄뻐'],
  ['tuol kork', 'town', 0.03, 'tuol kork|toul kork|tuol kouk|ទួលគោក|堆谷|뚤꼭|툴콕|ตวลโกก|ตูลกอร์ก|đồi tuol kork|တူးလ်ကော့'],
  ['bkk', 'town', 0.03, 'bkk|bkk1|bkk2|bkk3|bkk 1|bkk 2|bkk 3|boeung keng kang|boeng keng kang|បឹងកេងកង|万景岗|บึงเกงกง|벙깽꽁'],
  // The capital's other districts (khan) and quarters, as lib/geo/districts.ts and residents write them: every
  // compound there gives its district, and a district in common is a town in common, not a compound's name.
  ['prek pnov', 'town', 0.03, 'prek pnov|preaek pnov|prek phnov|ព្រែកព្នៅ|ပရက်ပနော့'],
  ['russey keo', 'town', 0.03, 'russey keo|russei keo|ruessei kaev|ឫស្សីកែវ'],
  ['mean chey', 'town', 0.03, 'mean chey|khan meanchey|stung meanchey|stung mean chey|ស្ទឹងមានជ័យ'],
  ['por senchey', 'town', 0.03, 'por senchey|pou senchey|posenchey|ពោធិ៍សែនជ័យ'],
  ['chamkar mon', 'town', 0.03, 'chamkar mon|chamkarmon|ចំការមន'],
  ['daun penh', 'town', 0.03, 'daun penh|doun penh|ដូនពេញ'],
  ['kamboul', 'town', 0.03, 'kamboul|កំបូល'],
  ['boeung tumpun', 'town', 0.03, 'boeung tumpun|boeng tumpun|beoung tumpun|បឹងទំពុន'],
  ['toul sangke', 'town', 0.03, 'toul sangke|tuol sangke|ទួលសង្កែ'],
  ['pochentong', 'place', 0.04, 'pochentong|ពោធិ៍ចិនតុង|波成东'],
  ['kbal thnal', 'place', 0.04, 'kbal thnal|ក្បាលថ្នល់'],
  // Provinces and districts named less often: positive only (a tip may name the province,
  // another the town in it).
  ['banteay meanchey', 'place', 0.03, 'banteay meanchey|banteay mean chey|បន្ទាយមានជ័យ|班迭棉吉|บันทายมีชัย|bantây miênchây|반테이민체이'],
  ['oddar meanchey', 'place', 0.03, 'oddar meanchey|otdar meanchey|ឧត្តរមានជ័យ|奥多棉吉|อุดรมีชัย|ốt-đô miên-chây|오다르민체이'],
  ['kampong cham', 'place', 0.03, 'kampong cham|kompong cham|កំពង់ចាម|磅湛|กำปงจาม|kông pông chàm|캄퐁참|ကမ်ပုံချမ်း|깜퐁참|kampungcham|k.cham|k. cham|kg cham|kg. cham'],
  ['kampong chhnang', 'place', 0.03, 'kampong chhnang|kompong chhnang|កំពង់ឆ្នាំង|磅清扬|กำปงชนัง|kông pông chhnăng|캄퐁츠낭|k.chhnang|k. chhnang|kg chhnang|kg. chhnang|kg.chhnang|ကမ်ပေါင်ချနန်'],
  ['kampong speu', 'place', 0.03, 'kampong speu|kompong speu|កំពង់ស្ពឺ|磅士卑|กำปงสปือ|kông pông spư|캄퐁스푸|깜퐁스프|깜퐁스푸|ကမ်ပုံစပို|k.speu|k. speu|kg speu|kg. speu|ကမ်ပေါ့စပီး'],
  ['kampong thom', 'place', 0.03, 'kampong thom|kompong thom|កំពង់ធំ|磅同|กำปงธม|kông pông thom|캄퐁톰|ကမ်ပုံသုံ|k.thom|k. thom|kg thom|kg. thom'],
  ['prey veng', 'place', 0.03, 'prey veng|ព្រៃវែង|波罗勉|波萝勉|ไพรแวง|prây veng|프레이벵'],
  ['pursat', 'place', 0.03, 'pursat|ពោធិ៍សាត់|ពោធិសាត់|菩萨省|菩萨|โพธิสัตว์|pôsat|포삿|푸르삿|ပူဆတ်|菩萨市'],
  ['tbong khmum', 'place', 0.03, 'tbong khmum|ត្បូងឃ្មុំ|特本克蒙|ตโบงฆมุม|tbông khmum|트봉크뭄'],
  ['kien svay', 'place', 0.04, 'kien svay|kean svay|kiensvay|កៀនស្វាយ|เกียนสวาย|끄엔스바이|끼엔스바이|坚士外|堅士外|kiên svay'],
  ['sisophon', 'place', 0.04, 'sisophon|serei saophoan|ស៊ីសុផុន|សិរីសោភ័ណ|诗梳风|ศรีโสภณ|시소폰'],
  ['garment factory', 'kind', 0.06, 'garment factory|garment|sewing factory|clothing factory|រោងចក្រកាត់ដេរ|កាត់ដេរ|制衣厂|服装厂|xưởng may|nhà máy may|โรงงานเสื้อผ้า|โรงงานตัดเย็บ|pabrik garmen|garmen|봉제공장|의류공장|အထည်ချုပ်စက်ရုံ|အထည်ချုပ်|rong chak kat der|rongchak kat der'],
  // Rural landmarks a compound in the rice and plantation provinces is found by (blind-37, decision 0167). Not Latin
  // "dam": unaccented Vietnamese writes đám, đàm and đảm so.
  ['dike', 'place', 0.05, 'dike|dyke|dikes|embankment|levee|ទំនប់|大堤|河堤|堤坝|水坝|đê|bờ đê|đập|คันดิน|คันกั้นน้ำ|เขื่อน|tanggul|bendungan|제방|둑|댐|တာတမံ'],
  ['sluice', 'place', 0.06, 'sluice|sluice gate|floodgate|floodgates|ទ្វារទឹក|水闸|闸门|cống nước|cống|ประตูน้ำ|ประตูระบายน้ำ|pintu air|수문|ရေတံခါး'],
  ['sugarcane', 'place', 0.05, 'sugarcane|sugar cane|cane field|cane fields|ចម្ការអំពៅ|ដើមអំពៅ|ស្រែអំពៅ|甘蔗|mía|ruộng mía|อ้อย|tebu|사탕수수|ကြံခင်း'],
  ['cassava', 'place', 0.05, 'cassava|manioc|tapioca|ដំឡូងមី|木薯|sắn|khoai mì|มันสำปะหลัง|singkong|ubi kayu|카사바|ပီလောပီနံ'],
  ['bungalow', 'kind', 0.04, 'bungalow|bungalows|បឹងហ្គាឡូ|平房|방갈로|บังกะโล|bungalo|ဘန်ဂလို'],
  ['pine forest', 'place', 0.05, 'pine|pines|pine forest|ព្រៃស្រល់|ដើមស្រល់|松树|松林|rừng thông|ป่าสน|pinus|hutan pinus|소나무|솔숲|ထင်းရှူး'],
  ['kirirom', 'place', 0.05, 'kirirom|kiri rom|គិរីរម្យ|키리롬|基里隆|คีรีรมย์|ကီရီရွမ်'],
  ['yeak laom', 'place', 0.05, 'yeak laom|yeak loam|yak loum|yaklom|យក្សឡោម|약롬|亚克隆|ยักษ์ลอม'],
  ['thpong', 'place', 0.04, 'thpong|ថ្ពង|通蓬|트퐁|ထပုံ'],
  ['chantrea', 'place', 0.04, 'chantrea|ចន្ទ្រា|占德拉|찬트레아'],
  ['phnom den', 'place', 0.04, 'phnom den|phnum den|ភ្នំដិន|朋登|พนมเดน|프놈덴|tịnh biên'],
  ['kiri vong', 'place', 0.04, 'kiri vong|kirivong|គិរីវង់|基里翁'],
  ['banlung', 'place', 0.04, 'banlung|ban lung|បានលុង|班隆|반룽'],
  ['oral', 'place', 0.04, 'oral|ឱរ៉ាល់|ឱរ៉ាល|奥拉尔|오랄'],
  // A rice mill is the other closed plant compounds move into in the rice provinces, seen and said as such.
  ['rice mill', 'kind', 0.06, 'rice mill|rice mills|ម៉ាស៊ីនកិនស្រូវ|រោងម៉ាស៊ីនកិនស្រូវ|碾米厂|米厂|nhà máy xay lúa|nhà máy xay xát|xay lúa|xay xát|โรงสีข้าว|โรงสี|penggilingan padi|pabrik beras|정미소|방앗간|ဆန်စက်|rong masin ken srov|rongmasin ken srov|masin ken srov'],
  // The counters money is changed and pawned at, where mules and recruiters are seen (blind-55, blind-59): a place of its own
  // kind, told from a phone shop or a Wing booth beside it.
  ['money changer', 'place', 0.04, 'money changer|money changers|money exchange|exchange shop|exchange booth|exchange counter|money shop|currency exchange|ហាងប្តូរប្រាក់|ហាងដូរលុយ|តូបដូរលុយ|តូបប្តូរប្រាក់|换钱店|换钱的|换钱档口|兑换店|货币兑换|找换店|tiệm đổi tiền|quầy đổi tiền|tiem doi tien|ร้านแลกเงิน|ร้านรับแลกเงิน|tukar uang|penukaran uang|환전소|ငွေလဲဆိုင်'],
  ['pawn shop', 'place', 0.04, 'pawn shop|pawnshop|pawnbroker|ហាងបញ្ចាំ|当铺|當鋪|典当行|tiệm cầm đồ|tiem cam do|โรงรับจำนำ|pegadaian|전당포|အပေါင်ဆိုင်'],
  // A gold shop (tiệm vàng, ហាងមាស, ร้านทอง, 金店) is a landmark: its gold is what it sells, not a paint.
  ['gold shop', 'place', 0.04, 'gold shop|jewellery shop|jewelry shop|tiệm vàng|tiem vang|tiệm kim hoàn|ហាងមាស|ហាងលក់មាស|ร้านทอง|金店|金铺|金行|toko emas|금은방|ရွှေဆိုင်'],
  // A golf course beside a compound is seen from the road and named in every language.
  ['golf', 'place', 0.06, 'golf|golf course|ទីលានវាយកូនហ្គោល|វាយកូនហ្គោល|高尔夫|高爾夫|sân golf|sân gôn|สนามกอล์ฟ|กอล์ฟ|lapangan golf|골프장|골프|ဂေါက်ကွင်း'],
  // Landmarks every tipster in a town uses.
  ['sez', 'place', 0.05, 'special economic zone|sez|តំបន់សេដ្ឋកិច្ចពិសេស|经济特区|特区|khu kinh tế đặc biệt|เขตเศรษฐกิจพิเศษ|kawasan ekonomi khusus|경제특구|경제특별구역|အထူးစီးပွားရေးဇုန်'],
  ['railway', 'place', 0.05, 'railway|railroad|rail line|railway station|ផ្លូវដែក|铁路|铁道|火车站|đường sắt|đường ray|ทางรถไฟ|rel kereta|kereta api|철길|철도|기찻길|ရထားလမ်း'],
  // Landmarks seen from the street by kind: a clock on a roof or a clock tower, a phone mast (Cellcard, Metfone:
  // the operators' masts are how Cambodians name one), red lanterns at a Chinese casino's door.
  ['clock', 'feature', 0.06, 'clock|clock tower|clocktower|នាឡិកា|ប៉មនាឡិកា|钟楼|大钟|时钟|đồng hồ|tháp đồng hồ|นาฬิกา|หอนาฬิกา|menara jam|jam besar|시계|시계탑|နာရီ|နာရီစင်'],
  ['mast', 'place', 0.06, 'phone tower|cell tower|telecom tower|mobile tower|phone mast|radio mast|antenna|antenna tower|cellcard|metfone|tower cellcard|tower hp|tower sinyal|menara bts|menara telekomunikasi|cột sóng|cột ăng-ten|cột ăng ten|cot ang ten|trạm phát sóng|បង្គោលអង់តែន|បង្គោលទូរស័ព្ទ|អង់តែន|信号塔|通信塔|电信塔|天线塔|เสาสัญญาณ|เสาโทรศัพท์|เสาส่งสัญญาณ|통신탑|기지국|송신탑|안테나|ဖုန်းတာဝါ|တာဝါတိုင်|အင်တာနာ'],
  ['lantern', 'feature', 0.05, 'lantern|lanterns|គោម|灯笼|燈籠|đèn lồng|den long|โคมแดง|โคมจีน|โคมไฟจีน|lampion|lentera|홍등|등롱|초롱|မီးပုံး'],
  // Kampot's durian roundabout and Kampong Cham's Kizuna bridge: the landmark every tipster in the town gives.
  ['durian', 'place', 0.03, 'durian|ធូរេន|榴莲|榴槤|sầu riêng|ทุเรียน|두리안|ဒူးရင်း'],
  ['kizuna bridge', 'place', 0.03, 'kizuna|kizuna bridge|ស្ពានគីហ្សូណា|គីហ្សូណា|绊桥|키즈나|คิซึนะ|ကီဇူနာ'],
  // A fish-sauce works is the plant compounds take over on the coast (Ream, Kep, Kampot), as a rice mill inland.
  ['fish sauce', 'kind', 0.06, 'fish sauce|fish-sauce|fish sauce factory|ទឹកត្រី|រោងចក្រទឹកត្រី|鱼露|鱼露厂|魚露|nước mắm|xưởng nước mắm|น้ำปลา|โรงงานน้ำปลา|kecap ikan|pabrik kecap ikan|액젓|젓갈|ငံပြာရည်'],
  // Kep's crab market, the landmark every tip there gives.
  ['crab market', 'place', 0.05, 'crab market|ផ្សារក្តាម|ផ្សារក្ដាម|螃蟹市场|蟹市场|chợ cua|ตลาดปู|pasar kepiting|게시장|게 시장|ကဏန်းဈေး'],
  // Areas named by every compound in them, not a compound's name (0167): an island commune by Phnom Penh, the
  // town across the Kizuna bridge from Kampong Cham, and the Chip Mong malls every tip in their streets stands by.
  ['koh dach', 'place', 0.04, 'koh dach|koh dac|kaoh dach|កោះដាច់|เกาะดาจ'],
  ['tonle bet', 'place', 0.04, 'tonle bet|tonlé bet|ទន្លេបិទ'],
  ['chip mong', 'place', 0.05, 'chip mong|chipmong|ជីបម៉ុង|칩몽'],
  ['aeon mall', 'place', 0.05, 'aeon mall|aeon|ផ្សារទំនើបអ៊ីអន|អ៊ីអន|永旺|イオン|이온몰|이온 몰|อิออน|အီအွန်'],
  ['russian market', 'place', 0.05, 'russian market|toul tom poung|tuol tompoung|phsar toul tom poung|ផ្សារទួលទំពូង|俄罗斯市场|chợ nga|ตลาดรัสเซีย|pasar rusia|러시안마켓|러시안 마켓|뚤뚬뿡|러시아 시장|러시아시장|ရုရှားဈေး|俄国市场'],
  ['orussey market', 'place', 0.05, 'orussey market|orussey|o russey|orussei|psar orussey|phsar orussey|ផ្សារអូរឫស្សី|អូរឫស្សី|奥鲁西市场|奥鲁西|chợ orussey|ตลาดโอรุสเซ|오루세이|အိုရုစီဈေး|အိုရုစီ'],
  ['central market', 'place', 0.05, 'central market|psar thmei|phsar thmey|ផ្សារធំថ្មី|中央市场|chợ trung tâm|ตลาดกลาง|pasar sentral|센트럴마켓|중앙시장'],
  ['bokor', 'place', 0.05, 'bokor|ភ្នំបូកគោ|បូកគោ|波哥|博哥|bokor|บูกอ|보코산|보코르|ဘိုကော|보코'],
  ['naga world', 'place', 0.05, 'nagaworld|naga world|ណាហ្គាវើលដ៍|金界|나가월드|นาก้าเวิลด์'],
  // The boulevards compounds line, as tipsters name them: a road's name says where, as a district's does, not which building.
  ['veng sreng', 'place', 0.01, 'veng sreng|veng sreng blvd|veng sreng boulevard|វេងស្រេង|威成大道|维成大道|đường veng sreng|เวงสเรง|벵스렝'],
  ['russian blvd', 'place', 0.01, 'russian blvd|russian boulevard|russian federation blvd|russian federation boulevard|មហាវិថីសហព័ន្ធរុស្ស៊ី|សហព័ន្ធរុស្ស៊ី|俄罗斯大道|đại lộ nga|러시아 대로|러시아대로'],
  ['monivong', 'place', 0.01, 'monivong|monivong blvd|monivong boulevard|មុនីវង្ស|莫尼旺大道|莫尼旺|모니봉'],
  ['mao tse toung', 'place', 0.01, 'mao tse toung|mao tse tung|mao tse toung blvd|ម៉ៅសេទុង|毛泽东大道'],
  ['chak angre', 'place', 0.04, 'chak angre|chac ang re|chắc ang rê|ចាក់អង្រែ|짝앙레|จักอังเร|扎安格'],
  // Dara Sakor (七星海, "Seven Star Sea"): a coastal concession of Koh Kong holding resorts, a golf course and compounds; an area, not one compound's name.
  ['dara sakor', 'place', 0.04, 'dara sakor|darasakor|ដារាសាគរ|七星海|다라사코르|다라사코|ဒါရာဆာကော|ดาราสาคร'],
  ['mekong', 'place', 0.04, 'mekong|មេគង្គ|湄公河|湄公|mê kông|sông mê kông|แม่น้ำโขง|โขง|mekong|메콩|မဲခေါင်'],
  // Ta Mok's lake in Anlong Veng, named after the Khmer Rouge commander whose house stands by it: a landmark, no one's name.
  // (Its name alone: the lake is read as a lake beside it, បឹង|តាម៉ុក, "Ta Mok's lake".)
  ['ta mok', 'place', 0.04, 'ta mok|tamok|តាម៉ុក|达莫|ตาม็อก|따목'],
  ['tonle sap', 'place', 0.04, 'tonle sap|ទន្លេសាប|洞里萨|biển hồ|โตนเลสาบ|톤레삽|တုန်လေဆပ်|톤레사프'],
  ['bassac', 'place', 0.04, 'bassac|បាសាក់|巴萨河|hậu giang|บาสัก|바삭'],
  ['diamond island', 'place', 0.05, 'diamond island|koh pich|កោះពេជ្រ|钻石岛|đảo kim cương|เกาะเพชร|다이아몬드 섬'],
  ['independence beach', 'place', 0.05, 'independence beach|independence hotel|ឆ្នេរឯករាជ្យ|独立海滩|独立酒店|독립해변|독립 해변|bãi độc lập|bãi biển độc lập|หาดอินดิเพนเดนซ์'],
  // The landmarks foreigners and the map apps name a street by: a roundabout, the bar street, markets, a hill pagoda,
  // monuments. Every tip in their streets stands by one; like a district's name they say where, not which building.
  ['golden lion', 'place', 0.04, 'golden lion|golden lions|golden lion roundabout|golden lions roundabout|រង្វង់មូលសិង្ហមាស|សិង្ហមាស|រង្វង់មូលតោមាស|金狮|金狮子|金獅|金狮环岛|金狮子环岛|골든라이언|골든 라이언|골든라이온|골든 라이온|โกลเด้นไลอ้อน|วงเวียนสิงโตทอง|สิงโตทอง|sư tử vàng|bundaran golden lion|ဂိုးလ်ဒင်းလိုင်ယွန်|ရွှေခြင်္သေ့'],
  ['pub street', 'place', 0.04, 'pub street|pubstreet|ផ្លូវផាប់|ផាប់ស្ទ្រីត|ផាប់ស្ទ្រីទ|酒吧街|펍스트리트|펍 스트리트|ผับสตรีท|ถนนผับ|phố pub|ပပ်စထရိ|ပတ်ဘ်စထရိ'],
  ['old market', 'place', 0.05, 'old market|psar chas|phsar chas|ផ្សារចាស់|老市场|旧市场|chợ cũ|ตลาดเก่า|pasar lama|올드마켓|올드 마켓|ဈေးဟောင်း'],
  ['night market', 'place', 0.04, 'night market|ផ្សាររាត្រី|夜市|chợ đêm|ตลาดกลางคืน|ตลาดไนท์|pasar malam|야시장|나이트마켓|ညဈေး'],
  ['wat phnom', 'place', 0.05, 'wat phnom|វត្តភ្នំ|塔仔山|chùa phnom|วัดพนม|왓프놈|왓 프놈|ဝပ်ဖနုံ'],
  ['independence monument', 'place', 0.05, 'independence monument|វិមានឯករាជ្យ|独立纪念碑|独立碑|tượng đài độc lập|อนุสาวรีย์อิสรภาพ|monumen kemerdekaan|독립기념탑|독립 기념탑'],
  ['olympic stadium', 'place', 0.05, 'olympic stadium|olympic|ពហុកីឡដ្ឋានអូឡាំពិក|អូឡាំពិក|奥林匹克体育场|奥林匹克|sân vận động olympic|สนามกีฬาโอลิมปิก|โอลิมปิก|stadion olimpiade|올림픽경기장|올림픽 경기장|올림픽|အိုလံပစ်'],
  ['royal palace', 'place', 0.05, 'royal palace|ព្រះបរមរាជវាំង|ជិតវាំង|មុខវាំង|王宫|hoàng cung|พระราชวัง|istana kerajaan|왕궁|နန်းတော်'],
];

export const CONCEPTS: ReadonlyMap<string, Concept> = new Map(ROWS.map(([id, group, weight]) => [id, { id, group, weight }]));

const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const isLatin = (term: string) => /^[\p{Script=Latin}\p{M}\d '’.-]+$/u.test(term);

function escape(term: string) {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** The brands of petrol station, each a concept that is also a petrol station. */
export const FUEL_BRANDS: ReadonlySet<string> = new Set(['tela', 'caltex', 'ptt', 'sokimex', 'total station']);

// Every term of every concept in two regular expressions (one pass each): Latin terms as
// whole words, the others anywhere in the text with its spaces removed. Longest first.
const TERM_CONCEPT = new Map<string, string>();
// Vietnamese is often typed without its marks ("toa nha mau trang"): a term long enough not to
// collide with another word ("chua" is both a pagoda and "not yet") also counts without them.
const unmarked = (term: string) => {
  const plain = stripMarks(term).replace(/đ/g, 'd');
  return plain !== term && (plain.length >= 5 || plain.includes(' ')) ? [plain] : [];
};
// The English plural the matcher's "s" or "es" cannot reach: a factory, two factories.
const pluralIes = (term: string) => (/[^aeiou ]y$/u.test(term) ? [`${term.slice(0, -1)}ies`] : []);
// A hyphen between letters is read as a space, in the text (clean) and in the terms: "check-point", "guard-house",
// "high-rise", "ex-casino" are the words written apart.
const unhyphenated = (text: string) => text.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
const termKey = (term: string) => (isLatin(term) ? unhyphenated(term).replace(/\s+/g, ' ') : term.replace(/\s+/g, ''));
const MULTI_WORD_TERMS: string[] = [];
for (const [id, group, , list] of ROWS) {
  const latin = (term: string) => [...unmarked(term), ...(group === 'name' || group === 'town' ? [] : pluralIes(term))];
  for (const raw of list.split('|').flatMap((term) => [term, ...(isLatin(term) ? latin(term.normalize('NFC').toLowerCase().trim()) : [])])) {
    const term = termKey(raw.normalize('NFC').toLowerCase().trim());
    if (term && !TERM_CONCEPT.has(term)) {
      TERM_CONCEPT.set(term, id);
      if (isLatin(term) && term.includes(' ')) MULTI_WORD_TERMS.push(term);
    }
  }
}

/** The Thai terms that carry a tone mark (ชั้น, สีฟ้า, แม่น้ำ), which a writer who types without them writes otherwise. */
export const tonedThaiTerms = () => [...TERM_CONCEPT.keys()].filter((term) => /[\u0e48-\u0e4b]/u.test(term));
// A Chinese speaker without a Chinese keyboard writes a town's Chinese name in pinyin, as one word: Xigang (西港) is
// Sihanoukville, Jinbian (金边) Phnom Penh, Bobei (波贝) Poipet. Towns only, of five letters or more: the pinyin of
// shorter names and of common words is other words in the languages written in Latin letters.
for (const [id, group, , list] of ROWS) {
  if (group !== 'town') continue;
  for (const term of list.split('|').filter((term) => /^\p{Script=Han}{2,}$/u.test(term))) {
    const spelt = compactLatin(term);
    if (spelt.length >= 5 && !TERM_CONCEPT.has(spelt)) TERM_CONCEPT.set(spelt, id);
  }
}
// A name or a thing of several words is also written as one ("NagaWorld", "Kohkong", "Tuolkork", "barbedwire"),
// unless that one word is a word of another term ("meanchey" alone is not Mean Chey district: it ends Banteay Meanchey).
// Matched apart from the other terms (CLOSED_MATCHER): in the one expression, they made every text four times slower to read.
const TERM_WORDS = new Set(MULTI_WORD_TERMS.flatMap((term) => term.split(' ')));
const CLOSED_TERMS = new Map<string, string>();
for (const term of MULTI_WORD_TERMS) {
  const closed = term.replace(/ /g, '');
  if (/^[a-z]+$/.test(closed) && !TERM_WORDS.has(closed) && !TERM_CONCEPT.has(closed) && !CLOSED_TERMS.has(closed)) CLOSED_TERMS.set(closed, TERM_CONCEPT.get(term)!);
}
for (const [closed, id] of CLOSED_TERMS) TERM_CONCEPT.set(closed, id);
const byLength = (a: string, b: string) => b.length - a.length;

/** "빌딩", "អគារ": a word that is a concept term is not a name. */
export const isConceptTerm = (word: string) => TERM_CONCEPT.has(word.toLowerCase().replace(/[\p{P}\s]/gu, ''));
/** The concept a word is a term of ("凤凰" -> phoenix, a name word; "빌딩" -> building), or undefined. */
// Latin terms of several words are kept with their spaces ("chak angre"), others run together. A Burmese word is
// looked up without its tone marks too, which tipsters write or leave out (ပွိုင်းပက် and ပွိုင်ပက်, Poipet).
const burmeseToneless = (word: string) => word.replace(/[\u1037\u1038]/gu, '');
const TONELESS_BURMESE = new Map([...TERM_CONCEPT].filter(([term]) => /\p{Script=Myanmar}/u.test(term)).map(([term, id]) => [burmeseToneless(term), id]));
export const conceptOfTerm = (word: string) => {
  const squeezed = word.toLowerCase().replace(/[\p{P}\s]/gu, '');
  return CONCEPTS.get(TERM_CONCEPT.get(squeezed) ?? TERM_CONCEPT.get(word.toLowerCase().replace(/\p{P}/gu, '').trim().replace(/\s+/g, ' ')) ?? TONELESS_BURMESE.get(burmeseToneless(squeezed)) ?? '');
};
const LATIN_TERMS = [...TERM_CONCEPT.keys()].filter((term) => isLatin(term) && !CLOSED_TERMS.has(term)).sort(byLength);
const OTHER_TERMS = [...TERM_CONCEPT.keys()].filter((term) => !isLatin(term)).sort(byLength);
// A term takes the endings a writer adds to it, which the list does not spell: an English plural ("speedboats",
// "gates", "buses") and the Indonesian -nya, "its" or "the" (gedungnya, pagarnya tinggi, di pasarnya).
// A Latin term ends where Latin letters end: Chinese and Thai run it into their own letters (西港KTV大楼, ตึกKTV).
const LATIN_ENDINGS = 'e?s|nya';
const latinMatcher = (terms: readonly string[]) =>
  new RegExp(`(?<![\\p{Script=Latin}\\p{M}\\d])(?<term>${terms.map(escape).join('|')})(?:${LATIN_ENDINGS})?(?![\\p{Script=Latin}\\p{M}])`, 'gu');
const LATIN_MATCHER = latinMatcher(LATIN_TERMS);
const CLOSED_MATCHER = latinMatcher([...CLOSED_TERMS.keys()].sort(byLength));
/** Every Latin term in the text, those of several words written as one among them. */
const latinTerms = (text: string) => [...text.matchAll(LATIN_MATCHER), ...text.matchAll(CLOSED_MATCHER)];
const OTHER_MATCHER = new RegExp(OTHER_TERMS.map(escape).join('|'), 'gu');
const OTHER_AT = new RegExp(OTHER_TERMS.map(escape).join('|'), 'uy');

/**
 * A Khmer, Thai, Korean or Burmese chunk without its words for buildings and kinds of place
 * (មានអគារបៃតង, "has a green building": មាន បៃតង), which split it where a name could not go on.
 * Colours and name words stay: សួនត្បូងខៀវ ("blue gem garden") is a name.
 */
const SPLITTING: ReadonlySet<ConceptGroup> = new Set(['generic', 'kind', 'feature']);
// A colour said with the word "colour" (Korean 핑크색, 분홍색; Khmer ពណ៌ខៀវ, Thai สีฟ้า before it; Burmese
// အပြာရောင် after it) is the paint, not a word of a name.
export const withoutConceptWords = (chunk: string) =>
  chunk
    .replace(OTHER_MATCHER, (term: string, ...rest: unknown[]) => {
      const group = CONCEPTS.get(TERM_CONCEPT.get(term) ?? '')?.group ?? 'name';
      const next = (rest.at(-1) as string)[(rest.at(-2) as number) + term.length];
      return SPLITTING.has(group) || (group === 'colour' && (term.endsWith('색') || next === '색' || /^(?:ពណ៌|สี)|ရောင်$/u.test(term))) ? ' ' : term;
    })
    .replace(/(?<= )색/gu, ' ');

const HAN_COLOUR: Record<string, string> = { 红: 'red', 紅: 'red', 蓝: 'blue', 藍: 'blue', 黄: 'yellow', 黃: 'yellow', 绿: 'green', 綠: 'green', 灰: 'grey', 黑: 'black', 白: 'white', 银: 'silver', 銀: 'silver', 粉: 'pink', 紫: 'purple', 橙: 'orange', 棕: 'brown', 褐: 'brown', 米: 'beige', 金: 'gold' };
// 金 is a name word far more often than a colour (金沙, 金龙): a colour only as a roof's or said with 色 (金顶, 金色).
// A sign's colour (黄招牌) is the place's, as a yellow sign is in English, and so is its lights' (紫灯赌场, the purple-lit casino).
const HAN_COLOURS = /([红紅蓝藍黄黃绿綠灰黑白银銀粉紫橙棕褐米]+|金(?=[色顶頂]))(?:色|楼|樓|(顶|頂|屋顶|屋頂)|墙|牆|房|招牌|牌子|灯|燈)/gu;
// ស្វាយ is purple and a mango (and Svay Rieng): purple only right after a wall, a roof, a building or a gate.
const KHMER_PURPLE = /(ជញ្ជាំង|ដំបូល|អគារ|អាគារ|របង|ទ្វារ)ស្វាយ(?!រៀង)/gu;

// A one-word term written as two ("check point", "ware-house", "guest houses", "sky scraper"), each part of three
// letters or more, is closed up in place: the space moves after it, so the text keeps its length. Not two words
// that make a term by chance but say something else: "a man goes", "round about 300 m".
const LATIN_WORD = /(?<![\p{L}\p{M}])\p{L}{3,}(?![\p{L}\p{M}])/gu;
const NOT_OPEN_COMPOUNDS: ReadonlySet<string> = new Set(['man goes', 'round about']);
// A term of one word as the lists spell it: not one of several written together ("new buildings" stay two words).
const WITHOUT_ENDING = new RegExp(`(?:${LATIN_ENDINGS})$`, 'u');
const isOneWordTerm = (word: string) => [word, word.replace(WITHOUT_ENDING, '')].some((form) => isLatin(form) && TERM_CONCEPT.has(form) && !CLOSED_TERMS.has(form));
function withOpenCompoundsClosed(text: string): string {
  const words = [...text.matchAll(LATIN_WORD)];
  let closed = text;
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i]!, words[i + 1]!];
    if (second.index !== first.index + first[0].length + 1 || text[first.index + first[0].length] !== ' ') continue;
    const pair = `${first[0]} ${second[0]}`;
    if (TERM_CONCEPT.has(pair) || NOT_OPEN_COMPOUNDS.has(pair) || !isOneWordTerm(`${first[0]}${second[0]}`)) continue;
    closed = `${closed.slice(0, first.index)}${first[0]}${second[0]} ${closed.slice(second.index + second[0].length)}`;
    i++;
  }
  return closed;
}

/** NFC, lower case, ASCII digits, no zero-width characters, hyphens between letters as spaces, open compounds closed. */
function clean(text: string): string {
  return withOpenCompoundsClosed(
    unhyphenated(
      asciiDigits(text.normalize('NFC'))
        .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
        .toLowerCase(),
    ),
  );
}

// ---- Numbers ---------------------------------------------------------------------------

const HAN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 七 -> 7, 十二 -> 12, 二十 -> 20, 三十五 -> 35, 一百二十 -> 120, 一千 -> 1000, 三万五 -> 35000. */
export function hanNumber(text: string): number | null {
  if (!/^[零〇一二两兩三四五六七八九十百千万萬]+$/u.test(text)) return null;
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let digit = 0;
  let unit = 0;
  let zero = false;
  for (const char of text) {
    zero ||= char === '零' || char === '〇';
    if (char === '万' || char === '萬') {
      total = (total + digit || 1) * 10_000;
      digit = 0;
      unit = 10_000;
      zero = false;
    } else if (units[char]) {
      total += (digit || 1) * units[char];
      digit = 0;
      unit = units[char];
      zero = false;
    } else digit = HAN_DIGITS[char] ?? 0;
  }
  // A last digit right after a unit of a hundred or more counts the next unit down: 三万五 is 35,000,
  // 一千二 1,200, 三百五 350; after 零 it is units (一百零五 105).
  return total + (unit >= 100 && !zero ? digit * (unit / 10) : digit);
}

/** Number words of the resident languages, 1-20 where the language has them. */
const NUMBER_WORDS: ReadonlyArray<readonly [number, string]> = [
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((word, i) => [i + 1, word] as const),
  ...['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'].map((word, i) => [i + 1, word] as const),
  ...['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'].map((word, i) => [i + 1, word] as const),
  ...['មួយ', 'ពីរ', 'បី', 'បួន', 'ប្រាំ', 'ប្រាំមួយ', 'ប្រាំពីរ', 'ប្រាំបី', 'ប្រាំបួន', 'ដប់'].map((word, i) => [i + 1, word] as const),
  ...['หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า', 'สิบ'].map((word, i) => [i + 1, word] as const),
  ...['တစ်', 'နှစ်', 'သုံး', 'လေး', 'ငါး', 'ခြောက်', 'ခုနစ်', 'ရှစ်', 'ကိုး', 'ဆယ်'].map((word, i) => [i + 1, word] as const),
  ...['일', '이', '삼', '사', '오', '육', '칠', '팔', '구', '십'].map((word, i) => [i + 1, word] as const),
  ...['한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'].map((word, i) => [i + 1, word] as const),
];
// Longest first, so "ប្រាំពីរ" (7) is read before "ប្រាំ" (5).
const NUMBER_WORD_LIST = [...NUMBER_WORDS].sort((a, b) => b[1].length - a[1].length);
const NUMBER_VALUE = new Map(NUMBER_WORDS.map(([value, word]) => [word, value]));
const NUMBER_ALT = NUMBER_WORD_LIST.map(([, word]) => escape(word)).join('|');

// Indonesian chat shortens lantai to lt ("gdg ijo 6 lt": a green building of 6 floors).
// English notes shorten floors to fl or flr ("Poipet, red sign, 9 fl").
// Not a word for "floor number" before its number (ជាន់ទី៥, ชั้นที่ ๕, lantai ke-5): អគារលេខ៣ ជាន់ទី៥ is building 3, 5th floor,
// not three floors; ตึก ๕ ชั้นที่มี… ("five floors, which have…") is still five.
const FLOOR_AFTER = '(?:-|\\s)?(?:floors?|chan|storeys?|storeyed|storied|stories|story|levels?|fl(?:r|s)?\\.?(?!\\p{L})|tầng|tang|lantai(?!\\s*ke-?\\s*\\d)|lt(?!\\p{L})|ชั้น(?!\\s*ที่\\s*\\d)|층|ထပ်(?!မြောက်(?!ဘက်|ဖက်))|ជាន់(?!\\s*ទី\\s*\\d)|层|層)';
/** "7 floors", "seven-storey", "7 tầng", "7 lantai", "ตึก 7 ชั้น", "7층", "၇ထပ်", "អគារ៧ជាន់", "七层", "十二楼". */
// Not "which floor": Thai ที่ / Khmer ទី / Vietnamese thứ before the number, Korean 에 ("on") after it.
const FLOORS = new RegExp(`(?<![\\p{Script=Latin}\\d]|(?:ที่|ទី|thứ)\\s*)(\\d{1,2}|${NUMBER_ALT})\\s*${FLOOR_AFTER}(?!\\s*에)`, 'giu');
/**
 * A count over ten spelt in words before a floor word (이십오층, 25; สิบสองชั้น, 12; ដប់ពីរជាន់, 12; ဆယ့်နှစ်ထပ်, 12), as digits:
 * the number words above go to ten, so 이십오층 was read 오층, five floors, and 십이층 two.
 */
const spelledTens = (() => {
  // Each language's tens, and the script its units are read from among NUMBER_WORDS (Thai เอ็ด is the one after a ten).
  const languages: readonly (readonly [RegExp, string, readonly string[]])[] = [
    [/\p{Script=Hangul}/u, '층', ['십', '이십', '삼십', '사십', '오십']],
    [/\p{Script=Thai}/u, 'ชั้น', ['สิบ', 'ยี่สิบ', 'สามสิบ', 'สี่สิบ', 'ห้าสิบ']],
    [/\p{Script=Khmer}/u, 'ជាន់', ['ដប់', 'ម្ភៃ', 'សាមសិប', 'សែសិប', 'ហាសិប']],
    [/\p{Script=Myanmar}/u, 'ထပ်', ['ဆယ့်|ဆယ်', 'နှစ်ဆယ့်|နှစ်ဆယ်', 'သုံးဆယ့်|သုံးဆယ်', 'လေးဆယ့်|လေးဆယ်', 'ငါးဆယ့်|ငါးဆယ်']],
  ];
  const value = new Map<string, number>([['เอ็ด', 1]]);
  const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length).join('|');
  const patterns = languages.map(([script, floor, tens]) => {
    const units = NUMBER_WORD_LIST.filter(([number, word]) => number < 10 && script.test(word)).map(([, word]) => word);
    units.forEach((word) => value.set(word, NUMBER_VALUE.get(word)!));
    tens.forEach((spellings, i) => spellings.split('|').forEach((word) => value.set(word, (i + 1) * 10)));
    const unitWords = script.test('เอ็ด') ? [...units, 'เอ็ด'] : units;
    return new RegExp(`(${byLength(tens.flatMap((spellings) => spellings.split('|')))})(${byLength(unitWords)})?(?=\\s*${floor})`, 'gu');
  });
  return (text: string) => patterns.reduce((out, pattern) => out.replace(pattern, (_, ten: string, unit?: string) => String(value.get(ten)! + (unit ? value.get(unit)! : 0))), text);
})();

// Khmer glues a number to the word it counts: in "អគារ៣ ជាន់៧" (3 buildings, 7 floors) the 3 is the
// buildings' and the 7 after ជាន់ the floors'.
const KHMER_FLOOR_NUMBER = /(?<=\p{Script=Khmer})(\d{1,2})\s*ជាន់(\d{1,2})(?![\d\s]*ខ្នង)/gu;
// 层 is a count (七层, "seven storeys"); 楼 is usually which floor (五楼, "the 5th floor").
const FLOORS_HAN = /([零〇一二两兩三四五六七八九十]+)(?:层|層)/gu;
// But a tip that gives no 层 says a building's height as N楼 right after its colour or the building (黄色六楼, 紫色那栋 八楼:
// the six-storey yellow one), not after where someone is (在六楼, 关在六楼, 第六楼), nor alone (西港蓝鹭 五楼: which floor).
const STOREYS_HAN_LOU = /(?<!(?:在|住|到|上|去|从|從|第|回|进|進)\s*)(?<=(?:色|色的|栋|棟)\s*)([零〇一二两兩三四五六七八九十]+|\d{1,2})\s*(?:楼|樓)(?![上下里裡顶頂层層房梯道])/gu;
/**
 * "Road 4", "National Road 48", "NR4", "ផ្លូវជាតិលេខ៤", "4号公路", "quốc lộ 1", "quoc lo 1", "jalan 5", "48번 국도", "ทางหลวงหมายเลข 48".
 * Not "road 4 km from the market", a distance; but "NR4 km 212" is road 4 at its km post 212.
 */
const ROAD_BEFORE = /(?:national\s+road|national\s+highway|highway|road|route|street|st\.?|nr|rn|nh|quốc\s*lộ|quoc\s*lo|đường\s*số|duong\s*so|đường|jalan\s+nasional|jalan|jl\.?|ทางหลวง(?:หมายเลข)?|ถนน(?:หมายเลข)?|ផ្លូវជាតិលេខ|ផ្លូវលេខ|ផ្លូវ|国道|公路|လမ်းမကြီး|လမ်းမ|လမ်း|도로)\s*(?:no\.?|number|#|lek|លេខ|หมายเลข|số)?\s*(\d{1,4})(?!\d|\s*(?:m|km|metres?|meters?|minutes?|mins?|mét|meter)\b(?!\s*\d))/giu;
/**
 * How many buildings: "4 buildings", "two tall blocks", "2 gedung", "2 tòa nhà", "๔ หลัง", "ตึก 4 หลัง",
 * "២ខ្នង", "ពីរខ្នង", "两栋", "五栋楼", "3座楼", "4개 동", "건물 3채", "၄ လုံး". A compound's block count is
 * seen from outside by everyone, like its floors. Korean "3동" alone is building number 3, not a count. Not หลังคา
 * after a number, a roof ("เลข ๑๖ หลังคาสังกะสี": number 16, a tin roof).
 */
const BUILDINGS_AFTER = '(?:\\s+(?:(?!(?:floors?|storeys?|storeyed|storied|stories|story|levels?|lantai|lt|tầng|tang|lầu|lau)\\s)[\\p{Script=Latin}-]+\\s+){0,2}?(?:buildings|bldgs|blocks|towers|tower|warehouses|sheds|factories|villas|gedung|bangunan|blok|menara|gudang)\\b|\\s*(?:tòa|toà|toa(?!\\p{L})|dãy|khối)(?:\\s+(?:nhà|nha(?!\\p{L})))?|\\s*(?:căn\\s+)?(?:biệt\\s+thự|biet\\s+thu)(?!\\p{L})|\\s*(?:nhà\\s+kho|nha\\s+kho|kho|nhà\\s+xưởng|xưởng)(?!\\p{L})|\\s*(?:หลัง(?!คา)|อาคาร|ตึก)|\\s*ខ្នង|\\s*(?:개\\s*동|채|개의?\\s*건물)|\\s*(?:လုံး|ဆောင်))';
// A number right after a floor word is which floor, whatever follows: "tầng 7 toà giữa" is
// "the 7th floor of the middle block", "ชั้น 7 อาคาร B" the 7th floor of building B.
const AFTER_FLOOR_WORD = '(?<!(?:tầng|lầu|floor|lantai|lt|ชั้น|ជាន់|층|ထပ်)\\s*(?:thứ|ที่|ទី|ke-?)?\\s*)';
const BUILDINGS = new RegExp(`(?<![\\p{Script=Latin}\\d])${AFTER_FLOOR_WORD}(\\d{1,2}|${NUMBER_ALT})${BUILDINGS_AFTER}`, 'giu');
const BUILDINGS_BEFORE = /(?:건물|빌라|창고|ตึก|อาคาร|วิลล่า|โกดัง|အဆောက်အအုံ)\s*(\d{1,2})\s*(?:채|개|동|หลัง(?!คา)|လုံး)/gu;
// 第七栋 (and 在七栋, "in block seven") is building number seven, not seven buildings.
const BUILDINGS_HAN = /(?<!(?:第|在|住|关在|關在)\s*[零〇一二两兩三四五六七八九十\d]*)([零〇一二两兩三四五六七八九十]+|\d{1,2})\s*(?:栋|棟|幢|座|(?:个|個|间|間)\s*(?:仓库|倉庫|库房|庫房|厂房|廠房|工厂|工廠|大楼|大樓|楼|樓))/gu;
// Khmer counts after the noun: ឃ្លាំង៣ (three warehouses), រោងដំបូលខៀវ២ (two blue-roofed sheds); not ឃ្លាំងលេខ៣ (warehouse number 3).
const BUILDINGS_KHMER = /(?:ឃ្លាំង|រោង|វីឡា)(?:(?!លេខ|ទី)[\p{Script=Khmer}\p{M}]){0,12}?(\d{1,2})(?=[\s,.។]|ជាប់គ្នា|$)/gu;
// One building said to be alone ("only one tower", តែមួយខ្នង, 独栋, ตึกเดียว, 건물 하나뿐): a count, against the neighbour's
// three blocks. Not "one building" or 一栋 alone, which are how a tip says "a building".
const SINGLE_BUILDING =
  /(?:\b(?:only one|just one|a single|one single|single|hanya satu|cuma satu|satu-satunya|chỉ có một|chỉ một|chi co mot|chi mot)\s+(?:[\p{L}\p{M}\d-]+\s+){0,2}?(?:tower|building|block|bldg|gedung|menara|tòa|toà|toa)(?![\p{L}\p{M}])|\b(?:tower|gedung|menara)\s+tunggal\b|តែមួយខ្នង|(?:អគារ|វីឡា|ផ្ទះ|ឃ្លាំង)តែមួយ|单栋|單棟|独栋|獨棟|只有一栋|只有一棟|就一栋|ตึกเดียว|หลังเดียว|อาคารเดียว|건물 하나뿐|단독 건물|한 동짜리|တစ်လုံးတည်း)/gu;
// Korean counts blocks with its own numerals and 동 ("건물 네 동", four buildings); a digit before 동 is which block (3동),
// unless 짜리 ("-sized") or 단지 (estate) follows: "6동짜리 단지", "6동 단지" are a six-block estate.
const BUILDINGS_KOREAN = /(?<![\p{L}])(두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d{1,2})\s*동(?=\s*(?:짜리|단지))|(?<![\p{L}])(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*동(?!네|안|쪽|남|북|서|부|생|물|포|창|료)/gu;
/** Concept id of a building count (in `concepts`, beside the words: the features keep their shape). */
export const buildingsConcept = (count: number) => `buildings:${count}`;
export const buildingCount = (id: string): number | null => (id.startsWith('buildings:') ? Number(id.slice(10)) : null);

/**
 * Which building: "building 7", "block no. 3", "gedung Starbay nomor tujuh", "tòa số 7", "ตึก ๗",
 * "ตึกเจ็ด", "อาคารหมายเลข 3", "អគារលេខ 7", "អគារទី៧", "အဆောက်အဦ ၇", "7号楼", "第七栋", "7동". Compounds
 * number their blocks and residents name a block by its number; two numbers at one compound are two
 * blocks. Not a count ("ตึก 7 ชั้น", "ตึก 4 หลัง", "building 20 people"), and a number word only from
 * two on: "ตึกหนึ่ง", "អគារមួយ" are "a building".
 */
const NOT_COUNTED = '(?!\\d|\\s*(?:-|\\s)?(?:floors?|storeys?|storeyed|storied|stories|stor(?:e)?y|levels?|tầng|tang|lantai|lt(?!\\p{L})|ชั้น|หลัง|คน|เมตร|นาที|people|persons|men|women|workers|orang|người|m(?!\\p{L})|km|minutes?|mins?|buildings?|blocks?|towers?|gedung|tòa|toà|ជាន់(?!\\s*ទី\\s*\\d)|ខ្នង|នាក់|ម៉ែត្រ|ထပ်|လုံး|ယောက်|ဆောင်))';
const LATIN_BUILDING_NO = new RegExp(`(?<!\\p{L})(?:building|bldg|block|tower|gedung|blok|menara|tòa nhà|toà nhà|toa nha|tòa|toà)\\s*(?:(?:\\p{Script=Latin}+\\s+)?(?:no\\.?|number|nomor|nr\\.?|số|so(?=\\s*\\d)|#)\\s*)?(\\d{1,2}|${NUMBER_ALT})(?!\\p{L})${NOT_COUNTED}`, 'giu');
const THAI_BUILDING_NO = new RegExp(`(?:ตึก|อาคาร)\\s*(?:ที่|หมายเลข|เบอร์)?\\s*(\\d{1,2}|${NUMBER_ALT})${NOT_COUNTED}`, 'gu');
const KHMER_BUILDING_NO = new RegExp(`(?:អគារ|អាគារ)\\s*(?:លេខ|ទី)\\s*(\\d{1,2}|${NUMBER_ALT})${NOT_COUNTED}`, 'gu');
const BURMESE_BUILDING_NO = new RegExp(`(?:အဆောက်အဦ|အဆောက်အအုံ|တိုက်)\\s*(?:အမှတ်)?\\s*(\\d{1,2})${NOT_COUNTED}`, 'gu');
// 在五栋, 住三栋: "in block five", as 第五栋 is.
const HAN_BUILDING_NO = /(?:(?:第|在|住|关在|關在)\s*([零〇一二两兩三四五六七八九十]+|\d{1,2})\s*(?:栋|棟|座|幢)|(\d{1,2}|[一二三四五六七八九十]+)\s*(?:号|號)\s*(?:楼|樓|栋|棟|大楼|大樓))/gu;
// "6동짜리", "6동 단지" are six blocks ("a six-block one", "a six-block estate"), a count.
const KOREAN_BUILDING_NO = /(?<!\d)(\d{1,2})\s*(?:번\s*)?(?:동(?![안쪽남북서]|\s*(?:짜리|단지))|번\s*건물)/gu;
/** Concept id of a building's number (in `concepts`, as the counts are). */
export const buildingNumberConcept = (value: number) => `building_no:${value}`;
export const buildingNumber = (id: string): number | null => (id.startsWith('building_no:') ? Number(id.slice(12)) : null);

const VIET_NUMBER = /^(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)$/u;

function buildingNumbers(lower: string, concepts: Set<string>) {
  const add = (raw: string | undefined) => {
    if (!raw) return;
    const word = !/^\d+$/.test(raw);
    const value = word ? (NUMBER_VALUE.get(raw) ?? hanNumber(raw) ?? 0) : Number(raw);
    if (value >= (word ? 2 : 1) && value <= 99) concepts.add(buildingNumberConcept(value));
  };
  for (const pattern of [LATIN_BUILDING_NO, THAI_BUILDING_NO, KHMER_BUILDING_NO, BURMESE_BUILDING_NO, KOREAN_BUILDING_NO]) {
    for (const match of lower.matchAll(pattern)) {
      // Korean syllables are number words only in Korean counting ("이" is also "this"): digits there.
      if (pattern !== LATIN_BUILDING_NO && /^[\p{Script=Hangul}]+$/u.test(match[1]!)) continue;
      // Vietnamese number words are other words too ("năm" a year, "ba" a father): digits after tòa.
      if (VIET_NUMBER.test(match[1]!)) continue;
      add(match[1]);
    }
  }
  for (const match of lower.matchAll(HAN_BUILDING_NO)) add(match[1] ?? match[2]);
}

/**
 * Which phase of a housing estate: "Hong Fu phase 2", giai đoạn 2, tahap 2, เฟส 2, ដំណាក់កាលទី២, 二期, 2단지, အဆင့် ၂. A borey
 * is built and let phase by phase, and two phases of one borey are two places, as two blocks of one compound are.
 */
const PHASE =
  /(?<!\p{L})(?:phase|giai đoạn|giai doan|tahap|fase)\s*(\d{1,2})(?!\d)|(?:เฟส|ដំណាក់កាល(?:ទី)?|အဆင့်)\s*(\d{1,2})(?!\d)|(\d{1,2}|[一二三四五六七八九十]+)\s*期|(?<!\d)(\d{1,2})\s*단지/giu;
/** Concept id of an estate's phase ("phase:2"). */
export const phaseConcept = (value: number) => `phase:${value}`;

function phases(lower: string, concepts: Set<string>) {
  for (const match of lower.matchAll(PHASE)) {
    const raw = match.slice(1).find((group) => group !== undefined)!;
    const value = /^\d+$/.test(raw) ? Number(raw) : (hanNumber(raw) ?? 0);
    if (value >= 1 && value <= 20) concepts.add(phaseConcept(value));
  }
}

/**
 * Which floors of a building a tip is about, as against how many it has: "floors 7-9", "on the 3rd floor", "lantai 15 dan
 * 16", "tầng 8", "ชั้น ๔", ជាន់ទី៧ដល់ទី៩, "ជាន់ ៥-៨", 七楼到九楼, 十五、十六楼, 第六层, 在17楼, "7층에", "3층~6층", "အထပ် ၇", "၅ ထပ်မြောက်". Two groups on other
 * floors of one tower are two compounds. The ground floor is left out: "一楼是中餐馆" (a restaurant downstairs) describes
 * the building, not where anyone is.
 */
const ORDINAL_WORDS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINAL_VALUE = new Map(ORDINAL_WORDS.map((word, i) => [word, i + 2]));
const ORDINAL = `(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')})`;
const HAN_LEVEL_NUMBER = '([零〇一二两兩三四五六七八九十]{1,3}|\\d{1,2})';
const LEVEL_PATTERNS: readonly RegExp[] = [
  // A floor word, then which: not a count of buildings after it ("22 tầng 3 tòa": 22 floors, 3 blocks).
  /(?<![\p{L}\p{M}])(?:floors?|levels?|lantai(?:\s+ke-?)?|lt\.?|tầng(?:\s+thứ)?|tang|lầu)\s*(\d{1,2})(?:\s*(?:-|–|~|to|and|&|,|dan|s\/d|sampai|đến|den|và|va)\s*(?:floors?\s*|lantai\s*|tầng\s*)?(\d{1,2}))?(?![\d\p{L}])(?!\s*(?:tòa|toà|toa|dãy|khối|căn|buildings?|blocks?|gedung|towers?)(?![\p{L}\p{M}]))/gu,
  new RegExp(`(?<![\\p{L}\\p{M}])(?:${ORDINAL})(?:\\s*(?:-|–|to|and|&|,)\\s*(?:${ORDINAL}))?\\s+floors?(?![\\p{L}])`, 'gu'),
  /ชั้น\s*(?:ที่\s*)?(\d{1,2})(?:\s*(?:-|ถึง|และ|กับ|,)\s*(?:ชั้น\s*)?(?:ที่\s*)?(\d{1,2}))?(?!\d|\s*หลัง)/gu,
  /ជាន់\s*ទី\s*(\d{1,2})(?:\s*(?:ដល់|-|និង|,)\s*(?:ជាន់\s*)?(?:ទី\s*)?(\d{1,2}))?|ជាន់\s*(\d{1,2})\s*(?:-|ដល់)\s*(\d{1,2})/gu,
  new RegExp(`第\\s*${HAN_LEVEL_NUMBER}\\s*(?:层|層|楼|樓)|(?:在|住|关在|關在|到|去)\\s*${HAN_LEVEL_NUMBER}\\s*(?:楼|樓|层|層)|(?<!(?:色|色的|栋|棟|号|號|第|在|住|到|去)\\s*)${HAN_LEVEL_NUMBER}\\s*(?:(?:楼|樓)\\s*)?(?:到|至|-|~|、|，|,|和|跟)\\s*${HAN_LEVEL_NUMBER}\\s*(?:楼|樓)(?![下里裡顶頂层層房梯道])|(?<!(?:色|色的|栋|棟|号|號|第|在|住|到|去|\\d|[零〇一二两兩三四五六七八九十])\\s*)${HAN_LEVEL_NUMBER}\\s*(?:楼|樓)(?![下里裡顶頂层層房梯道]|上(?!以))`, 'gu'),
  /(\d{1,2})\s*층\s*(?:에서|에)|(\d{1,2})\s*(?:층)?\s*(?:~|-|부터)\s*(\d{1,2})\s*층/gu,
  /အထပ်\s*(\d{1,2})(?!\d|\s*ထပ်)/gu,
  // "၅ ထပ်မြောက်": the fifth floor, an ordinal; not မြောက်ဘက်, the north side.
  /(\d{1,2})\s*ထပ်မြောက်(?!ဘက်|ဖက်)/gu,
];
/**
 * A tip that says where its pin is rather than its place ("pin is my house, the dock is 300 m east", "I pinned the
 * pharmacy", ពិនគឺផ្ទះខ្ញុំ, ปักหมุดที่ร้าน, 제 핀은 일하는 식당, ghim vị trí từ nhà tôi, pin saya kira-kira): its pin is put
 * roughly, often 0.5-1.5 km off. In `concepts`. Not a bank card's PIN, nor ពិនិត្យ ("check") or ពិន្ទុ ("score"), nor
 * Chinese 定位 ("location"), which is as often the live location a person held sends from inside.
 */
export const PIN_ELSEWHERE = 'pin:elsewhere';
const PIN_REMARK =
  /(?<![\p{L}])(?:pinned|pinning|(?:my|the|this)\s+pin(?!\s*(?:code|number|no))|pin\s+(?:is|at|on|from|saya|là|la|di|ở|o)|ghim)(?![\p{L}])|ពិន(?![\u17b6-\u17d3])|ปักหมุด|หมุด|标的位置|标在|핀(?:은|을|이|\s*위치)|ပင်ထိုး/iu;

/**
 * A tip that says its place changed its name or its sign ("the old Hai Feng, new sign Xing Hui", 以前叫金贝现在叫蓝海,
 * ពីមុនឈ្មោះ…, ชื่อเดิม…, 예전 이름…, အရင်နာမည်…): its two names are one place's, so a tip giving either is about it
 * (find-duplicates `renamedBy`). In `concepts`.
 */
export const RENAMED = 'name:changed';
const RENAME_REMARK = new RegExp(
  [
    '(?<![\\p{L}])(?:formerly|used to be(?: called| named)?|was called|old name|new name|renamed|now called|now named|reopened as|new sign|sign(?:board)? now says|dulu(?:nya)?(?: namanya| bernama)?|nama (?:baru|lama)|ganti nama|tên cũ|tên mới|đổi tên|trước (?:đây )?(?:là|tên)|giờ đổi)(?![\\p{L}])',
    '以前叫|原来叫|原來叫|原名|改名|更名|换成|換成|改成|换了牌子|換了牌子|新招牌|新牌子|旧名|舊名',
    'ពីមុន|ឈ្មោះចាស់|ឈ្មោះថ្មី|ប្[ដត]ូរឈ្មោះ|ប្[ដត]ូរស្លាក|ស្លាកថ្មី',
    'เดิมชื่อ|ชื่อเดิม|ชื่อเก่า|ชื่อใหม่|เปลี่ยนชื่อ|ป้ายใหม่|เปลี่ยนป้าย',
    '예전|옛날 이름|이전 이름|새 이름|이름을 바꾼|이름 바뀜|간판을 바꾼|간판 바뀜|새 간판',
    'အရင်က|အရင်နာမည်|နာမည်သစ်|နာမည်ဟောင်း|နာမည်ပြောင်း|ဆိုင်းဘုတ်အသစ်',
  ].join('|'),
  'iu',
);

/** A tip whose floor numbers may be which floor as well as how many ("၉ ထပ်မှာ", "9층 아직 있어요"): in `concepts`. */
export const FLOORS_OR_LEVEL = 'floors:or-level';
/** A Korean verb of being somewhere after N층 ("9층 아직 있어요": still on the 9th floor; 9층 갇혀 있어요, held on the 9th). */
const KOREAN_BEING_AT = /^\s*(?:아직|지금|있|계|살|머물|갇|감금|잡혀)/u;
/** Concept id of a floor a tip is about ("level:7"). */
export const levelConcept = (value: number) => `level:${value}`;
export const floorLevel = (id: string): number | null => (id.startsWith('level:') ? Number(id.slice(6)) : null);

function levels(lower: string, concepts: Set<string>) {
  const value = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : (ORDINAL_VALUE.get(raw) ?? hanNumber(raw) ?? 0));
  for (const pattern of LEVEL_PATTERNS) {
    for (const match of lower.matchAll(pattern)) {
      const [first, last] = match.slice(1).filter((group) => group !== undefined).map(value);
      if (first === undefined) continue;
      const range = last !== undefined && last > first && last - first <= 30 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [first, ...(last === undefined ? [] : [last])];
      for (const level of range) if (level >= 2 && level <= 80) concepts.add(levelConcept(level));
    }
  }
}

/**
 * A kilometre post on a national road ("NR4 km 9", "quốc lộ 4 km 212", "cây số 25", ផ្លូវជាតិលេខ៤ គ.ម ៩, ถนน 5 กม.402,
 * 四号公路9公里, လမ်းမကြီး ၃ ကီလို ၂၅, 4번 국도 9km): how a place on the road out of town is found, as a building's
 * number is inside a compound. Only "km" before its number in Latin letters: "2 km past the pagoda" is a distance.
 */
const KM_POST =
  /(?<![\p{L}\d])(?:km\.?|cây số|cay so)\s*(\d{1,3})(?![\d.,]?\d)|(?:กม\.?|กิโลเมตรที่|กิโลที่|គ\.\s*ម\.?|គីឡូ(?:ម៉ែត្រ)?(?:ទី)?)\s*(\d{1,3})(?!\d)|(?:公路|国道|國道)\s*(\d{1,3}|[一二三四五六七八九十百]+)\s*公里|ကီလို(?:မီတာ)?\s*(\d{1,3})(?!\d)|(?:국도|도로)\s*(\d{1,3})\s*(?:km|킬로)/giu;
/** Concept id of a kilometre post ("km:212"). */
export const kmPostConcept = (value: number) => `km:${value}`;
export const kmPost = (id: string): number | null => (id.startsWith('km:') ? Number(id.slice(3)) : null);

function kmPosts(lower: string, concepts: Set<string>) {
  for (const match of lower.matchAll(KM_POST)) {
    const raw = match.slice(1).find((group) => group !== undefined)!;
    const value = /^\d+$/.test(raw) ? Number(raw) : (hanNumber(raw) ?? 0);
    if (value >= 1 && value <= 999) concepts.add(kmPostConcept(value));
  }
}

/**
 * Which side of the road or of a landmark the place is on: "right side of the rubber road", ខាងស្ដាំ, 右边, ขวามือ; "north of
 * the sluice gate", ខាងជើងទ្វារទឹក, 水闸北边. Two compounds on one road or at one landmark are told apart so, in every
 * language (decision 0167). Concept ids `side:left`, `side:right`, `dir:north`, ... (not weighed as shared concepts).
 */
const SIDES: ReadonlyArray<readonly [string, RegExp]> = [
  ['side:left', /(?<!\p{L})(?:(?:on|to) the left|left side|left-hand|left hand)(?!\p{L})|bên trái|phía trái|tay trái|(?:sebelah|sisi|di) kiri(?!\p{L})|ខាងឆ្វេង|ឆ្វេងដៃ|左边|左侧|左手边|左面|ซ้ายมือ|ด้านซ้าย|ฝั่งซ้าย|ทางซ้าย|왼쪽|좌측|ဘယ်ဘက်/u],
  ['side:right', /(?<!\p{L})(?:(?:on|to) the right|right side|right-hand|right hand)(?!\p{L})|bên phải|phía phải|tay phải|(?:sebelah|sisi|di) kanan(?!\p{L})|ខាងស្ដាំ|ខាងស្តាំ|ស្ដាំដៃ|ស្តាំដៃ|右边|右侧|右手边|右面|ขวามือ|ด้านขวา|ฝั่งขวา|ทางขวา|오른쪽|우측|ညာဘက်/u],
  ['dir:north', /(?<!\p{L})north(?:ern)? (?:of|side|end|bank|gate|part)(?!\p{L})|phía bắc|(?<!\p{L})(?:(?:sebelah|sisi|di) utara|utara (?:jalan|jln|jl)(?!\p{L}))|ខាងជើង|北边|北侧|北面|以北|ทิศเหนือ|ด้านเหนือ|ฝั่งเหนือ|북쪽|북측|မြောက်ဘက်/u],
  ['dir:south', /(?<!\p{L})south(?:ern)? (?:of|side|end|bank|gate|part)(?!\p{L})|phía nam|(?<!\p{L})(?:(?:sebelah|sisi|di) selatan|selatan (?:jalan|jln|jl)(?!\p{L}))|ខាងត្បូង|南边|南侧|南面|以南|ทิศใต้|ด้านใต้|ฝั่งใต้|남쪽|남측|တောင်ဘက်/u],
  ['dir:east', /(?<!\p{L})east(?:ern)? (?:of|side|end|bank|gate|part)(?!\p{L})|phía đông|(?<!\p{L})(?:(?:sebelah|sisi|di) timur|timur (?:jalan|jln|jl)(?!\p{L}))|ខាងកើត|东边|东侧|东面|以东|ทิศตะวันออก|ด้านตะวันออก|ฝั่งตะวันออก|동쪽|동측|အရှေ့ဘက်/u],
  ['dir:west', /(?<!\p{L})west(?:ern)? (?:of|side|end|bank|gate|part)(?!\p{L})|phía tây|(?<!\p{L})(?:(?:sebelah|sisi|di) barat|barat (?:jalan|jln|jl)(?!\p{L}))|ខាងលិច|西边|西侧|西面|以西|ทิศตะวันตก|ด้านตะวันตก|ฝั่งตะวันตก|서쪽|서측|အနောက်ဘက်/u],
];
const OPPOSITE: Readonly<Record<string, string>> = { 'side:left': 'side:right', 'side:right': 'side:left', 'dir:north': 'dir:south', 'dir:south': 'dir:north', 'dir:east': 'dir:west', 'dir:west': 'dir:east' };
/** Both tips give one side (left or right) or one direction, and they are opposite: two places (0167). */
export function oppositeSides(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const onlyOne = (concepts: ReadonlySet<string>, prefix: string) => {
    const given = [...concepts].filter((id) => id.startsWith(prefix));
    return given.length === 1 ? given[0]! : null;
  };
  return ['side:', 'dir:'].some((prefix) => {
    const mine = onlyOne(a, prefix);
    return mine !== null && OPPOSITE[mine] === onlyOne(b, prefix);
  });
}

const ROAD_AFTER = /(\d{1,4}|[一二三四五六七八九十百]+)\s*(?:号公路|號公路|号国道|号路|号大街|번\s*국도|번\s*도로|번길|번가)/gu;

/**
 * Name words written as one character inside a Chinese name (皇玉 "Royal Jade", 金莲湾 "Golden
 * Lotus Bay", 钻石港): a Chinese name is made of such morphemes, and a tip in another language
 * often translates them. Read only inside a name (lib/dedup/native-names.ts), never in running
 * text, where 海 or 日 mean sea and day.
 */
export const HAN_NAME_WORDS: Readonly<Record<string, string>> = {
  龙: 'dragon', 龍: 'dragon', 凤: 'phoenix', 鳳: 'phoenix', 珠: 'pearl', 钻: 'diamond', 鑽: 'diamond', 玉: 'emerald', 翠: 'emerald', 冠: 'crown',
  宫: 'palace', 宮: 'palace', 虎: 'tiger', 星: 'star', 日: 'sun', 月: 'moon', 莲: 'lotus', 蓮: 'lotus', 皇: 'royal', 帝: 'emperor', 鹰: 'eagle', 鷹: 'eagle', 洋: 'ocean', 竹: 'bamboo',  金: 'golden', 马: 'horse', 云: 'cloud', 雲: 'cloud', 豪: 'grand', 馬: 'horse', 吉: 'lucky', 海: 'sea', 湾: 'bay', 灣: 'bay', 狮: 'lion', 獅: 'lion', 福: 'fortune',
  // Hotels are named for their view (江景 "River View", 海景 "Sea View") and compounds for the sky and
  // colours (蓝天 "Blue Sky", 红星 "Red Star"): in a name, a colour is a word of the name, not the paint.
  江: 'river', 景: 'view', 天: 'sky', 蓝: 'blue', 藍: 'blue', 红: 'red', 紅: 'red', 白: 'white', 绿: 'green', 綠: 'green', 银: 'silver', 銀: 'silver',
  // The rest of the vocabulary (0157). Characters Chinese also spells foreign names with (达, 利, 安, 亚) are not name words.
  鲸: 'whale', 鯨: 'whale', 麟: 'unicorn', 麒: 'unicorn', 象: 'elephant', 鹅: 'swan', 鵝: 'swan', 晶: 'crystal', 宝: 'jewel', 寶: 'jewel',
  顶: 'peak', 頂: 'peak', 峰: 'peak', 泉: 'spring', 虹: 'rainbow', 玫: 'rose', 瑰: 'rose', 兰: 'orchid', 蘭: 'orchid', 梅: 'plum', 王: 'king',
  胜: 'victory', 勝: 'victory', 旺: 'prosperity', 盛: 'prosperity', 兴: 'prosperity', 興: 'prosperity', 隆: 'prosperity', 昌: 'prosperity',
  富: 'fortune', 财: 'fortune', 財: 'fortune', 祥: 'lucky', 城: 'city', 鸿: 'grand', 鴻: 'grand',
};

/**
 * The name words of a Chinese name, longest term first (钻石湾: 钻石 diamond, 湾 bay; 银河城: 银河 galaxy, 城 city),
 * each character a name word of its own where no longer term takes it; null for a character that is none.
 */
export function hanNameWords(name: string): (string | null)[] {
  const chars = [...name];
  const words: (string | null)[] = [];
  for (let at = 0; at < chars.length; ) {
    let length = Math.min(4, chars.length - at);
    while (length >= 2 && CONCEPTS.get(TERM_CONCEPT.get(chars.slice(at, at + length).join('')) ?? '')?.group !== 'name') length--;
    words.push(length >= 2 ? TERM_CONCEPT.get(chars.slice(at, at + length).join(''))! : (HAN_NAME_WORDS[chars[at]!] ?? null));
    at += Math.max(1, length);
  }
  return words;
}

/**
 * The same name words in Vietnamese, as the Hán-Việt syllables of a name written with its marks
 * (Kim Liên 金莲 "Golden Lotus", Cát Mã 吉马 "Lucky Horse", Hải Long 海龙). Read only inside such a
 * name (lib/dedup/text-features.ts): in running Vietnamese, "long" and "kim" are other words.
 */
export const VIET_NAME_WORDS: Readonly<Record<string, string>> = {
  kim: 'golden', liên: 'lotus', mã: 'horse', long: 'dragon', hải: 'sea', ngọc: 'emerald', hoàng: 'royal', phượng: 'phoenix', cát: 'lucky',
  tinh: 'star', nguyệt: 'moon', nhật: 'sun', hổ: 'tiger', sư: 'lion', châu: 'pearl', loan: 'bay', cung: 'palace', đế: 'emperor', phúc: 'fortune',
  ưng: 'eagle', dương: 'ocean', phụng: 'phoenix',
  // Native words name places too: Rồng Bạc is "Silver Dragon" (銀龍), Rồng Vàng "Golden Dragon".
  rồng: 'dragon', bạc: 'silver', vàng: 'golden',
  // The rest of the vocabulary (0157): the Hán-Việt readings of the characters above.
  thiên: 'sky', vân: 'cloud', vương: 'king', thắng: 'victory', thịnh: 'prosperity', hưng: 'prosperity', vượng: 'prosperity', phát: 'prosperity',
  phú: 'fortune', tài: 'fortune', bảo: 'jewel', tuyền: 'spring', đỉnh: 'peak', kình: 'whale', lân: 'unicorn', tượng: 'elephant', ngân: 'silver',
};

/**
 * Name words that, shared alone, do not make two names one translated name: Golden Dragon and
 * Golden Phoenix, Royal Crown and Royal Palace, 金帆 and 金时代 share them and are other places.
 */
export const LEAD_NAME_WORDS: ReadonlySet<string> = new Set([
  'golden', 'royal', 'grand', 'lucky', 'star', 'sun', 'sea', 'bay', 'garden', 'plaza', 'park', 'city', 'fortune', 'sky',
  // Words that open or close names of every kind (0157): New World / Golden World, 兴旺 / 旺角, King's Crown / King Palace.
  'world', 'international', 'holiday', 'view', 'prosperity', 'jewel', 'king', 'era',
]);

/**
 * The names of the Latin letters as Khmer, Thai, Korean and Burmese write them: a compound known by its initials
 * ("KB") is written ខេប៊ី, เคบี, 케이비, ကေဘီ by a tipster who spells what the sign says (0157).
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'អេ|เอ|에이|အေ', b: 'ប៊ី|บี|비|ဘီ', c: 'ស៊ី|ซี|씨|စီ', d: 'ឌី|ดี|디|ဒီ', e: 'អ៊ី|อี|이|အီး', f: 'អេហ្វ|เอฟ|에프|အက်ဖ်',
  g: 'ជី|จี|지|ဂျီ', h: 'អេច|เอช|เอชท์|에이치|အိတ်ချ်', i: 'អាយ|ไอ|아이|အိုင်', j: 'ជេ|เจ|제이|ဂျေ', k: 'ខេ|เค|케이|ကေ',
  l: 'អែល|អេល|แอล|엘|အယ်လ်', m: 'អេម|អិម|เอ็ม|엠|အမ်', n: 'អេន|អិន|เอ็น|엔|အန်', o: 'អូ|โอ|오|အို', p: 'ភី|พี|피|ပီ',
  q: 'ឃ្យូ|គីវ|คิว|큐|ကျူ', r: 'អា|អារ|อาร์|알|아르|အာ', s: 'អេស|เอส|에스|အက်စ်', t: 'ធី|ที|티|တီ', u: 'យូ|ยู|유|ယူ',
  v: 'វី|วี|브이|ဗွီ', w: 'ដាប់ប៊លយូ|ดับเบิลยู|ดับบลิว|더블유|ဒဗလျူ', x: 'អ៊ិច|អិច|เอ็กซ์|엑스|အိတ်ဇ်', y: 'វ៉ាយ|วาย|와이|ဝိုင်', z: 'ហ្សេដ|แซด|제트|ဇက်',
};
const LETTER_OF = new Map(Object.entries(LETTER_NAMES).flatMap(([letter, spellings]) => spellings.split('|').map((spelling) => [spelling, letter] as const)));
const LETTER_SPELLINGS = [...LETTER_OF.keys()].sort(byLength);
/** Initials spelt in letters that tips write as words of their own, not names (ทีวี "TV", โอเค "OK", ไอที "IT", អេធីអឹម "ATM", ABA the bank). */
const COMMON_INITIALS: ReadonlySet<string> = new Set(['tv', 'tb', 'ok', 'pc', 'dj', 'cc', 'id', 'it', 'ceo', 'atm', 'gps', 'sms', 'vip', 'usd', 'sim', 'hr', 'qr', 'aba', 'ktv', 'dna']);

/**
 * The Latin initials a Khmer, Thai, Korean or Burmese word spells letter by letter (ខេប៊ី "kb", 케이비 "kb"),
 * two to four different letters, or null. The whole word must be letter names; in Korean one of them of two
 * syllables (케이, 에스), for Korean words are made of the one-syllable ones (이유 "reason", 유지 "upkeep").
 */
export function speltInitials(word: string): string | null {
  const read = (rest: string, spellings: readonly string[]): readonly string[] | null => {
    if (rest === '') return spellings.length >= 2 ? spellings : null;
    if (spellings.length >= 4) return null;
    for (const spelling of LETTER_SPELLINGS) {
      const found = rest.startsWith(spelling) ? read(rest.slice(spelling.length), [...spellings, spelling]) : null;
      if (found) return found;
    }
    return null;
  };
  const spellings = read(word.normalize('NFC'), []);
  if (!spellings || (/\p{Script=Hangul}/u.test(word) && spellings.every((spelling) => spelling.length < 2))) return null;
  const initials = spellings.map((spelling) => LETTER_OF.get(spelling)!).join('');
  return !COMMON_INITIALS.has(initials) && new Set(initials).size > 1 ? initials : null;
}

/**
 * Name words one language says with one word where English has two: 海 and hải are "sea" and
 * "ocean" alike (海冠 is written "Ocean Crown" as often as "Sea Crown"). Compared as the first.
 */
const SAME_NAME_WORD: Readonly<Record<string, string>> = { ocean: 'sea' };
export const sameNameWord = (id: string) => SAME_NAME_WORD[id] ?? id;

export interface ConceptFeatures {
  /** Concept ids found. */
  concepts: ReadonlySet<string>;
  /** Floor counts said ("7 floors", "七层"). */
  floors: ReadonlySet<number>;
  /** Road and street numbers. */
  roads: ReadonlySet<number>;
}

/**
 * A colour right after "next to", "near", "opposite" is the neighbour's ("next to the orange
 * compound", "ถัดจากคอมพาวด์สีส้ม", "ក្បែរអគារពណ៌ខៀវ"), not the colour of the place the tip is
 * about. Latin: up to three words between, not past Indonesian "ada" ("dekat jembatan ada gudang coklat": near the bridge
 * is a brown warehouse, the tip's; "yang ada", which has, is the landmark's); Thai and Khmer (no spaces): up to eight letters,
 * after the words of near-words.ts's table (NEIGHBOUR_OTHER, below). Vietnamese "cách X 300 m" is "300 m from X" (not
 * "cách đây", "ago").
 */
const neighbourLatin = (keep: Parameters<typeof latinNearWords>[0]) =>
  new RegExp(
    `(?:${latinNearWords(keep)}|\\bacross\\s+(?:[\\p{L}.'-]+\\s+){1,3}?from|\\d+\\s*(?:m|km|metres?|meters?)\\s+(?:[\\p{L}\\p{M}'-]+\\s+){0,2}?(?:from|after|past|beyond|before|dari|sau|qua))\\s+(?:(?!(?:ada|terdapat)\\s)[\\p{L}\\p{M}'-]+\\s+|yang\\s+ada\\s+){0,3}$`,
    'u',
  );
const NEIGHBOUR_LATIN = neighbourLatin(() => true);
// "By the" makes a kind or a colour the neighbour's, not a name: "the casino by the sea Paradise Bay" is Paradise Bay.
const NEIGHBOUR_LATIN_NAME = neighbourLatin((word) => word.sense !== 'by');
// A count right after "near", "next to", "across the road from" or "300 m from" is of the place the tip stands by ("escaped from the 7-floor block" is not),
// as is one after the kind that Vietnamese and Indonesian name first (cạnh tòa nhà 9 tầng, dekat gedung 10 lantai).
const NEIGHBOUR_COUNT = new RegExp(
  `(?:${latinNearWords(() => true)}|\\bacross\\s+(?:[\\p{L}.'-]+\\s+){1,3}?from|\\b(?:away|\\d+\\s*(?:m|km|metres?|meters?))\\s+(?:\\p{L}+\\s+){0,3}(?:from|dari))\\s+(?:the\\s+|(?:tòa|toà|toa|nhà|nha|khu|dãy|gedung)\\s+){0,2}$`,
  'u',
);
// In Khmer and Thai, unspaced: "opposite", the kind and a colour, then the count ("ទល់មុខអគារលឿង៣ខ្នង", opposite the yellow
// three-block one). Not after "near": a tipster who sells near the building counts the floors of the building they watch.
const NEIGHBOUR_COUNT_OTHER = /(?:ตรงข้าม|ទល់មុខ)[\p{Script=Khmer}\p{Script=Thai}\p{M}]{0,16}$/u;
/** The count at `index` is of the place the tip stands by, not its own. */
const neighbourCount = (text: string, index: number) => {
  const before = text.slice(Math.max(0, index - 40), index);
  return NEIGHBOUR_COUNT.test(before) || NEIGHBOUR_COUNT_OTHER.test(before);
};
// Or a kind and a part between, however long ("ក្បែរបុរីដំបូលខៀវ", by the blue-roofed borey; "ជិតអគារកញ្ចក់ខៀវ"). Not past
// Khmer មាន ("there is"), which opens what the tip's own place has: ជិតរាម មានប៉មយាម is "near Ream, with watchtowers"; but
// ដែលមាន ("which has") is the landmark's.
const NEAR_KINDS = 'បុរី|អគារ|អាគារ|ផ្ទះ|ឃ្លាំង|រោងចក្រ|វីឡា|កាស៊ីណូ|សណ្ឋាគារ|ตึก|อาคาร|บ้าน|โกดัง|โรงงาน|คาสิโน|โรงแรม';
const KIND_AND_ITS_PART = `(?:${NEAR_KINDS})(?:ដំបូល|ជញ្ជាំង|របង|កញ្ចក់|หลังคา|กำแพง|รั้ว|กระจก)?(?:ពណ៌|สี)?$`;
const KIND_AND_PART = `(?:(?:(?!(?<!ដែល)មាន)[\\p{L}\\p{M}]){0,8}$|${KIND_AND_ITS_PART})`;
// A word that is a neighbour's only before a kind (near-words.ts kindOnly: ជាប់, ติด, ខាងជើង) only with the kind.
const NEIGHBOUR_OTHER = new RegExp(
  `(?:${nearWords((word) => word.sense !== 'not' && !word.kindOnly)})${KIND_AND_PART}|(?:${nearWords((word) => word.sense !== 'not' && !!word.kindOnly)})${KIND_AND_ITS_PART}`,
  'u',
);
// And the kind itself right after such a word: the kiosk ជាប់ឃ្លាំងលឿង (next to the yellow warehouse) is no warehouse.
const KIND_ONLY_BEFORE = new RegExp(`(?:${nearWords((word) => word.sense !== 'not' && !!word.kindOnly)})$`, 'u');
const NEAR_KIND = new RegExp(`^(?:${NEAR_KINDS})$`, 'u');

/**
 * What a place behind another is told from is the front one's look: "the hotel behind the casino with the
 * gold dome" has no dome. But its kind may be the tip's too: the block behind a casino is often the
 * casino's own (0141). Latin up to five words between ("behind the casino with the gold dome"; Vietnamese
 * "sau", not as "then": sau đó, sau khi), Thai and Khmer.
 */
const BEHIND_LATIN =
  /(?:\b(?:behind|phia sau|dang sau|belakang|blkg)|(?<![\p{L}\p{M}])(?:phía sau|đằng sau|sau(?! (?:đó|khi|này|cùng|nữa|do|nay|cung|nua)(?![\p{L}\p{M}]))))\s+(?:[\p{L}\p{M}'-]+\s+){0,5}$/u;
/**
 * Chinese puts the landmark before its postposition: 在白色酒店对面 (opposite the white hotel), 靠近金色赌场 (near
 * the gold casino), 赌场后面的楼 (the building behind the casino). Within one phrase, not past 的: in 赌场后面的白楼
 * the white building is the tip's own. Not "X对面是Y" (opposite X is Y), where X is the tip's own place. The words after
 * the landmark, north of it and the other sides among them, are near-words.ts NEAR_AFTER's.
 */
const HAN_PHRASE = '[^，。,.!?！？；;:：的\\s]{0,8}?';
const HAN_NEIGHBOUR_AFTER = new RegExp(`^${HAN_PHRASE}(?:${NEAR_AFTER.filter((word) => /^\p{Script=Han}+$/u.test(word)).join('|')})(?!是|有|就是)`, 'u');
const HAN_BEHIND_AFTER = new RegExp(`^${HAN_PHRASE}(?:后面|後面|后边|後邊|背后|背後)(?!是|有|就是)`, 'u');
const HAN_NEIGHBOUR_BEFORE = new RegExp(`(?:靠近|挨着|挨著|紧挨|緊挨|离|離)${HAN_PHRASE}$`, 'u');
// On the text with its spaces: a Chinese tipster's space ends a phrase as a comma does ("灰色八楼 没招牌 红龙后面").
const hanNeighbour = (text: string, start: number, end: number) =>
  HAN_NEIGHBOUR_AFTER.test(text.slice(end, end + 16)) || HAN_NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, start - 12), start));
/**
 * Korean, too, puts the place a tip stands by before its postposition, a word or two on: 초록 지붕 공장 옆에 있는 빨간 건물
 * (the red building next to the green-roofed factory), 노란 빌라 맞은편 (opposite the yellow villa), 공장 북쪽 (north of the
 * factory). Within one clause.
 */
const KOREAN_NEAR_AFTER = [...NEAR_AFTER.filter((word) => /^\p{Script=Hangul}+$/u.test(word)), '건너편', ...[...'북남동서'].map((side) => `${side}쪽`)];
const KOREAN_NEIGHBOUR_AFTER = new RegExp(`^[^\\s.,!?。]*(?:\\s+[^\\s.,!?。]+){0,2}?\\s*(?:${KOREAN_NEAR_AFTER.join('|')})(?:에서|에|의)?(?!\\p{Script=Hangul})`, 'u');
const hanBehind = (text: string, end: number) => HAN_BEHIND_AFTER.test(text.slice(end, end + 16));
/**
 * Burmese, too, puts the place a tip stands by before its postposition, glued or a word or two on: ဈေးနားက (near the market),
 * ကာစီနို ခေါင်မိုးနီ နောက်ဘက် (behind the red-roofed casino). Not နားလည် (understand), နားထောင် (listen), နားနေ (rest),
 * ဘေးကင်း (safe), nor အနောက်ဘက် (the west). A postposition glued to a later word is that word's only: in အမိုးနီ ကာစီနို
 * ပြတင်းပေါက်ဘေး (the red-roofed casino, by the window) the window is what the tip stands by.
 */
const BURMESE_AFTER = (words: string, between: number) => {
  const later = between > 0 ? `|(?:\\s+[^\\s.,!?။၊]+){1,${between}}\\s+` : '';
  return new RegExp(`^[^\\s.,!?။၊]*(?:\\s*${later})(?:${words})`, 'u');
};
const BURMESE_NEIGHBOUR_AFTER = BURMESE_AFTER('နား(?!လည်|ထောင်|နေ)|အနီး|ဘေး(?!ကင်း)|ရှေ့', 2);
const BURMESE_BEHIND_AFTER = BURMESE_AFTER('(?<!အ)နောက်(?:ဘက်|ဖက်|မှာ)', 0);
const burmeseNeighbour = (text: string, end: number) => BURMESE_NEIGHBOUR_AFTER.test(text.slice(end, end + 40));
const burmeseBehind = (text: string, end: number) => BURMESE_BEHIND_AFTER.test(text.slice(end, end + 40));

// Khmer ក្រោយ alone too (ក្រោយកាស៊ីណូក្រហម, behind the red casino), not as "later", "after" or "last" (ក្រោយមក, ក្រោយពេល,
// ក្រោយពី, ចុងក្រោយ), nor as the back of a door, a road, a way in or a fence (ទ្វារក្រោយ, the back door).
const BEHIND_OTHER = new RegExp(`(?:อยู่หลัง|ด้านหลัง|ข้างหลัง|ខាងក្រោយ|នៅក្រោយ|(?<!ចុង|ទ្វារ|ផ្លូវ|ច្រក|របង)ក្រោយ(?!មក|ពេល|ពី))${KIND_AND_PART}`, 'u');

/**
 * But a tipster who lives, works or sells near a building places themselves, and the building is
 * the one they watch ("ខ្ញុំលក់បាយនៅក្បែរអគារពណ៌ស": I sell rice by the white building, I saw a boy
 * at its window; "I run a shop next to the grey tower"): its colour is the place's.
 */
const WITNESS_LATIN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:i|we|tôi|saya|aku)\\s+(?:live|work|sell|stay|run|have|ở|sống|làm|bán|tinggal|kerja|bekerja|jualan|jual)(?![\\p{L}\\p{M}])[^.!?]{0,30}?${latinNearWords((word) => word.sense === 'near' || word.sense === 'next')}\\s+(?:[\\p{L}\\p{M}'-]+\\s+){0,3}$`,
  'u',
);
const WITNESS_OTHER = /(?:ខ្ញុំ|ผม|ฉัน|หนู)(?:រស់|ធ្វើការ|លក់|ស្នាក់|មានហាង|ขาย|ทำงาน|อยู่|พัก|มีร้าน)[\p{L}\p{M}]{0,10}?(?:ក្បែរ|ជិត|ใกล้|ติดกับ|ข้างๆ)[\p{L}\p{M}]{0,8}$/u;

const FORMER_PLACE =
  /\b(?:old|former|abandoned|disused|ex-?|bekas|(?:used to be|was once|formerly|dulunya|dulu)(?:\s+(?:a|an|the|adalah|sebuah))?)\s+(?:(?!(?:man|men|woman|women|people|lady|guy|guard|guards|at|by|near|in|on|of|to|from|next|and|the|a)\s)[\p{L}'-]+\s+){0,3}?(?:casino|kasino|factory|mill|kiln|brickworks|pabrik)\b|(?:以前|原来|原來|从前|從前)的?[^，。,.\s]{0,6}?(?:赌场|娱乐城|賭場|娛樂城|厂|廠)|(?:赌场|娱乐城|賭場|娛樂城|厂|廠|厂房|廠房)旧址|(?:旧|舊|废弃的?|廢棄的?)[^，。,.\s]{0,3}?(?:厂|廠|窑)/gu;
/**
 * The same said after the kind, as Vietnamese, Khmer and Thai do (nhà máy may cũ, រោងចក្រកាត់ដេរចាស់,
 * โรงสีข้าวเก่า), or with "formerly", "when it was" before it (trước đây là sòng bài, ពីមុនរោងចក្រ,
 * ពេលវាជារោងចក្រកាត់ដេរ, เดิมเป็นโรงงาน). Khmer and Thai without their spaces.
 */
const FORMER_AFTER = /(?:sòng bài|sòng bạc|song bai|song bac|casino|nhà máy|nha may|xưởng|xuong|lò gạch|lo gach)(?:\s+[\p{L}\p{M}]+){0,3}?\s+(?:cũ|cu)(?![\p{L}\p{M}])|trước (?:đây|kia) là (?:một )?(?:sòng bài|sòng bạc|casino|nhà máy|xưởng)/gu;
const FORMER_SQUEEZED =
  /(?:រោងចក្រ|ម៉ាស៊ីនកិនស្រូវ|ឡឥដ្ឋ|កាស៊ីណូ|โรงงาน|โรงสี|โรงอิฐ|คาสิโน)[\p{Script=Khmer}\p{Script=Thai}\p{M}]{0,12}?(?:ចាស់|เก่า|ร้าง)|(?:ពីមុន|អតីត|ធ្លាប់ជា|ពេលវាជា|เดิม|อดีต)(?:ជា|គឺជា|គឺ|เป็น|คือ)?(?:រោងចក្រ|ម៉ាស៊ីនកិនស្រូវ|កាស៊ីណូ|โรงงาน|โรงสี|คาสิโน)/gu;
const FORMER_CASINO = /casino|赌场|娱乐城|賭場|娛樂城|sòng|song ba|កាស៊ីណូ|คาสิโน/u;
const KHMER_WHITE_AFTER = /(?:អគារ|អាគារ|ជញ្ជាំង|របង|ដំបូល|ផ្ទះ|រោងចក្រ|ឃ្លាំង)ស(?=[\s\d,.។]|$|មួយ|ពីរ|បី|បួន|ប្រាំ|ខ្នង|ជាន់|នៅ)/u;
// ផ្កាឈូក (lotus) after a building or one of its parts, without ពណ៌: pink, and that part's pink.
const KHMER_LOTUS_AFTER = /(?:អគារ|អាគារ|ប៉ម|ផ្ទះ)ផ្កាឈូក|(ជញ្ជាំង|របង|កំពែង|ទ្វារធំ|ទ្វារដែក|ទ្វារ|ដំបូល)(?:ពណ៌)?ផ្កាឈូក/gu;
const KHMER_AND_WHITE = /(?:ខៀវ|ក្រហម|លឿង|មាស|បៃតង|ប្រផេះ|ខ្មៅ|ត្នោត|ស្វាយ|ទឹកក្រូច|ផ្កាឈូក|ប្រាក់)(?:និង|លាយ)?ស(?![\p{L}\p{M}])/u;

/**
 * The colour of the roof, said with the roof ("red roof", "mái xanh", "atap hijau", ដំបូលក្រហម,
 * หลังคาแดง, 红屋顶, 파란 지붕): two roofs of other colours are two buildings, even where both are white.
 */
const COLOUR_TERMS = [...TERM_CONCEPT].filter(([, id]) => CONCEPTS.get(id)?.group === 'colour').map(([term]) => term);
const LATIN_COLOURS = COLOUR_TERMS.filter(isLatin).sort(byLength).map(escape).join('|');
const OTHER_COLOURS = COLOUR_TERMS.filter((term) => !isLatin(term)).sort(byLength).map(escape).join('|');
const ROOF_LATIN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(${LATIN_COLOURS})(?:\\s+(?:tiled|tin|metal))?\\s+roofs?|(?:roofs?|mái(?:\\s+nhà)?|mai|atap(?:nya)?|${KHMER_LATIN_PARTS.roof})\\s+(?:is\\s+|are\\s+|màu\\s+|mau\\s+|warna\\s+|poa\\s+|poar\\s+)?(${LATIN_COLOURS}))(?![\\p{L}\\p{M}])`,
  'gu',
);
const ROOF_OTHER = new RegExp(`(?:ដំបូល|หลังคา)(?:ពណ៌|สี)?(${OTHER_COLOURS})|(${OTHER_COLOURS})(?:지붕|အမိုး)`, 'gu');
/** Concept id of a roof's colour (in `concepts`, as building counts are). */
export const roofColourConcept = (colour: string) => `roof:${colour}`;

/**
 * The colour of the wall or fence and of the gate, said with them ("pink walls", "pagar biru", "tường
 * vàng", ជញ្ជាំងលឿង, របងស័ង្កសីពណ៌បៃតង, กำแพงสีม่วง, 蓝色围栏, 파란 울타리, "red gate", 红色大门): what a
 * passer-by sees of a compound from the road, and more of one place than a colour alone, which may be
 * the tower's, the sign's or the bus's. Residents say wall and fence of the same thing (Khmer របង is
 * both), so they are one part.
 */
const WALL_WORDS_LATIN = `walls?|fences?|tembok(?:nya)?|pagar(?:nya)?|tường(?:\\s+rào)?|hàng\\s+rào|rào|tuong(?:\\s+rao)?|hang\\s+rao|${KHMER_LATIN_PARTS.wall}`;
const GATE_WORDS_LATIN = `gates?|cổng|gerbang|pintu\\s+gerbang|${KHMER_LATIN_PARTS.gate}`;
// English says the colour before the part ("blue glass"), Vietnamese and Indonesian after it (kaca biru): in "gedung putih
// kaca biru" (a white building, blue glass) the glass is blue. Only the English words take the colour before them.
const partLatin = (words: string, english: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{M}])(?:(${LATIN_COLOURS})(?:[\\s-]+(?:painted|tin|metal|iron|steel|high|tall|concrete|boundary|perimeter|compound|sliding|roller|main|front|big|wooden))?\\s+(?:${english})|(?:${words})\\s+(?:is\\s+|are\\s+|màu\\s+|mau\\s+|warna\\s+|sơn\\s+|son\\s+|cao\\s+|tinggi\\s+|poa\\s+|poar\\s+)?(${LATIN_COLOURS}))(?![\\p{L}\\p{M}])`,
    'gu',
  );
const WALL_LATIN = partLatin(WALL_WORDS_LATIN, 'walls?|fences?');
const GATE_LATIN = partLatin(GATE_WORDS_LATIN, 'gates?');
// Window frames ("black window frames", khung cửa sổ đen, ស៊ុមបង្អួចខ្មៅ, 窗框金色) are painted apart from the walls.
// Glass said with its colour ("blue glass", "blue windows", kính xanh, kaca biru, កញ្ចក់ពណ៌ខៀវ, 蓝色玻璃, 파란 유리, ဖန်အပြာ)
// is the cladding a tower is known by.
const GLASS_LATIN = partLatin(`glass|windows|kính|kinh|kaca|${KHMER_LATIN_PARTS.glass}`, 'glass|windows');
const GLASS_OTHER = new RegExp(`(?:កញ្ចក់|กระจก|ဖန်)(?:ពណ៌|สี)?(${OTHER_COLOURS})|(${OTHER_COLOURS})(?:색)?(?:유리|ဖန်|မှန်)`, 'gu');
const HAN_GLASS = /([红紅蓝藍黄黃绿綠灰黑白银銀粉紫橙棕褐茶]+)色?的?玻璃/gu;
const WINDOW_LATIN = partLatin('window\\s+frames?|khung\\s+cửa(?:\\s+sổ)?|khung\\s+cua(?:\\s+so)?|kusen(?:\\s+jendela)?', 'window\\s+frames?');
const WINDOW_OTHER = new RegExp(`(?:ស៊ុមបង្អួច|กรอบหน้าต่าง)(?:ពណ៌|สี)?(${OTHER_COLOURS})|(${OTHER_COLOURS})(?:색)?(?:창틀|창문틀)`, 'gu');
const HAN_WINDOW = /(?:窗框|窗户框|窗架)(?:是)?([红紅蓝藍黄黃绿綠灰黑白银銀粉紫橙棕褐金])色|([红紅蓝藍黄黃绿綠灰黑白银銀粉紫橙棕褐金])色的?(?:窗框|窗户框)/gu;
// Khmer and Thai say the colour after the wall, a material or "high" between; Korean and Burmese before it.
const WALL_OTHER = new RegExp(
  `(?:ជញ្ជាំង|របង|កំពែង|กำแพง|รั้ว)(?:ស័ង្កសី|ដែក|ថ្ម|ខ្ពស់|លួស|เหล็ก|สังกะสี|สูง|ปูน)?(?:ពណ៌|สี)?(${OTHER_COLOURS})|(${OTHER_COLOURS})(?:색)?(?:울타리|담장|담벼락|담(?![배당요임])|벽|펜스|နံရံ|တံတိုင်း|ခြံစည်းရိုး)`,
  'gu',
);
const GATE_OTHER = new RegExp(`(?:ទ្វារធំ|ទ្វារដែក|ខ្លោងទ្វារ|ទ្វារ|ประตูใหญ่|ประตูเหล็ก|ประตู)(?:រអិល|เลื่อน)?(?:ពណ៌|สี)?(${OTHER_COLOURS})|(${OTHER_COLOURS})(?:색)?\\s?(?:대문|정문|게이트|ဂိတ်|တံခါး)`, 'gu');
// 蓝色围栏, 绿色铁皮围墙, 红色大门, 黄墙: the colour before the wall or the gate, 色 and the material between.
// Burmese says the roof's or the wall's colour after it with the bare colour (ခေါင်မိုးနီ, a red roof); Thai calls
// light blue ฟ้า (sky) after a roof, a wall or a gate (หลังคาฟ้า), a word that alone is the sky or, in ไฟฟ้า, electricity.
const BURMESE_COLOUR: Readonly<Record<string, string>> = { နီ: 'red', ပြာ: 'blue', စိမ်း: 'green', ဖြူ: 'white', ဝါ: 'yellow', မည်း: 'black' };
const BURMESE_PARTS = /(ခေါင်မိုး|အမိုး|နံရံ|တံတိုင်း)(နီ|ပြာ|စိမ်း|ဖြူ|ဝါ|မည်း)/gu;
// And a building's, a hotel's or a warehouse's colour after it, bare (ဟိုတယ်ဖြူ, a white hotel; not နီး, near).
const BURMESE_BUILDING = /(?:ဟိုတယ်|တိုက်|အဆောက်အဦ|အဆောက်အအုံ|ဂိုဒေါင်)(နီ|ပြာ|စိမ်း|ဖြူ|ဝါ|မည်း)(?!\p{M})/gu;
// Without its tone mark too (หลังคาฟา), not a straw roof (หลังคาฟาง).
const THAI_SKY_BLUE = /(หลังคา|กำแพง|รั้ว|ประตู)(?:สี)?ฟ้?า(?!ง)/gu;
// Thai ทอง (gold) alone opens surnames and given names (ทองดี, ทองใบ, ทองคำ): the paint only after a building, a roof, a dome,
// a wall, a gate or letters (ตึกทอง, โดมทอง, หลังคาทอง, อักษรทอง), as ฟ้า is.
const THAI_GOLD = /(หลังคา|กำแพง|รั้ว|ประตู|ตึก|อาคาร|โดม|ยอด|อักษร)(?:สี)?ทอง/gu;
const HAN_PARTS = /([红紅蓝藍黄黃绿綠灰黑白银銀粉紫橙棕褐]+)色?的?(?:铁皮|鐵皮|铁|鐵|砖|磚)?(?:(围墙|圍牆|墙|牆|围栏|圍欄|栅栏|柵欄|篱笆|籬笆)|(大门|大門|铁门|鐵門))/gu;
// Not "I" after a Latin word: "every day I go" is no row.
// A block of flats by its letter is let as a row is (block F, Tower B, ตึก F, ប្លុក H, អគារ D, tòa F, H栋, F동): which block.
const ROW_LETTER =
  /(?<!\p{L})(?:[Rr]ow|[Dd]ãy|[Dd]ay|[Bb]aris|[Dd]eret|[Bb]lock|[Bb]lok|[Tt]òa|[Tt]oa|[Tt]ower|[Bb]uilding|[Gg]edung|[Mm]enara)\s+([A-HJ-Z])(?![\p{L}\d])|(?:แถว|ตึก|อาคาร|ជួរ|ល្វែង|ប្លុក|អគារ|ប៉ម|တိုက်)\s*([A-Z])(?![\p{L}\d])|(?<![A-Za-z\d])([A-Z])\s*(?:排|열|栋|棟|동|座|区|區|တိုက်)/gu;
/** Concept id of a row's letter ("row:c"). */
export const rowConcept = (letter: string) => `row:${letter.toLowerCase()}`;

/**
 * A row or street of an estate by its number (row 12, baris 12, hàng 12, dãy 12, แถว 12, ជួរទី១២, 12排, 12열): which row,
 * as its letter is, kept apart from the letter (block C, row 12: "lane:12" beside "row:c").
 */
const ROW_NUMBER = /(?<![\p{L}\p{M}])(?:row|baris|deret|hàng|hang|dãy)\s*(?:no\.?|số|so|ke-?)?\s*(\d{1,3})(?![\d\p{L}])(?!\s*(?:orang|người|nguoi|people|persons))|(?:แถว|ជួរ)\s*(?:ที่|ទី)?\s*(\d{1,3})(?!\d)|(?<![\d\p{Script=Latin}])(\d{1,3})\s*(?:排|열)/giu;
/** Concept id of a row's number ("lane:12"). */
export const laneConcept = (value: string) => `lane:${Number(value)}`;

/**
 * A house's number as addresses give it: an estate's code (C12-07, B3/15), "#45B", house, nhà số, rumah, ផ្ទះលេខ, บ้านเลขที่,
 * 路12号 (after a road, a row or a gate plate: 12号 alone is also a day of the month), အိမ်အမှတ်. Not a room's or a flat's
 * (room #301, 1203호): two rooms of one compound are one place. Two houses of one estate are two places, one house one.
 */
const HOUSE_NUMBER =
  /(?<![\p{L}\d])(?!km|kg|nr|no|st|rd|lt|fl|ql|cs)([a-z]{1,2}\d{1,3}[-/]\d{1,3}[a-z]?)(?![\p{L}\d])|(?:(?<!(?:room|phòng|phong|kamar|ห้อง|បន្ទប់|房间|房)\s*)#|(?<![\p{L}])(?:house|home|villa|nhà\s+số|nha\s+so|số\s+nhà|so\s+nha|rumah(?:\s+(?:no\.?|nomor))?|ផ្ទះ(?:លេខ)?|บ้านเลขที่|บ้านเลข|အိမ်အမှတ်|주택)\s*(?:no\.?|number|#)?\s*)([a-z]?\d{1,4}[a-z]?(?:[-/]\d{1,3}[a-z]?)?)(?![\p{L}\d])(?!\s*(?:ខ្នង|ជាន់|floors?|storeys?|tầng|lantai|ชั้น|หลัง|នាក់|people|orang|người|houses|villas))|(?:门牌|門牌|排|区|區|路|街|巷|别墅|別墅)\s*(\d{1,4}[a-z]?)\s*(?:号|號)(?!\s*(?:路|公路|街|大街|大道|楼|樓|栋|棟|座|幢|大楼|大樓|线|線|房|层|層|出口|门|門|国道))/giu;
// A number and its letter before a street ("45B St 371", "៤៥B ផ្លូវ៣៧១", "12 đường 271"): the house on that street.
const HOUSE_ON_STREET = /(?<![\d\p{L}#])(\d{1,4}[a-z]?)\s*,?\s*(?:st\.?|street|ផ្លូវ(?:លេខ)?|đường|duong|jalan|jl\.?|ถนน|ซอย)\s*(?:no\.?|លេខ|số)?\s*\d{1,4}(?!\d)/giu;
/** Concept id of a house's number, letters and digits only ("house:c1207"). */
export const houseConcept = (code: string) => `house:${code.toLowerCase().replace(/[^a-z0-9]/g, '')}`;

/**
 * A plot's gate by its number (gate 7, cổng số 7, pintu 7, gerbang 7, ประตู 7, ទ្វារលេខ៧, ဂိတ် ၇, 7号门, 7번 게이트): which plot
 * along a row of them, as a house's number is; its colour may stand between (ទ្វារខៀវលេខ១៨, ประตูสีฟ้าเลข ๑๘: blue gate no. 18).
 */
const GATE_NUMBER =
  /(?<![\p{L}\p{M}])(?:gate|cổng(?:\s+số)?|cong\s+so|(?:pintu|gerbang)(?:\s+(?:no\.?|nomor))?)\s*(?:no\.?|number|#)?\s*(\d{1,3})(?![\d\p{L}])|(?:ទ្វារ(?:ធំ|ដែក)?(?:ពណ៌)?(?:ក្រហម|ខៀវ|លឿង|បៃតង|ខ្មៅ|ប្រផេះ|មាស|ស)?\s*លេខ|ประตู(?:สี[^\s\d]{1,8})?\s*(?:หมายเลข|ที่|เลข)?|ဂိတ်(?:\s*နံပါတ်)?)\s*(\d{1,3})(?!\d)|(?<!\d)(\d{1,3})\s*(?:号门|號門|번\s*(?:게이트|정문|대문|문))/giu;
/** Concept id of a gate's number ("gate_no:7"). */
export const gateNumberConcept = (value: string) => `gate_no:${Number(value)}`;
/** Concept ids of a wall's, a gate's, the window frames' or the glass's colour (in `concepts`, as a roof's is). */
export const wallColourConcept = (colour: string) => `wall:${colour}`;
export const gateColourConcept = (colour: string) => `gate:${colour}`;
export const windowColourConcept = (colour: string) => `window:${colour}`;
export const glassColourConcept = (colour: string) => `glass:${colour}`;
export const nettingColourConcept = (colour: string) => `netting:${colour}`;
/** The part and the colour of a part's colour concept ("wall:pink" -> ["wall", "pink"]), or null. */
export const partColour = (id: string): readonly [string, string] | null => {
  const match = /^(roof|wall|gate|window|glass|netting):(.+)$/u.exec(id);
  return match ? [match[1]!, match[2]!] : null;
};

/**
 * Vietnamese typed without its marks loses its colours: đỏ is "do", vàng "vang", trắng "trang", words
 * that are also others ("do" because, "vang" to echo). After a word that takes a colour (màu colour,
 * mái roof, tường wall, cổng gate, sơn paint, kính glass, biển or bảng a sign, tòa nhà building) they are the colour.
 */
const VIET_UNMARKED_COLOUR: Readonly<Record<string, string>> = {
  trang: 'white', do: 'red', vang: 'yellow', den: 'black', xam: 'grey', hong: 'pink', tim: 'purple', cam: 'orange', nau: 'brown', bac: 'silver', 'xanh la': 'green', 'xanh duong': 'blue',
};
// The frame marked or not, the colour unmarked (a marked one, "mái vàng", is read as every colour is, with where it stands).
const VIET_UNMARKED =
  /(?<![\p{L}\p{M}])(m[aà]u|m[aá]i|t[uư][oờ]ng(?:\s+r[aà]o)?|r[aà]o|c[oổ]ng|s[oơ]n|k[ií]nh|bi[eể]n|b[aả]ng|t[oò]a\s+nh[aà]|t[oò]a)\s+(?:m[aà]u\s+)?(xanh\s+la|xanh\s+duong|trang|do|vang|den|xam|hong|tim|cam|nau|bac)(?![\p{L}\p{M}])/gu;

/**
 * What a tip says the place is not ("not the 7-floor one", ไม่ใช่ตึก ๗ ชั้นนะ, មិនមែនឃ្លាំងខៀវទេ, 不是旁边灰色那个,
 * không phải tòa vàng, bukan yang biru, 7층 건물이 아니라, ၇ ထပ် မဟုတ်ဘူး) describes the neighbour it is told from:
 * its colour, floors and kind are not the tip's. Blanked (same length, so offsets hold) before the concepts are read.
 * A Thai "not" with no particle or stop soon after it runs to the next space, and a number after that space with its
 * floors (ไม่ใช่ตึกสูงประตู ๑๘ ที่อยู่ถัดไป: not the tall building at gate 18, the next one).
 */
const NEGATED_AFTER = new RegExp(
  `(?:\\b(?:not|isn't|is not|aren't|are not)\\s+(?:the|a|an|that|this|those)\\b|\\b(?:không phải|khong phai|chẳng phải|chang phai)(?:\\s+là|\\s+la)?|\\bbukan\\b)(?:(?!\\s[-–—]\\s)[^,.;:!?\\n–—]){0,50}|(?:${nearWords((word) => word.sense === 'not' && word.script === 'thai')})(?:[^,.;:!?\\n]{0,20}?(?:${NOT_ENDS.thai.join('|')}|(?=[,.;:!?\\n]|$))|[^\\s,.;:!?\\n]{1,20}(?:\\s*\\p{Nd}{1,3}(?:\\s*ชั้น)?)?)|(?:${nearWords((word) => word.sense === 'not' && word.script === 'khmer')})[^,.;:!?\\n។]{0,40}?(?:${NOT_ENDS.khmer.join('|')}|(?=[,.;:!?\\n។]|$))|(?:不是|并不是|而不是)[^，。、,.;；!?！？\\n]{0,15}`,
  'gu',
);
// Korean says "not" after the noun phrase, of two to four words ("15층 노래방 건물 말고": not the 15-floor karaoke building;
// "공사중인 초록 그물 건물 아님": not the green-netted building under construction), within its sentence and clause.
const NEGATED_BEFORE = /(?:[^\s.,!?。]+\s+){0,3}[^\s.,!?。]+\s*(?:아니라|아니고|아니에요|아니예요|아닙니다|아니야|아님|말고|မဟုတ်)/gu;
function withoutNegated(lower: string): { kept: string; negated: string } {
  const blank = (match: string) => ' '.repeat(match.length);
  const kept = lower.replace(NEGATED_AFTER, blank).replace(NEGATED_BEFORE, blank);
  // By UTF-16 unit, as `kept` is indexed: by code point, every unit after an emoji compared with the one before it.
  return { kept, negated: lower.split('').map((unit, i) => (kept[i] === unit ? ' ' : unit)).join('') };
}

/** The text without what it says the place is not, lower case: its numbers are the neighbour's ("bukan yang nomor 18"). */
export const withoutWhatItIsNot = (text: string) => withoutNegated(clean(text)).kept;

/** What a tipster sees of the building itself (its colour, its kind, a dome, a name word), not where it stands. */
export const DESCRIBING_GROUPS: ReadonlySet<ConceptGroup> = new Set(['colour', 'kind', 'feature', 'name']);
/**
 * The place a tip tells its own from, by what it is described with: the neighbour it stands by or
 * behind ("behind the casino with the gold dome") and what it says it is not. Kept as `other:<id>`
 * (no concept: never weighed as shared), so that a pair where one tip's neighbour is the other's own
 * place is told apart (score-pair toldFrom).
 */
export const otherPlaceConcept = (id: string) => `other:${id}`;
export const otherPlace = (id: string): string | null => (id.startsWith('other:') ? id.slice(6) : null);

/**
 * The colour of the safety netting an unfinished tower is wrapped in ("green netting", lưới xanh lá, jaring hijau,
 * ตาข่ายสีเขียว, សំណាញ់ពណ៌បៃតង, 초록 그물, အစိမ်းရောင် ပိုက်ကွန်) is the netting's, not the tower's: blanked, same length, before colours are read,
 * and kept as the netting's colour (`netting:green`), a part as a roof is.
 */
const NETTING_COLOUR = new RegExp(
  `(?<![\\p{L}\\p{M}])(${LATIN_COLOURS})(?=\\s+(?:safety\\s+)?(?:netting|nets?)(?![\\p{L}\\p{M}]))|(?<=(?:lưới|luoi|jaring)\\s+(?:màu\\s+|mau\\s+|warna\\s+)?)(${LATIN_COLOURS})(?![\\p{L}\\p{M}])|(?<=(?:សំណាញ់|ตาข่าย)(?:ពណ៌|สี)?)(${OTHER_COLOURS})|(${OTHER_COLOURS})(?=색?\\s*(?:그물|ပိုက်ကွန်))`,
  'gu',
);
const withoutNettingColour = (lower: string) => lower.replace(NETTING_COLOUR, (colour) => ' '.repeat(colour.length));

export function conceptFeatures(text: string): ConceptFeatures {
  const { kept: notNegated, negated } = withoutNegated(clean(text));
  const lower = withoutNettingColour(notNegated);
  const squeezed = lower.replace(/\s+/g, '');
  // Where each letter of `squeezed` stands in `lower`.
  const inLower = [...lower.matchAll(/\S/gu)].map((letter) => letter.index);
  const concepts = new Set<string>();
  const add = (id: string, neighbours: boolean, behind = false) => {
    // A name word there is the landmark's name ("near the Golden Lion roundabout"), as in nameSets.
    // So is the kind, and what it has: "a condo near the Neptune casino" is no casino (0154), nor has it the casino's dome.
    const group = CONCEPTS.get(id)?.group ?? 'generic';
    if ((neighbours || behind) && DESCRIBING_GROUPS.has(group)) concepts.add(otherPlaceConcept(id));
    if (!(neighbours || behind) || !DESCRIBING_GROUPS.has(group) || (!neighbours && group === 'kind')) concepts.add(id);
  };
  // What the tip says its place is not is the place it is told from, and where: "not the one behind the market".
  for (const match of [...latinTerms(negated), ...negated.replace(/\s+/g, '').matchAll(OTHER_MATCHER)]) {
    const id = TERM_CONCEPT.get((match.groups?.term ?? match[0]).replace(/\s+/g, ' '));
    const group = id ? CONCEPTS.get(id)?.group : undefined;
    if (id && group && (DESCRIBING_GROUPS.has(group) || group === 'place')) concepts.add(otherPlaceConcept(id));
  }
  // A tipster who writes capitals writes a name with them: "the casino with the gold lions"
  // describes a statue, "Golden Lion" names a place.
  const cased = asciiDigits(text.normalize('NFC')).replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  // Capitals of an abbreviation only ("ng VN") do not show it: the rest is written in lower case.
  const capitals = cased.length === lower.length && /\p{Lu}\p{Ll}/u.test(cased);
  for (const match of latinTerms(lower)) {
    const id = TERM_CONCEPT.get(match.groups!.term!.replace(/\s+/g, ' '))!;
    if (capitals && CONCEPTS.get(id)?.group === 'name' && !/^\p{Lu}/u.test(cased.slice(match.index, match.index + 1))) continue;
    const before = lower.slice(Math.max(0, match.index - 80), match.index);
    const neighbour = CONCEPTS.get(id)?.group === 'name' ? NEIGHBOUR_LATIN_NAME : NEIGHBOUR_LATIN;
    add(id, neighbour.test(before.slice(-40)) && !WITNESS_LATIN.test(before), BEHIND_LATIN.test(before.slice(-40)));
  }
  for (const match of squeezed.matchAll(OTHER_MATCHER)) {
    const before = squeezed.slice(Math.max(0, match.index - 40), match.index);
    const han = /^\p{Script=Han}/u.test(match[0]);
    const [inStart, inEnd] = [inLower[match.index]!, inLower[match.index + match[0].length - 1]! + 1];
    // Korean spaces its words: a term read across a space from inside a word is two words' letters (렉서스 타요, "rides a
    // Lexus", holds no 스타, a star).
    if (/^\p{Script=Hangul}/u.test(match[0]) && /\s/u.test(lower.slice(inStart, inEnd)) && /\p{Script=Hangul}/u.test(lower[inStart - 1] ?? '')) continue;
    const burmese = /^\p{Script=Myanmar}/u.test(match[0]);
    const neighbour =
      ((NEIGHBOUR_OTHER.test(before.slice(-20)) || (KIND_ONLY_BEFORE.test(before) && NEAR_KIND.test(match[0]))) && !WITNESS_OTHER.test(before)) ||
      (han && hanNeighbour(lower, inStart, inEnd)) ||
      (/^\p{Script=Hangul}/u.test(match[0]) && KOREAN_NEIGHBOUR_AFTER.test(lower.slice(inEnd, inEnd + 24))) ||
      (burmese && burmeseNeighbour(lower, inEnd));
    // Thai หลังคาสิโน is "behind the casino" (a term of its own, not หลังคา, a roof).
    add(TERM_CONCEPT.get(match[0])!, neighbour, BEHIND_OTHER.test(before.slice(-20)) || match[0] === 'หลังคาสิโน' || (han && hanBehind(lower, inEnd)) || (burmese && burmeseBehind(lower, inEnd)));
    // Without spaces, two words can share letters: Burmese ရွှေအမိုးခုံး is ရွှေအမိုး (a gold roof) and အမိုးခုံး (a dome).
    // A term that starts inside this one on a word the concepts know (အမိုး, a roof), and runs past its end, is read
    // as well; not on a syllable (សង្កែ ប… is Sangkae, not Kep).
    const end = match.index + match[0].length;
    for (let at = match.index + 1; at < end; at++) {
      if (!TERM_CONCEPT.has(squeezed.slice(at, end))) continue;
      OTHER_AT.lastIndex = at;
      const inner = OTHER_AT.exec(squeezed);
      if (inner && at + inner[0].length > end) {
        add(TERM_CONCEPT.get(inner[0])!, neighbour);
        break;
      }
    }
  }
  // Chinese runs colours together before 色 ("蓝白色", blue and white) and says "白楼" (a white
  // building) or "红顶" (a red roof) without 色.
  for (const match of lower.matchAll(HAN_COLOURS)) {
    // The colour of the place the tip stands by is that place's: 在白色酒店对面.
    if (hanNeighbour(lower, match.index, match.index + match[0].length) || hanBehind(lower, match.index + match[0].length)) {
      for (const char of match[1]!) concepts.add(otherPlaceConcept(HAN_COLOUR[char]!));
      continue;
    }
    for (const char of match[1]!) concepts.add(HAN_COLOUR[char]!);
    // 绿顶, 红屋顶: a green roof, a red roof.
    if (match[2]) {
      concepts.add('rooftop');
      for (const char of match[1]!) concepts.add(roofColourConcept(HAN_COLOUR[char]!));
    }
  }
  // Only a colour the tip gives its own place: "next to the red-roofed casino" is the neighbour's roof.
  const parts: readonly (readonly [Iterable<RegExpMatchArray>, (colour: string) => string])[] = [
    [[...lower.matchAll(ROOF_LATIN), ...squeezed.matchAll(ROOF_OTHER)], roofColourConcept],
    [[...lower.matchAll(WALL_LATIN), ...squeezed.matchAll(WALL_OTHER)], wallColourConcept],
    [[...lower.matchAll(GATE_LATIN), ...squeezed.matchAll(GATE_OTHER)], gateColourConcept],
    [[...lower.matchAll(WINDOW_LATIN), ...squeezed.matchAll(WINDOW_OTHER)], windowColourConcept],
    [[...lower.matchAll(GLASS_LATIN), ...squeezed.matchAll(GLASS_OTHER)], glassColourConcept],
  ];
  for (const [matches, part] of parts) {
    for (const match of matches) {
      const id = TERM_CONCEPT.get((match[1] ?? match[2])!.replace(/\s+/g, isLatin(match[1] ?? match[2]!) ? ' ' : ''));
      if (id && concepts.has(id)) concepts.add(part(id));
    }
  }
  for (const match of notNegated.matchAll(NETTING_COLOUR)) {
    const id = TERM_CONCEPT.get(match[0].replace(/\s+/g, isLatin(match[0]) ? ' ' : ''));
    if (id) concepts.add(nettingColourConcept(id));
  }
  // The red roof of the casino the tip stands behind or by is the casino's.
  const burmeseOther = (match: RegExpMatchArray) => {
    const end = inLower[match.index! + match[0].length - 1]! + 1;
    return burmeseNeighbour(lower, end) || burmeseBehind(lower, end);
  };
  for (const match of squeezed.matchAll(BURMESE_PARTS)) {
    const colour = BURMESE_COLOUR[match[2]!]!;
    if (burmeseOther(match)) {
      concepts.add(otherPlaceConcept(colour));
      continue;
    }
    concepts.add(colour);
    concepts.add(match[1] === 'ခေါင်မိုး' || match[1] === 'အမိုး' ? roofColourConcept(colour) : wallColourConcept(colour));
  }
  for (const match of squeezed.matchAll(BURMESE_BUILDING)) {
    const colour = BURMESE_COLOUR[match[1]!]!;
    concepts.add(burmeseOther(match) ? otherPlaceConcept(colour) : colour);
  }
  for (const match of squeezed.matchAll(THAI_GOLD)) {
    // The gold dome of the casino the tip stands behind or by is the casino's.
    const before = squeezed.slice(Math.max(0, match.index - 20), match.index);
    if (NEIGHBOUR_OTHER.test(before) || BEHIND_OTHER.test(before)) {
      concepts.add(otherPlaceConcept('gold'));
      continue;
    }
    concepts.add('gold');
    const part = match[1] === 'หลังคา' ? roofColourConcept : match[1] === 'ประตู' ? gateColourConcept : match[1] === 'กำแพง' || match[1] === 'รั้ว' ? wallColourConcept : null;
    if (part) concepts.add(part('gold'));
  }
  for (const match of squeezed.matchAll(THAI_SKY_BLUE)) {
    // The sky-blue roof across the road is the neighbour's (ตรงข้ามตึกหลังคาสีฟ้า), as the gold dome below is.
    const before = squeezed.slice(Math.max(0, match.index - 20), match.index);
    if (NEIGHBOUR_OTHER.test(before) || BEHIND_OTHER.test(before)) {
      concepts.add(otherPlaceConcept('blue'));
      continue;
    }
    concepts.add('blue');
    concepts.add(match[1] === 'หลังคา' ? roofColourConcept('blue') : match[1] === 'ประตู' ? gateColourConcept('blue') : wallColourConcept('blue'));
  }
  // 蓝玻璃 (blue glass) without 色 is the tower's colour as it is in every other language (kaca biru, កញ្ចក់ពណ៌ខៀវ).
  for (const match of lower.matchAll(HAN_GLASS)) {
    for (const char of match[1]!) {
      if (!HAN_COLOUR[char]) continue;
      concepts.add(HAN_COLOUR[char]!);
      concepts.add(glassColourConcept(HAN_COLOUR[char]!));
    }
  }
  for (const match of lower.matchAll(HAN_WINDOW)) {
    const char = (match[1] ?? match[2])!;
    concepts.add(windowColourConcept(HAN_COLOUR[char]!));
  }
  for (const match of lower.matchAll(HAN_PARTS)) {
    for (const char of match[1]!) concepts.add((match[2] ? wallColourConcept : gateColourConcept)(HAN_COLOUR[char]!));
  }
  for (const match of lower.matchAll(VIET_UNMARKED)) {
    const colour = VIET_UNMARKED_COLOUR[match[2]!.replace(/\s+/g, ' ')]!;
    // "phia sau song bac mai vang": the casino's roof, as a marked one is.
    const before = lower.slice(Math.max(0, match.index - 40), match.index);
    if (BEHIND_LATIN.test(before) || NEIGHBOUR_LATIN.test(before)) {
      concepts.add(otherPlaceConcept(colour));
      continue;
    }
    concepts.add(colour);
    const frame = stripMarks(match[1]!).replace(/\s+/g, ' ');
    if (frame === 'mai') concepts.add('rooftop');
    if (frame === 'mai') concepts.add(roofColourConcept(colour));
    else if (frame.startsWith('tuong') || frame === 'rao') concepts.add(wallColourConcept(colour));
    else if (frame === 'cong') concepts.add(gateColourConcept(colour));
  }
  for (const match of squeezed.matchAll(KHMER_PURPLE)) {
    concepts.add('purple');
    const part = match[1]!;
    if (part === 'ដំបូល') concepts.add(roofColourConcept('purple'));
    else if (part === 'ជញ្ជាំង' || part === 'របង') concepts.add(wallColourConcept('purple'));
    else if (part === 'ទ្វារ') concepts.add(gateColourConcept('purple'));
  }
  // "Wing" is a word too: the money agent only capitalised, and no building's wing ("ហាង Wing", not "the East Wing").
  if (/(?<!(?:[Ee]ast|[Ww]est|[Nn]orth|[Ss]outh|[Nn]ew|[Oo]ld)\s+)(?<!\p{L})Wing(?!\p{L})(?!\s+(?:of|building|block))/u.test(cased)) concepts.add('wing agent');
  if ([...concepts].some((id) => FUEL_BRANDS.has(id))) concepts.add('petrol');
  // "Total" is a word too: the brand only capitalised, beside a petrol station ("Total ဓာတ်ဆီဆိုင်", "cây xăng Total").
  else if (concepts.has('petrol') && /(?<!\p{L})Total(?!\p{L})/u.test(cased)) concepts.add('total station');
  // Khmer joins a second colour to the first without ពណ៌ again: ពណ៌ខៀវស is blue and white (ស alone, at the end of the word).
  if (KHMER_AND_WHITE.test(lower)) concepts.add('white');
  // Khmer says a white building អគារស, without ពណ៌, as it does the other colours; ស alone is only white before a count, នៅ
  // ("at": អគារសនៅ៦A, the white building on 6A) or the word's end.
  if (KHMER_WHITE_AFTER.test(lower)) concepts.add('white');
  // ផ្កាឈូក (lotus) is also the colour pink: residents call a pink block អគារផ្កាឈូក and a pink wall ជញ្ជាំងផ្កាឈូក without ពណ៌.
  for (const match of squeezed.matchAll(KHMER_LOTUS_AFTER)) {
    concepts.add('pink');
    if (match[1]) concepts.add(match[1] === 'ដំបូល' ? roofColourConcept('pink') : match[1].startsWith('ទ្វារ') ? gateColourConcept('pink') : wallColourConcept('pink'));
  }
  // A garment factory is a factory: "រោងចក្រកាត់ដេរ" meets "រោងចក្រ".
  if (concepts.has('garment factory')) concepts.add('warehouse');
  // "The former Golden Sun casino", "old garment factory", "以前的金沙娱乐城": old, a name or a kind between.
  for (const match of [...lower.matchAll(FORMER_PLACE), ...lower.matchAll(FORMER_AFTER), ...squeezed.matchAll(FORMER_SQUEEZED)]) concepts.add(FORMER_CASINO.test(match[0]) ? 'old casino' : 'old factory');
  // Kep's crab market and the named markets are markets: "ផ្សារក្តាម" meets "the market in Kep", "the old market" "ផ្សារ".
  for (const named of ['crab market', 'old market', 'night market', 'russian market', 'central market', 'orussey market']) if (concepts.has(named)) concepts.add('market');
  // A rice mill is a factory: "โรงสีข้าว" meets "រោងចក្រ" and "factory".
  if (concepts.has('rice mill')) concepts.add('warehouse');
  // A fish-sauce works is a factory, and the Kizuna is a bridge.
  if (concepts.has('fish sauce')) concepts.add('warehouse');
  if (concepts.has('kizuna bridge')) concepts.add('bridge');
  // A new wall is a wall.
  if (concepts.has('new wall')) concepts.add('wall');
  // An old hotel is a hotel.
  if (concepts.has('old hotel')) concepts.add('hotel');
  // An old casino is a casino: "คาสิโนเก่า" meets "ကာစီနို".
  if (concepts.has('old casino')) concepts.add('casino');
  // A row of a borey (row C, dãy C, C排, C열, แถว C, ជួរ C) is let on its own: which row, unless the tip says it is not that one.
  if (cased.length === lower.length) {
    // In capitals, but not in what the tip says it is not ("មិនមែនក្រុមចិននៅ Tower B ទេ": not the Chinese group in Tower B).
    const casedKept = cased.split('').map((unit, i) => (notNegated[i] === ' ' ? ' ' : unit)).join('');
    for (const match of casedKept.matchAll(ROW_LETTER)) {
      if (!/(?:\bnot|không phải|bukan|ไม่ใช่|មិនមែន|不是)\s*$/iu.test(casedKept.slice(Math.max(0, match.index - 12), match.index))) concepts.add(rowConcept((match[1] ?? match[2] ?? match[3])!));
    }
  }
  if (PIN_REMARK.test(lower)) concepts.add(PIN_ELSEWHERE);
  if (RENAME_REMARK.test(lower)) concepts.add(RENAMED);
  for (const match of lower.matchAll(ROW_NUMBER)) concepts.add(laneConcept((match[1] ?? match[2] ?? match[3])!));
  for (const match of lower.matchAll(HOUSE_NUMBER)) concepts.add(houseConcept((match[1] ?? match[2] ?? match[3])!));
  for (const match of lower.matchAll(HOUSE_ON_STREET)) concepts.add(houseConcept(match[1]!));
  for (const match of lower.matchAll(GATE_NUMBER)) concepts.add(gateNumberConcept((match[1] ?? match[2] ?? match[3])!));
  // "Golden Lotus" is a name, not the colour of a building; the name matching weighs it.
  const floors = new Set<number>();
  // Burmese "၉ ထပ်မှာ" is "at floor 9" as often as "at the 9-floor one": which floor when the tip gives the
  // building's height besides ("၁၂ ထပ် ... ကျွန်တော် ၉ ထပ်မှာ နေခဲ့တယ်", I stayed on the 9th of 12).
  const floorsAt = new Set<number>();
  const floorText = spelledTens(lower).replace(KHMER_FLOOR_NUMBER, ' $2ជាន់');
  for (const match of floorText.matchAll(FLOORS)) {
    const raw = match[1]!;
    const value = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_VALUE.get(raw) ?? 0);
    // "Two streets away from the four-storey one": the neighbour's floors, as its count would be.
    if (neighbourCount(floorText, match.index)) continue;
    // "3층~6층" is floors 3 to 6 of a building (levels), not two heights.
    if (/^\s*[~～-]\s*\d{1,2}\s*층/u.test(floorText.slice(match.index + match[0].length)) || /층\s*[~～-]\s*$/u.test(floorText.slice(0, match.index))) continue;
    const after = floorText.slice(match.index + match[0].length);
    // Korean puts a count before its noun (9층 건물, 9층짜리: a nine-floor building) and after a colour (하얀색 6층); before
    // a verb of being there ("그랜드 다이아몬드 9층 아직 있어요") it is as often the floor someone is on.
    const at = /^\s*မှာ/u.test(after) || (/층$/u.test(match[0]) && KOREAN_BEING_AT.test(after));
    if (value >= 2 && value <= 80) (at ? floorsAt : floors).add(value);
  }
  // Said only so, a number is the building's floors or the floor someone is on: no other count contradicts it (FLOORS_OR_LEVEL).
  if (floors.size === 0 && floorsAt.size) {
    floorsAt.forEach((value) => floors.add(value));
    concepts.add(FLOORS_OR_LEVEL);
  }
  for (const match of lower.matchAll(FLOORS_HAN)) {
    const value = hanNumber(match[1]!);
    if (value !== null && value >= 2 && value <= 80) floors.add(value);
  }
  if (!/[层層]/u.test(lower)) {
    for (const match of lower.matchAll(STOREYS_HAN_LOU)) {
      const value = /^\d+$/.test(match[1]!) ? Number(match[1]) : hanNumber(match[1]!);
      if (value !== null && value >= 2 && value <= 80 && !neighbourCount(lower, match.index)) floors.add(value);
    }
  }
  const addBuildings = (raw: string) => {
    const value = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_VALUE.get(raw) ?? hanNumber(raw) ?? 0);
    if (value >= 2 && value <= 30) concepts.add(buildingsConcept(value));
  };
  // The count of a place the tip stands by is the neighbour's: "600 m inland from the six villas", "next to the 3 blocks".
  for (const match of lower.matchAll(BUILDINGS)) if (!neighbourCount(lower, match.index)) addBuildings(match[1]!);
  for (const match of lower.matchAll(BUILDINGS_BEFORE)) addBuildings(match[1]!);
  for (const match of lower.matchAll(BUILDINGS_HAN)) addBuildings(match[1]!);
  for (const match of lower.matchAll(BUILDINGS_KHMER)) addBuildings(match[1]!);
  for (const match of lower.matchAll(BUILDINGS_KOREAN)) addBuildings((match[1] ?? match[2])!);
  for (const match of lower.matchAll(SINGLE_BUILDING)) if (!neighbourCount(lower, match.index)) concepts.add(buildingsConcept(1));
  buildingNumbers(lower, concepts);
  kmPosts(lower, concepts);
  phases(lower, concepts);
  levels(lower, concepts);
  for (const [id, pattern] of SIDES) if (pattern.test(lower)) concepts.add(id);
  const roads = new Set<number>();
  for (const match of lower.matchAll(ROAD_BEFORE)) roads.add(Number(match[1]));
  for (const match of lower.matchAll(ROAD_AFTER)) roads.add(/^\d+$/.test(match[1]!) ? Number(match[1]) : (hanNumber(match[1]!) ?? 0));
  roads.delete(0);
  // Floor words of other scripts stand anywhere (\b knows only ASCII letters); 楼 is a floor only after a number (大楼 is a building).
  if (floors.size || /\b(?:floor|storey|story|tầng|lantai|lt\b)|ชั้น|층|ထပ်|ជាន់|层|(?:\d|[一二三四五六七八九十两几])\s*楼/u.test(lower)) concepts.add('floors');
  return { concepts, floors, roads };
}

const LOCALE_SCRIPT: Record<string, RegExp> = {
  km: /\p{Script=Khmer}/u,
  zh: /\p{Script=Han}/u,
  th: /\p{Script=Thai}/u,
  ko: /\p{Script=Hangul}/u,
  my: /\p{Script=Myanmar}/u,
};
const LABELS = new Map<string, string[]>(ROWS.map(([id, , , list]) => [id, list.split('|').map((term) => term.trim()).filter(Boolean)]));

const PART_CONCEPT: Readonly<Record<string, string>> = { roof: 'rooftop', wall: 'wall', gate: 'gate', window: 'window', glass: 'glass', netting: 'netting' };

/** A concept in the officer's language: its first term in that script, else its English name. */
export function conceptLabel(id: string, locale: string): string {
  // A part's colour in common ("wall:pink"): the part and its colour in the officer's language.
  const part = partColour(id);
  if (part) return `${conceptLabel(PART_CONCEPT[part[0]] ?? part[0], locale)} (${conceptLabel(part[1], locale)})`;
  const script = LOCALE_SCRIPT[locale];
  const terms = LABELS.get(id) ?? [];
  if (script) return terms.find((term) => script.test(term)) ?? id;
  if (locale === 'vi') return terms.find((term) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/u.test(term)) ?? id;
  // Rows list Indonesian after Thai: the first plain Latin term after the first Thai one.
  if (locale === 'id') {
    const after = terms.findIndex((term) => /\p{Script=Thai}/u.test(term));
    return (after >= 0 ? terms.slice(after + 1).find((term) => /^[a-z -]+$/.test(term)) : undefined) ?? id;
  }
  return id;
}

/** Marks stripped, for callers comparing Latin words across Vietnamese spellings. */
export const withoutMarks = stripMarks;
