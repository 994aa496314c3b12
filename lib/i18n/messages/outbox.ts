/** The report form's outbox: a tip kept (encrypted) on the phone until the signal returns. */
export default {
  en: {
    keepChoice: 'If there is no signal, keep this tip locked on this phone and send it by itself when the signal returns',
    keepHint: 'Photos are not kept. "Quick exit" deletes a waiting tip.',
    waiting: 'Your tip is waiting to be sent. It is kept locked on this phone and will be sent by itself when the signal returns.',
    noConnection: 'No connection: your tip was not sent. Try again when you have signal, or tick the box above the send button to have it sent by itself.',
    refused: 'A waiting tip could not be accepted. Please write it again.',
  },
  km: {
    keepChoice: 'ប្រសិនបើគ្មានសញ្ញា សូមរក្សាព័ត៌មាននេះទុកដោយចាក់សោលើទូរសព្ទនេះ ហើយផ្ញើវាដោយស្វ័យប្រវត្តិពេលសញ្ញាត្រឡប់មកវិញ',
    keepHint: 'រូបថតមិនត្រូវបានរក្សាទុកទេ។ «ចាកចេញរហ័ស» លុបព័ត៌មានដែលកំពុងរង់ចាំ។',
    waiting: 'ព័ត៌មានរបស់អ្នកកំពុងរង់ចាំផ្ញើ។ វាត្រូវបានរក្សាទុកដោយចាក់សោលើទូរសព្ទនេះ ហើយនឹងផ្ញើដោយស្វ័យប្រវត្តិពេលសញ្ញាត្រឡប់មកវិញ។',
    noConnection: 'គ្មានការតភ្ជាប់៖ ព័ត៌មានរបស់អ្នកមិនទាន់បានផ្ញើទេ។ សូមព្យាយាមម្តងទៀតពេលមានសញ្ញា ឬធីកប្រអប់ខាងលើប៊ូតុងផ្ញើ ដើម្បីឱ្យវាផ្ញើដោយស្វ័យប្រវត្តិ។',
    refused: 'ព័ត៌មានដែលកំពុងរង់ចាំមួយមិនអាចទទួលយកបាន។ សូមសរសេរវាម្តងទៀត។',
  },
  zh: {
    keepChoice: '如果没有信号，将此举报加密保存在本手机上，并在信号恢复时自动发送',
    keepHint: '照片不会被保存。“快速离开”会删除等待中的举报。',
    waiting: '您的举报正在等待发送。它已加密保存在本手机上，信号恢复时会自动发送。',
    noConnection: '没有网络连接：您的举报未发送。请在有信号时重试，或勾选发送按钮上方的选项让它自动发送。',
    refused: '一条等待中的举报未被接受。请重新填写。',
  },
  vi: {
    keepChoice: 'Nếu không có sóng, giữ tin báo này được khóa trên điện thoại và tự động gửi khi có sóng trở lại',
    keepHint: 'Ảnh không được giữ lại. "Thoát nhanh" sẽ xóa tin báo đang chờ.',
    waiting: 'Tin báo của bạn đang chờ gửi. Nó được giữ khóa trên điện thoại này và sẽ tự động gửi khi có sóng trở lại.',
    noConnection: 'Không có kết nối: tin báo chưa được gửi. Hãy thử lại khi có sóng, hoặc đánh dấu ô phía trên nút gửi để tự động gửi.',
    refused: 'Một tin báo đang chờ không được chấp nhận. Vui lòng viết lại.',
  },
  th: {
    keepChoice: 'หากไม่มีสัญญาณ ให้เก็บข้อมูลนี้แบบล็อกไว้ในโทรศัพท์เครื่องนี้ และส่งเองเมื่อสัญญาณกลับมา',
    keepHint: 'รูปภาพจะไม่ถูกเก็บไว้ "ออกด่วน" จะลบข้อมูลที่รอส่ง',
    waiting: 'ข้อมูลของคุณกำลังรอส่ง ถูกเก็บแบบล็อกไว้ในโทรศัพท์เครื่องนี้ และจะส่งเองเมื่อสัญญาณกลับมา',
    noConnection: 'ไม่มีการเชื่อมต่อ: ข้อมูลของคุณยังไม่ถูกส่ง ลองอีกครั้งเมื่อมีสัญญาณ หรือเลือกช่องเหนือปุ่มส่งเพื่อให้ส่งเอง',
    refused: 'ข้อมูลที่รอส่งรายการหนึ่งไม่ได้รับการยอมรับ โปรดเขียนใหม่',
  },
  id: {
    keepChoice: 'Jika tidak ada sinyal, simpan laporan ini terkunci di ponsel ini dan kirim otomatis saat sinyal kembali',
    keepHint: 'Foto tidak disimpan. "Keluar cepat" menghapus laporan yang menunggu.',
    waiting: 'Laporan Anda menunggu untuk dikirim. Laporan disimpan terkunci di ponsel ini dan akan dikirim otomatis saat sinyal kembali.',
    noConnection: 'Tidak ada koneksi: laporan Anda belum terkirim. Coba lagi saat ada sinyal, atau centang kotak di atas tombol kirim agar dikirim otomatis.',
    refused: 'Sebuah laporan yang menunggu tidak dapat diterima. Silakan tulis ulang.',
  },
  ko: {
    keepChoice: '신호가 없으면 이 제보를 이 휴대폰에 잠가 두었다가 신호가 돌아오면 자동으로 보내기',
    keepHint: '사진은 보관되지 않습니다. "빠른 나가기"를 누르면 대기 중인 제보가 삭제됩니다.',
    waiting: '제보가 전송을 기다리고 있습니다. 이 휴대폰에 잠긴 상태로 보관되며 신호가 돌아오면 자동으로 전송됩니다.',
    noConnection: '연결 없음: 제보가 전송되지 않았습니다. 신호가 있을 때 다시 시도하거나, 보내기 버튼 위의 상자를 선택하면 자동으로 전송됩니다.',
    refused: '대기 중인 제보 하나가 접수되지 않았습니다. 다시 작성해 주세요.',
  },
  my: {
    keepChoice: 'လိုင်းမရှိပါက ဤသတင်းကို ဤဖုန်းပေါ်တွင် သော့ခတ်သိမ်းထားပြီး လိုင်းပြန်ရလျှင် အလိုအလျောက် ပို့ပါ',
    keepHint: 'ဓာတ်ပုံများကို မသိမ်းထားပါ။ "အမြန်ထွက်ရန်" သည် စောင့်ဆိုင်းနေသော သတင်းကို ဖျက်ပါသည်။',
    waiting: 'သင့်သတင်းသည် ပို့ရန် စောင့်ဆိုင်းနေပါသည်။ ဤဖုန်းပေါ်တွင် သော့ခတ်သိမ်းထားပြီး လိုင်းပြန်ရလျှင် အလိုအလျောက် ပို့ပါမည်။',
    noConnection: 'ချိတ်ဆက်မှုမရှိပါ- သင့်သတင်းကို မပို့ရသေးပါ။ လိုင်းရှိချိန်တွင် ထပ်ကြိုးစားပါ သို့မဟုတ် အလိုအလျောက်ပို့ရန် ပို့ရန်ခလုတ်အပေါ်ရှိ အကွက်ကို ရွေးပါ။',
    refused: 'စောင့်ဆိုင်းနေသော သတင်းတစ်ခုကို လက်မခံနိုင်ပါ။ ကျေးဇူးပြု၍ ပြန်ရေးပါ။',
  },
} as const;
