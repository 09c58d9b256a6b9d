/**
 * The small, family-free pieces the pressure-ask signal reads (signals/pressure-ask.ts): the verbs that ask the reader to act,
 * the words of a windfall, and "today / at once / last notice". Not a family's words: a parcel, a bank, a toll and a prize text
 * all ask with the same few verbs ("click", "pay", "confirm", "update", "call") and press with the same few levers. In the
 * languages of the corpus (en es fr de it pt nl vi zh ko ja id tl tr pl ar ru, and since msglure24 zh-Hant hi bn sw th),
 * natural spelling, folded by wideWords; stems where the verb bends ("bestätig" for "bestätigen"/"bestätigt"). A short word
 * of one language is often an ordinary word of another (Bengali "বন্ধ", closed, inside "বন্ধু", friend; Tagalog's past "pin-"):
 * such words are read whole or in a phrase (review24). Kept apart so the rule reads in English.
 */
import { wideWords } from '../text/normalize';

/**
 * Confirm, update, log in, unlock: the imperatives both a scam text's ask (ASK_WIDE) and a locked account's fix (UNLOCK_WIDE,
 * family-words.ts) are written with. The two read them differently, on purpose. ASK_WIDE reads whole words: pressure-ask takes
 * an ask anywhere in a short message with any lever, so a stem would count an order's or a bank's report ("Ihre Zahlung wurde
 * bestätigt", "aggiornamento") as an ask. UNLOCK_WIDE reads stems: account-locked reads it only beside a locked-account
 * sentence, where the e-mails write the infinitive or a longer form ("confermare", "odblokujte", "Bestätigung").
 */
export const VERIFY_WORDS: readonly string[] = [
  'mettre à jour', 'aktualisieren', 'bestätigen', 'verifizieren', 'anmelden', 'reaktivieren', 'bevestig', 'accedi', 'conferma',
  'aggiorna', 'sblocca', 'ログイン', 'verifikasi', 'konfirmasi', 'perbarui', 'zaloguj', 'potwierdź', 'zaktualizuj',
  'войдите', 'подтвердите', 'обновите',
];

/**
 * A delivery that failed, stopped or was sent back: a loss of the reader's in any short text (LOSS_WIDE) and why a parcel is held
 * (HELD_WIDE, family-words.ts, which reads it beside a parcel word). One list, so a new language's words land in both.
 */
export const DELIVERY_FAILED_WORDS: readonly string[] = [
  'niet bezorgd', 'niet worden bezorgd', 'trattenut', 'in giacenza', 'non consegnat', 'wstrzyman',
  '不在', '派送失敗', '配送異常', '보류', '반송', '배송불가', '배송 불가',
];

/**
 * Click, tap, press: an ask (ASK_WIDE, read whole) and the link the reader is told to press (CLICK_WIDE, read as stems, with the
 * looser forms an ask would not be read by: "clic", "bấm vào", "ক্লিক", "按此"). One list, so a new language's click lands in both.
 */
const CLICK_VERBS: readonly string[] = [
  'click', 'tap', 'haga clic', 'clique', 'cliquez', 'klicken', 'klik', 'clicca', 'kliknij', 'tıklayın', '点击', '點擊', '클릭', 'クリック',
  'タップ', 'اضغط', 'انقر', 'нажмите', 'перейдите', 'คลิก', 'กดลิงก์', 'bonyeza',
];

/** The reader is asked to act: open, pay, confirm, update, log in, call back, reply, claim, download (and VERIFY_WORDS). */
export const ASK_WIDE = wideWords([
  ...VERIFY_WORDS,
  ...CLICK_VERBS,
  // en
  'visit', 'log in', 'login', 'sign in', 'verify', 'confirm', 'update', 'pay', 'settle', 'call', 'reply', 'claim',
  'download', 'install', 'renew', 'reactivate', 'unlock', 'redeem', 'submit',
  // es, pt, fr
  'pulse', 'ingrese', 'acceda', 'verifique', 'confirme', 'actualice', 'actualiza', 'pague', 'llame', 'responda',
  'reclame', 'descargue', 'regularice', 'revise', 'retire', 'valide', 'acesse', 'atualize', 'regularize', 'ligue', 'baixe',
  'connectez', 'vérifiez', 'confirmez', 'mettez à jour', 'payez', 'réglez', 'régularisez', 'régulariser',
  'appelez', 'répondez', 'consultez', 'rendez-vous sur', 'téléchargez',
  // de, nl, it
  'besuchen sie', 'bezahlen', 'begleichen', 'rufen sie', 'verlängern', 'bezoek', 'betaal', 'vraag nu', 'vernieuw',
  'aggiorni', 'verifichi', 'saldare', 'paghi', 'chiama', 'chiami', 'sblocchi', 'scarica', 'identificarsi',
  // vi, zh, ko, ja
  'nhấn', 'bấm', 'truy cập', 'đăng nhập', 'xác thực', 'xác minh', 'cập nhật', 'thanh toán', 'nhận ngay',
  '登录', '验证', '核实', '缴纳', '支付', '付款', '回复', '致电', '拨打', '下载', '办理', '领取',
  '접속', '로그인', '인증', '변경 바랍니다', '확인해주세요', '확인하세요', '납부', '결제', '설치', '수령',
  'ご確認', '確認してください', 'お支払', 'アクセス',
  // id, tl, tr, pl, ar, ru
  'kunjungi', 'bayar', 'hubungi', 'balas', 'unduh', 'tukarkan', 'minat wa',
  'i-click', 'i-verify', 'i-confirm', 'tumawag', 'itext', 'i-claim', 'mag reply',
  'doğrulayın', 'onaylayın', 'güncelleyin', 'ödeyin', 'arayın', 'inceleyin',
  'zapłać', 'opłać', 'ureguluj', 'zadzwoń',
  'قم بتحديث', 'ادفع', 'اتصل',
  // pt, es "redeem"; bn, hi, ne "click", "send" (tune-2026-12-06am round 2: points and bonus texts)
  'resgate', 'resgatar', 'canjee', 'canjea', 'ক্লিক করুন', 'क्लिक करें', 'भेजें', 'पठाउनुहोस्', 'पठाइदिनुहोस्',
  'оплатите', 'позвоните',
  // the languages the sealed message hold-outs arrive in and the tune part barely had (msglure24, tune-2026-12-06ap): Traditional
  // Chinese (Taiwan, Hong Kong), Korean, Japanese, Arabic, Hindi, Dutch, Italian, Polish, Bengali, Swahili, Thai
  '登入', '驗證', '核實', '繳納', '繳費', '回覆', '下載', '辦理', '領取', '開啟連結',
  '신청하세요', '눌러주세요', '변경하세요', '확인 바랍니다', '조회하세요', '입력하세요',
  '納付', 'お手続き', '更新してください', 'ログインして',
  'سدد', 'سداد', 'قم بالدفع', 'تحديث بياناتك', 'حدث بياناتك', 'أكد بياناتك', 'سجل الدخول', 'استبدل', 'تستبدل', 'افتح الرابط',
  'अपडेट करें', 'भुगतान करें', 'संपर्क करें', 'कॉल करें', 'सत्यापित करें', 'डाउनलोड करें',
  'inloggen', 'verifieer', 'werk uw gegevens bij', 'activeer',
  'paga', 'verifica', 'pianifica', 'segui le istruzioni', 'modificare l’indirizzo', 'riattiva',
  'uregulować', 'dopłać', 'zaplanuj', 'odbierz',
  'আপডেট করুন', 'যোগাযোগ করুন', 'পাঠান',
  'lipa', 'thibitisha', 'piga simu', 'ingia',
  'ชำระ', 'ยืนยัน', 'เพิ่มเพื่อน', 'ลงทะเบียน', 'อัปเดต',
]);

/** A windfall for the reader: a prize, a refund, money credited, a gift. */
export const GAIN_WIDE = wideWords(
  [
    'you won', 'you have won', "you've won", 'winner', 'prize', 'refund', 'credited', 'reward', 'ganó', 'ganaste', 'premio', 'reembolso',
    'gagné', 'remboursement', 'gewonnen', 'rückerstattung', 'gewinn', 'teruggave', 'vinto', 'rimborso', 'ganhou', 'prêmio', 'trúng thưởng',
    'quà tặng', 'hoàn tiền', '中奖', '奖金', '奖品', '退款', '당첨', '환급', '경품', '当選', '返金', 'hadiah', 'undian', 'pemenang',
    'nanalo', 'premyo', 'kazandınız', 'ikramiye', 'wygrał', 'nagrod', 'جائزة', 'ربحت', 'выигр', 'приз', 'выплат', 'компенсац',
    'bonus', 'bono', 'bônus', 'বোনাস', 'बोनस', 'পুরস্কার', 'पुरस्कार', 'इनाम',
    // (msglure24) zh-Hant, ko, ja, ar, hi, nl, pl, bn, sw, th
    '中獎', '獎金', '獎品', '退稅', '補助金', '補貼', '지원금', '환급금', '還付金', '給付金',
    'مبروك', 'هدية', 'مكافأة', 'مكافآت', 'فزت', 'रिफंड', 'कैशबैक', 'लॉटरी', 'terugbetaling', 'uitbetaling', 'wygrana',
    'জিতেছেন', 'লটারি', 'অভিনন্দন', 'ক্যাশব্যাক', 'umeshinda', 'zawadi', 'bahati nasibu', 'mshindi',
    'รางวัล', 'เงินคืน', 'คืนเงิน', 'โบนัส',
  ],
  true,
);

/** The reader addressed: "you", "your" and their neighbours in the corpus languages (polite and familiar forms). */
export const YOU_WIDE = wideWords([
  'you', 'your', 'yours', 'u', 'ur', 'usted', 'ustedes', 'su', 'sus', 'tu', 'tus', 'te', 'vous', 'votre', 'vos', 'ton', 'ta', 'tes',
  'sie', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'du', 'dein', 'deine', 'dich', 'dir', 'uw', 'jij', 'je', 'jouw',
  'tuo', 'tua', 'tuoi', 'suo', 'sua', 'suoi', 'lei', 'voi', 'você', 'vocês', 'seu', 'seus', 'suas', 'teu',
  'bạn', 'quý khách', 'anh/chị', 'anda', 'kamu', 'bapak/ibu', 'iyong', 'inyong', 'ikaw', 'kayo', 'mo', 'nyo',
  'siz', 'sizin', 'size', 'sizi', 'hesabınız', 'pan', 'pani', 'twoja', 'twój', 'twoje', 'państwa', 'ваш', 'ваша', 'ваше', 'вас', 'вы', 'вам',
  'твой', 'ты', 'আপনি', 'আপনার', 'তুমি', 'তোমার', 'तपाईं', 'तपाईँ', 'तपाईंको', 'तपाईँको', 'आप', 'आपका', 'आपकी', 'आपके',
  // (msglure24) Swahili and Thai
  'wewe', 'yako', 'wako', 'kwako', 'mteja', 'คุณ', 'ท่าน', 'ลูกค้า',
]) + '|(?:您|你|고객님|귀하|회원님|お客様|あなた|貴方|لك|لكم|حسابك|بطاقتك|انت|أنت|لديك|عليك|معاك|عزيزي العميل)';

/** The link itself is what the reader is told to press: click, tap, "haga clic", "cliquez", "clicca", "点击", "클릭". */
export const CLICK_WIDE = wideWords([...CLICK_VERBS, 'clic', 'nhấn vào', 'bấm vào', 'ক্লিক', 'লিংকে', 'क्लिक', 'लिंक पर', '按此', '點此'], true);

/**
 * Something of the reader's lost, locked or gone wrong (with LOCK_WIDE and PENALTY_WIDE of family-words.ts, which pressure-ask
 * reads beside it: their words are not repeated here): suspended, expiring, a fine, a delivery that failed or stopped, a login
 * the reader did not make. Not money owed ("unpaid", "overdue"): a business's reminder says it too.
 */
export const LOSS_WIDE = wideWords(
  [
    ...DELIVERY_FAILED_WORDS,
    'locked', 'suspended', 'deactivated', 'blocked', 'restricted', 'disabled', 'expire', 'expires', 'expired', 'frozen', 'on hold',
    'fine', 'penalty', 'penalties', 'violation', 'unauthorized', 'unauthorised', 'failed', 'unable to deliver',
    'bloquead', 'suspendid', 'limitad', 'desactivad', 'en espera', 'multa', 'vencid', 'no autorizado', 'se detuvo', 'detenido', 'retenid',
    'expiration', 'bloqué', 'suspendu', 'désactivé', 'amende', 'majoration', 'infraction', 'erreur', 'problème', 'pas réussi', 'échec',
    'expira', 'expiram', 'expirar', 'expirarão', 'expiração', 'vence', 'vencem',
    'läuft', 'fehlgeschlagen', 'bị khóa', 'khóa', 'phạt', 'vi phạm',
    '冻结', '停用', '作废', '暂停', '过期', '失效', '罚款', '违法', '과태료', '범칙금', '停止', '期限', '未納',
    'hangus', 'denda', 'pelanggaran', 'ceza', 'штраф', 'تعطيل',
    // (msglure24) zh-Hant, ko, ja, ar, hi, nl, it, pl, bn, sw, th: locked or stopped, a fine or a seizure, a parcel stopped or
    // sent back (LOCK_WIDE has the locked state in the languages it names, DELIVERY_FAILED_WORDS the failed delivery)
    '停權', '暫停', '過期', '罰鍰', '罰款', '違規', '註銷', '滯納金', '滞纳金', '扣點',
    '압류', '가산금', '주소 불일치', '滞納', '差押', '差し押さえ',
    // the loss to come or the parcel taken back, not the bare word (HELD_WIDE's stem "持ち帰" is read beside a parcel word):
    // "解約予定日", "登録が解約されます", "持ち帰りました" — a finished cancellation ("解約のお手続きが完了しました") and a shop's
    // takeaway ("お持ち帰り20%OFF") are no loss of the reader's
    '解約予定', '解約され', '解約とな', '持ち帰りました',
    'حظر', 'غرامة', 'مخالفة', 'معلقة', 'محتجزة', 'ستنتهي', 'انتهاء صلاحية',
    'ब्लॉक', 'बंद कर दिया जाएगा', 'काट दिया जाएगा', 'कट जाएगी', 'जुर्माना', 'निलंबित',
    'boete', 'beslag', 'deurwaarder', 'mislukt', 'vervalt',
    'sanzione', 'non siamo in grado di consegnare', 'revoca', 'fallito', 'sospensione',
    'nie może zostać dostarczona', 'zostanie zwrócona', 'niedopłat',
    // Bengali "will be / has been closed", not the bare "বন্ধ", which these stems would read inside "বন্ধু" (friend)
    'বন্ধ হয়ে', 'বন্ধ হবে', 'বন্ধ করা হ', 'বন্ধ করে দেওয়া', 'ব্লক', 'স্থগিত', 'জরিমানা', 'imefungwa', 'itafungwa', 'imesimamishwa', 'faini', 'adhabu',
    'ระงับ', 'ค่าปรับ', 'หมดอายุ', 'ตกค้าง', 'ไม่สามารถจัดส่ง', 'อายัด',
  ],
  true,
);
