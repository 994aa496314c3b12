import { romanise, skeleton } from '@/lib/dedup/romanise';
import { conceptFeatures } from '@/lib/dedup/concepts';
for (const t of ['ហ្គោលដិនឡូថាស','金贝','凯盛','골든 로터스','โกลเด้น โลตัส','ဂိုးလ်ဒင်','សុខ ដារ៉ា','西港','Golden Lotus','Sok Dara','Kaisheng','Jinbei','golden']) console.log(t, romanise(t), skeleton(romanise(t)));
for (const t of ['អគារ៧ជាន់ ពណ៌ស មានលួសបន្លា នៅក្រុងព្រះសីហនុ','七层白色大楼，西港，有铁丝网','A seven-storey white tower with razor wire on Road 4 near the pagoda','tòa nhà 7 tầng màu trắng gần chùa, quốc lộ 4','ตึก 7 ชั้น สีขาว ใกล้วัด','7층 흰색 건물','၇ထပ် အဆောက်အအုံ အဖြူရောင်','gedung tujuh lantai putih dekat pasar','十二楼的大楼', 'the road 300 m from the gate']) console.log(JSON.stringify(conceptFeatures(t), (k,v)=> v instanceof Set ? [...v] : v));
let s=performance.now(); for(let i=0;i<1000;i++) conceptFeatures('A seven-storey white tower with razor wire on Road 4 near the pagoda, guards, buses at night '+i); console.log('concepts ms/op', (performance.now()-s)/1000);
s=performance.now(); for(let i=0;i<1000;i++) romanise('七层白色大楼，西港，有铁丝网'+i); console.log('pinyin ms/op', (performance.now()-s)/1000);
