/**
 * The standard questions the programme starts with (issue 14), in every resident language.
 * The migration 20261202223723_standard_questions_seed inserts exactly these; a test keeps
 * the two equal. Supervisors add more at /console/questions. Native-speaker review of these
 * texts is still missing: docs/I18N-REVIEW.md.
 */
import type { LocalisedText, QuestionChoice, QuestionKind } from './standard-questions';

export interface SeedQuestion {
  key: string;
  kind: QuestionKind;
  text: LocalisedText;
  choices?: QuestionChoice[];
}

export const SEED_QUESTIONS: readonly SeedQuestion[] = [
  {
    key: 'people_held',
    kind: 'NUMBER',
    text: {
      en: 'How many people are held there?',
      km: 'តើមានមនុស្សប៉ុន្មាននាក់ត្រូវបានឃុំខ្លួននៅទីនោះ?',
      zh: '那里大约关着多少人？',
      vi: 'Có khoảng bao nhiêu người bị giữ ở đó?',
      th: 'มีคนถูกกักตัวอยู่ที่นั่นประมาณกี่คน?',
      id: 'Berapa orang yang ditahan di sana?',
      ko: '그곳에 몇 명이 붙잡혀 있습니까?',
      my: 'ထိုနေရာတွင် လူဘယ်နှစ်ယောက် ချုပ်နှောင်ခံထားရပါသလဲ။',
    },
  },
  {
    key: 'floor',
    kind: 'CHOICE',
    text: {
      en: 'On which floor are people held?',
      km: 'តើមនុស្សត្រូវបានឃុំនៅជាន់ទីប៉ុន្មាន?',
      zh: '人被关在哪一层？',
      vi: 'Người bị giữ ở tầng nào?',
      th: 'คนถูกกักตัวอยู่ที่ชั้นไหน?',
      id: 'Di lantai berapa orang-orang ditahan?',
      ko: '사람들이 몇 층에 붙잡혀 있습니까?',
      my: 'လူတွေကို ဘယ်အထပ်မှာ ချုပ်ထားပါသလဲ။',
    },
    choices: [
      { key: 'basement', text: { en: 'Basement', km: 'ជាន់ក្រោមដី', zh: '地下室', vi: 'Tầng hầm', th: 'ชั้นใต้ดิน', id: 'Ruang bawah tanah', ko: '지하', my: 'မြေအောက်ထပ်' } },
      { key: 'ground', text: { en: 'Ground floor', km: 'ជាន់ផ្ទាល់ដី', zh: '一楼（地面层）', vi: 'Tầng trệt', th: 'ชั้นล่าง', id: 'Lantai dasar', ko: '1층(지상층)', my: 'မြေညီထပ်' } },
      { key: 'low', text: { en: '2nd to 4th floor', km: 'ជាន់ទី ២ ដល់ជាន់ទី ៤', zh: '二楼到四楼', vi: 'Tầng 2 đến tầng 4', th: 'ชั้น 2 ถึงชั้น 4', id: 'Lantai 2 sampai 4', ko: '2층에서 4층 사이', my: 'ဒုတိယထပ်မှ စတုတ္ထထပ်အထိ' } },
      { key: 'high', text: { en: '5th floor or higher', km: 'ជាន់ទី ៥ ឬខ្ពស់ជាងនេះ', zh: '五楼或更高', vi: 'Tầng 5 trở lên', th: 'ชั้น 5 ขึ้นไป', id: 'Lantai 5 atau lebih tinggi', ko: '5층 이상', my: 'ပဉ္စမထပ် (သို့) ထို့ထက်မြင့်သောထပ်' } },
      { key: 'several', text: { en: 'On several floors', km: 'នៅលើជាន់ច្រើន', zh: '好几层都有', vi: 'Ở nhiều tầng', th: 'หลายชั้น', id: 'Di beberapa lantai', ko: '여러 층에', my: 'အထပ်များစွာတွင်' } },
    ],
  },
  {
    key: 'guards_armed',
    kind: 'YES_NO',
    text: {
      en: 'Are the guards armed?',
      km: 'តើអ្នកយាមមានកាន់អាវុធទេ?',
      zh: '看守有武器吗？',
      vi: 'Bảo vệ có mang vũ khí không?',
      th: 'ยามมีอาวุธหรือไม่?',
      id: 'Apakah para penjaga bersenjata?',
      ko: '경비원들이 무기를 가지고 있습니까?',
      my: 'အစောင့်တွေ လက်နက်ကိုင်ထားပါသလား။',
    },
  },
  {
    key: 'can_leave',
    kind: 'YES_NO',
    text: {
      en: 'Can people leave the compound when they want to?',
      km: 'តើមនុស្សអាចចេញពីបរិវេណនោះតាមចិត្តបានទេ?',
      zh: '里面的人想走的时候可以离开吗？',
      vi: 'Mọi người có thể rời khỏi khu đó khi họ muốn không?',
      th: 'คนข้างในออกไปได้เมื่อต้องการหรือไม่?',
      id: 'Apakah orang-orang bisa keluar dari kompleks itu kapan pun mereka mau?',
      ko: '사람들이 원할 때 그곳을 떠날 수 있습니까?',
      my: 'လူတွေ ထွက်ချင်တဲ့အချိန် ဝင်းထဲက ထွက်ခွာခွင့်ရှိပါသလား။',
    },
  },
  {
    key: 'shift_change',
    kind: 'TIME_OF_DAY',
    text: {
      en: 'When do the guards change shifts?',
      km: 'តើអ្នកយាមប្តូរវេននៅពេលណា?',
      zh: '看守什么时候换班？',
      vi: 'Bảo vệ đổi ca vào lúc nào?',
      th: 'ยามเปลี่ยนกะเวลาไหน?',
      id: 'Kapan para penjaga berganti giliran jaga?',
      ko: '경비원들은 언제 교대합니까?',
      my: 'အစောင့်တွေ ဘယ်အချိန်မှာ အလှည့်ပြောင်းပါသလဲ။',
    },
  },
  {
    key: 'anyone_hurt',
    kind: 'YES_NO',
    text: {
      en: 'Is anyone hurt or in need of a doctor?',
      km: 'តើមានអ្នកណារងរបួស ឬត្រូវការគ្រូពេទ្យទេ?',
      zh: '有人受伤或需要医生吗？',
      vi: 'Có ai bị thương hoặc cần bác sĩ không?',
      th: 'มีใครบาดเจ็บหรือต้องการหมอหรือไม่?',
      id: 'Apakah ada yang terluka atau membutuhkan dokter?',
      ko: '다친 사람이나 의사가 필요한 사람이 있습니까?',
      my: 'ဒဏ်ရာရသူ (သို့) ဆရာဝန်လိုအပ်သူ ရှိပါသလား။',
    },
  },
  {
    key: 'photo_gate',
    kind: 'YES_NO',
    text: {
      en: 'Can you send a photo of the gate without putting yourself in danger?',
      km: 'តើអ្នកអាចផ្ញើរូបថតច្រកទ្វារ ដោយមិនធ្វើឱ្យខ្លួនអ្នកមានគ្រោះថ្នាក់បានទេ?',
      zh: '您能在不危及自身安全的情况下发一张大门的照片吗？',
      vi: 'Bạn có thể gửi ảnh cổng mà không gây nguy hiểm cho bản thân không?',
      th: 'คุณส่งรูปถ่ายประตูทางเข้าได้โดยไม่เป็นอันตรายต่อตัวเองหรือไม่?',
      id: 'Bisakah Anda mengirim foto gerbangnya tanpa membahayakan diri sendiri?',
      ko: '위험하지 않게 정문 사진을 보내 주실 수 있습니까?',
      my: 'ကိုယ့်ကိုယ်ကို အန္တရာယ်မဖြစ်စေဘဲ ဂိတ်ပေါက်ဓာတ်ပုံ ပို့ပေးနိုင်ပါသလား။',
    },
  },
  {
    key: 'passports_taken',
    kind: 'YES_NO',
    text: {
      en: "Have people's passports been taken away?",
      km: 'តើលិខិតឆ្លងដែនរបស់មនុស្សត្រូវបានគេដកហូតទេ?',
      zh: '人们的护照被收走了吗？',
      vi: 'Hộ chiếu của mọi người có bị thu giữ không?',
      th: 'หนังสือเดินทางของคนเหล่านั้นถูกยึดไปหรือไม่?',
      id: 'Apakah paspor orang-orang diambil?',
      ko: '사람들의 여권을 빼앗겼습니까?',
      my: 'လူတွေရဲ့ နိုင်ငံကူးလက်မှတ်တွေကို သိမ်းယူထားပါသလား။',
    },
  },
  {
    key: 'you_safe',
    kind: 'YES_NO',
    text: {
      en: 'Are you safe right now?',
      km: 'តើអ្នកមានសុវត្ថិភាពនៅពេលនេះទេ?',
      zh: '您现在安全吗？',
      vi: 'Hiện giờ bạn có an toàn không?',
      th: 'ตอนนี้คุณปลอดภัยหรือไม่?',
      id: 'Apakah Anda aman saat ini?',
      ko: '지금 안전하십니까?',
      my: 'အခု သင် လုံခြုံပါသလား။',
    },
  },
  {
    key: 'anything_else',
    kind: 'FREE_TEXT',
    text: {
      en: 'Is there anything else we should know?',
      km: 'តើមានអ្វីផ្សេងទៀតដែលយើងគួរដឹងទេ?',
      zh: '还有什么我们应该知道的吗？',
      vi: 'Còn điều gì khác chúng tôi nên biết không?',
      th: 'มีอะไรอีกที่เราควรรู้หรือไม่?',
      id: 'Apakah ada hal lain yang perlu kami ketahui?',
      ko: '저희가 더 알아야 할 것이 있습니까?',
      my: 'ကျွန်ုပ်တို့ သိထားသင့်တာ နောက်ထပ် ဘာရှိသေးပါသလဲ။',
    },
  },
];
