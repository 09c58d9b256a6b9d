/**
 * The words of the everyday text-scam families in the other languages immigrants and their families read (German, Dutch,
 * Italian, Czech, Polish, Lithuanian, Bulgarian, Russian, Ukrainian, Turkish, Hebrew, Arabic, Japanese, Korean,
 * Vietnamese, Indonesian; since msglure24 also Chinese as Taiwan and Hong Kong write it, Hindi, Bengali, Thai, Swahili, Tagalog):
 * a parcel held for a fee, a "new number" from a son or daughter, an account that is restricted until the reader logs in, a
 * code asked back. The same slots in every language (what is held, why, what the reader must do), from general
 * knowledge of each language and the WRITE half of tune-2026-12-06af; natural spelling, folded by wideWords (edges for every
 * alphabet, none for Arabic script, Hebrew prefixes, Chinese, Japanese or Korean). Kept apart so the rules read in English.
 */
import { wideWords } from '../text/normalize';
import { DELIVERY_FAILED_WORDS, VERIFY_WORDS } from './shape-words';

/** A parcel, a delivery or an order on its way. */
export const PARCEL_WIDE = wideWords(
  [
    'paket', 'päckchen', 'sendung', 'lieferung', 'pakket', 'zending', 'bezorging', 'pacco', 'pacchi', 'spedizion', 'consegna',
    'zásilk', 'zasilk', 'balík', 'balik', 'przesyłk', 'przesylk', 'paczk', 'siunt', 'užsakym', 'uzsakym', 'pristatym',
    'колет', 'пратк', 'посылк', 'посилк', 'отправлени', 'доставк', 'kargo', 'gönderi', 'kiriman', 'pengiriman',
    'חבילה', 'משלוח', 'طرد', 'الطرد', 'شحنة', 'الشحنة', 'شحنتك', 'طردك', 'مرسوله', 'بسته',
    '荷物', '小包', '配達', '配送', '택배', '배송', '소포', '包裹', '快遞', '快递', '貨件', '货件', 'bưu kiện', 'bưu phẩm', 'gói hàng', 'kiện hàng', 'đơn hàng',
  ],
  true,
);

/** Why it is held: not delivered, waiting, stopped, sent back, or customs duty owed (short words whole, the others as stems). */
export const HELD_WIDE = `(?:${wideWords(['clo', 'cla', 'cło', 'cła', 'muitas'])}|${wideWords(
  [
    ...DELIVERY_FAILED_WORDS,
    'nicht zugestellt', 'zustellung fehlgeschlagen', 'zurückgehalten', 'zurückgestellt', 'angehalten', 'zoll', 'einfuhr', 'importgebühr',
    'niet geleverd', 'tegengehouden', 'in de wacht', 'douane', 'invoer',
    'non possiamo consegnare', 'bloccat', 'sospes', 'dogan', 'dazi',
    'nedoručen', 'nedorucen', 'nebyla doručena', 'nelze doručit', 'zadržen', 'zadrzen', 'celní', 'celni',
    'nie została doręczona', 'nie mogła zostać doręczona', 'zatrzyman', 'celn',
    'nepavyko', 'nepristatyt', 'sulaikyt', 'muitin', 'muito mokest', 'grąžin', 'grazin',
    'не може да бъде доставен', 'не е доставен', 'задържан', 'мито', 'митниц',
    'не может быть доставлен', 'не доставлен', 'задержан', 'пошлин', 'таможн', 'не може бути доставлен', 'затриман', 'митн',
    'teslim edilemedi', 'teslim edilemiyor', 'gümrük', 'bekletiliyor',
    'ממתינה', 'ממתין', 'נעצר', 'עוכב', 'מכס', 'לא נמסר',
    'تعذر تسليم', 'لم يتم تسليم', 'غير قادرين على تسليم', 'معلق', 'محتجز', 'جمرك', 'الجمارك',
    '持ち帰', 'お届けできません', 'ご不在', '保管期限', '税関', '関税',
    '주소지 오류', '주소지 불분명', '미수령', '통관', '관세',
    'không thể giao', 'giao hàng không thành công', 'giao không thành công', 'bị giữ', 'tạm giữ', 'hải quan',
    'tertahan', 'ditahan', 'tidak dapat dikirim', 'gagal dikirim', 'gagal diantar', 'bea cukai', 'bea masuk',
    // Chinese, as Taiwan's and Hong Kong's warnings quote the texts (msglure24): stopped, failed, held for the address, sent back
    '暫停派送', '暂停派送', '暫停配送', '暂停配送', '派送失败', '配送异常', '地址不完整', '地址不詳', '地址不详', '無法派送',
    '無法投遞', '退回',
  ],
  true,
)})`;

/** What the reader is told to do about it: pay, confirm or update, follow a link or instructions (not the address noun alone: a real notice names it as the reason). */
export const PARCEL_REQUEST_WIDE = `(?:${wideWords(['phí', 'hier', 'tady', 'tutaj', 'čia'])}|${wideWords(
  [
    'bezahlen', 'begleichen', 'zahlen sie', 'bestätigen', 'aktualisieren', 'klicken', 'gebühr',
    'betalen', 'betaal', 'bevestig', 'werk uw', 'bijwerken', 'klik',
    'paga', 'pagare', 'pagamento', 'conferma', 'aggiorna', 'istruzion', 'clicca',
    'zaplaťte', 'zaplatte', 'uhraďte', 'uhradte', 'potvrďte', 'potvrdte', 'aktualizujte', 'odkaz', 'klikněte', 'kliknete', 'poplat', 'doplat',
    'zapłać', 'zaplac', 'opłać', 'oplac', 'opłat', 'oplat', 'dopłat', 'potwierdź', 'potwierdz', 'zaktualizuj', 'kliknij',
    'sumokėk', 'sumoket', 'patvirtink', 'atnaujink', 'nuorod', 'spauskite', 'mokest',
    'платете', 'плащане', 'потвърдете', 'актуализирайте', 'линк', 'такса',
    'оплатите', 'оплата', 'подтвердите', 'обновите', 'ссылк', 'оплатіть', 'підтвердіть', 'посиланн',
    'ödeyin', 'ödeme', 'onaylayın', 'güncelleyin', 'bağlantı', 'tıklayın', 'ücret',
    'תשלום', 'לשלם', 'קישור', 'הקישור', 'לאשר', 'עדכן',
    'الدفع', 'ادفع', 'رسوم', 'الرابط', 'رابط', 'تحديث', 'تأكيد',
    'ご確認', '確認してください', 'こちら', 'リンク', 'お支払', '再配達',
    '주소 변경', '주소변경', '링크', '결제', '납부', '수수료', '클릭',
    'thanh toán', 'xác nhận', 'cập nhật', 'nhấp vào', 'bấm vào',
    'bayar', 'pembayaran', 'konfirmasi', 'perbarui', 'tautan', 'klik', 'biaya',
    '點擊', '点击', '連結', '链接', '鏈接', '繳費', '缴费', '支付', '保管費', '保管费', '運費', '运费', '關稅', '关税',
    'link',
  ],
  true,
)})`;

/**
 * Carriers' own sites: a held-parcel notice whose every link is the carrier's is how the carrier writes (a real DHL import-duty
 * SMS links to dhl.de); the registrable domain must be exactly one of these.
 */
export const CARRIER_DOMAINS: ReadonlySet<string> = new Set([
  'usps.com', 'ups.com', 'fedex.com', 'dhl.com', 'dhl.de', 'dhl.nl', 'deutschepost.de', 'dpd.de', 'dpd.com', 'gls-group.eu', 'hermesworld.com',
  'myhermes.de', 'postnl.nl', 'bpost.be', 'laposte.fr', 'colissimo.fr', 'chronopost.fr', 'correos.es', 'ctt.pt', 'correios.com.br', 'poste.it',
  'ceskaposta.cz', 'zasilkovna.cz', 'inpost.pl', 'pocztapolska.pl', 'post.lt', 'bgpost.bg', 'israelpost.co.il', 'japanpost.jp',
  'kuronekoyamato.co.jp', 'sagawa-exp.co.jp', 'epost.go.kr', 'cjlogistics.com', 'vnpost.vn', 'posindonesia.co.id', 'canadapost.ca',
  'canadapost-postescanada.ca', 'royalmail.com', 'auspost.com.au', 'amazon.com', 'amazon.de',
  // the carriers of the languages msglure24 reads (review24): Korea's Hanjin, Lotte and Logen, Taiwan's T-Cat and post, SF Express, Hong Kong
  // Post, Thailand Post — their notices name them in Hangul, Chinese or Thai, which no link's Latin label can be matched against
  'hanjin.com', 'lotteglogis.com', 'ilogen.com', 't-cat.com.tw', 'post.gov.tw', 'sf-express.com', 'hongkongpost.hk', 'thailandpost.co.th',
]);

/** The writer's own new number: "meine neue Nummer", "mon numéro temporaire", "il mio nuovo numero", "رقمي الجديد", "新しい番号". */
export const NEW_NUMBER_WIDE = wideWords(
  [
    'meine neue nummer', 'meine neue handynummer', 'das ist meine neue', 'hier ist meine neue', 'speicher diese nummer', 'speichere diese nummer',
    'mijn nieuwe nummer', 'dit is mijn nieuwe', 'sla dit nummer op', 'mon numéro temporaire', 'c\'est mon nouveau', 'enregistre ce numéro',
    'il mio nuovo numero', 'questo è il mio nuovo', 'salva questo numero', 'troquei de número', 'troquei de numero',
    'mój nowy numer', 'to mój nowy', 'zapisz ten numer', 'moje nové číslo', 'moje nove cislo', 'ulož si toto číslo',
    'yeni numaram', 'numaramı kaydet', 'мой новый номер', 'это мой новый', 'сохрани этот номер', 'мій новий номер', 'новият ми номер',
    'mano naujas numeris', 'رقمي الجديد', 'هذا رقمي', 'احفظ هذا الرقم', 'המספר החדש שלי', '新しい番号', '番号が変わりました', '番号変わった',
    'nomor baru saya', 'nomor baruku', 'ini nomor baru', 'nomor baru aku',
    // "I have a new number", "I changed my number" (review19: the claim in other words)
    'ich habe eine neue nummer', 'hab eine neue nummer', 'habe jetzt eine neue nummer', 'ist jetzt meine nummer', 'ik heb een nieuw nummer',
    'ik heb een nieuwe nummer', 'ho cambiato numero', 'ho un nuovo numero', 'j\'ai changé de numéro', 'mam nowy numer', 'zmieniłem numer',
    'zmieniłam numer', 'mám nové číslo', 'у меня новый номер', 'я сменил номер', 'я сменила номер', 'у мене новий номер',
    'numaramı değiştirdim', 'غيرت رقمي', 'החלפתי מספר', '番号を変えました',
    // Korean: the script says the phone broke and writes from a "temporary number" rather than "my new number" ("엄마~나 지금 폰 액정
    //때문에 AS 맡기고 임시 번호로 문자 했어~", "아빠 나 지금 폰 고장나서 수리센터에 맡겼어") (msglure24)
    '임시 번호', '임시번호', '폰 고장', '폰고장', '폰 액정', '액정이 깨', '액정 깨',
  ],
  true,
);

/** What the new number asks for next: a transfer, a bill paid, urgency (the script's ask, review19); not the bare word for money, which a real family text may say. */
export const MONEY_ASK_WIDE = wideWords(
  [
    'überweisung', 'überweisen', 'dringend', 'rechnung', 'overmaken', 'betaalverzoek', 'tikkie', 'bonifico', 'ricarica',
    'virement', 'facture', 'przelew', 'pilne', 'pilnie', 'blik', 'převod', 'naléhavě', 'půjčit',
    'перевод', 'переведи', 'переведите', 'срочно', 'займи', 'переказ', 'терміново', 'позич',
    'спешно', 'pervesti', 'skubiai', 'havale', 'para gönder', 'para lazım', 'acil', 'העברה', 'דחוף', 'להעביר',
    'تحويل', 'عاجل', 'حوالة', '振り込', '振込', '送金', '至急', 'chuyển tiền', 'gấp', 'darurat', 'pinjam',
    // Korean: verify on mom's phone, ID card and both sides of a card, gift cards (msglure24)
    '인증받아', '인증번호', '주민등록증', '신분증', '카드 앞뒤', '상품권', '기프트카드', '이체',
  ],
  false,
);

/** Why the number changed: the phone broke, fell, got lost, the SIM card died (the script's story). */
export const PHONE_STORY_WIDE = wideWords(
  [
    'handy ist kaputt', 'handy kaputt', 'handy ist defekt', 'handy defekt', 'handy verloren', 'handy ist ins', 'sim-karte', 'simkarte',
    'telefoon is kapot', 'telefoon kapot', 'telefoon is gevallen', 'telefoon kwijt', 'téléphone est cassé', 'téléphone cassé', 'carte sim',
    'telefono rotto', 'cellulare rotto', 'telefono è caduto', 'ho perso il telefono', 'telefon się zepsuł', 'zepsuł mi się telefon',
    'zgubiłem telefon', 'zgubiłam telefon', 'rozbil se mi telefon', 'rozbitý mobil', 'ztratil jsem telefon', 'telefonum bozuldu',
    'telefonum kırıldı', 'telefonumu kaybettim', 'телефон сломался', 'разбил телефон', 'потерял телефон', 'телефон зламався',
    'هاتفي تعطل', 'انكسر هاتفي', 'ضاع هاتفي', 'הטלפון שלי התקלקל', 'הטלפון נשבר', 'スマホが壊れ', '携帯が壊れ', 'スマホを落とし',
    'hp rusak', 'hp saya rusak', 'hp hilang',
  ],
  true,
);

/** An account, a card or the access to them. */
export const ACCOUNT_WIDE = wideWords(
  [
    'konto', 'karte', 'zugang', 'legitimation', 'pushtan', 'online-banking', 'conto', 'carta', 'accesso', 'rekening', 'toegang',
    'účet', 'ucet', 'účtu', 'uctu', 'karta', 'karty', 'sąskait', 'saskait', 'kortel', 'сметка', 'карта', 'картата', 'достъп', 'счет', 'счёт',
    'рахун', 'картк', 'hesab', 'kartı', 'חשבון', 'כרטיס', 'حساب', 'بطاقة', 'البطاقة', '口座', 'アカウント', 'カード', '계좌', '계정',
    'tài khoản', 'akun', 'kartu',
    // German compounds ("Ihr Nutzerkonto", "Ihre Banking-App") and the e-mails' other names for the access (tune-2026-12-06ag, WRITE half)
    'nutzerkonto', 'benutzerkonto', 'kundenkonto', 'girokonto', 'bankkonto', 'onlinekonto', 'online-konto', 'sparkassenkonto', 'online-zugang',
    'onlinezugang', 'banking-app', 'mobile banking', 'online banking', 'profilo online', 'home banking', 'utenz',
  ],
  true,
);

/** Locked, restricted, suspended, expiring or ended. */
export const LOCK_WIDE = wideWords(
  [
    'gesperrt', 'eingeschränkt', 'deaktiviert', 'läuft ab', 'endet heute', 'abgelaufen', 'blockiert', 'bloccat', 'sospes', 'limitat', 'disattivat',
    'scadut', 'scade', 'geblokkeerd', 'opgeschort', 'beperkt', 'verloopt', 'verlopen', 'gedeactiveerd', 'zablokowan', 'zawieszon', 'ograniczon',
    'wygaś', 'wygas', 'zablokován', 'zablokovan', 'pozastaven', 'omezen', 'vyprší', 'vyprsi', 'užblokuot', 'uzblokuot', 'sustabdyt', 'apribot',
    'блокиран', 'спрян', 'ограничен', 'заблокирован', 'приостановлен', 'заблоковано', 'заблокован', 'askıya', 'bloke', 'kısıtlan', 'dondurul',
    'נחסם', 'הוגבל', 'יושעה', 'הושעה', 'חסום', 'إيقاف', 'محظور', 'تعليق', 'تجميد', 'مجمد', '制限', '凍結', 'ロック', '失効', '利用停止', '一時停止',
    '정지', '차단', '제한', '만료', 'diblokir', 'dinonaktifkan', 'ditangguhkan', 'dibekukan', 'kedaluwarsa', 'habis masa berlaku',
    // restricted in the noun and the run-together forms of the e-mails ("Einschränkungen", "Kontoeinschränken"), paused or cut off, and
    // the state the German e-mails open with: data, access or app "not (yet) confirmed", "not synchronised" — the lock to come
    'einschränk', 'eingeschraenkt', 'pausiert', 'nicht bestätigt', 'nicht verifiziert', 'nicht synchronisiert', 'nicht aktiviert', 'nicht legitimiert',
    'interrott', 'non verificat', 'non confermat', 'non confirmé', 'non vérifié',
  ],
  true,
);

/**
 * The locked state in words of its own: activity the reader did not do, which the lock is said to answer ("unknown transfer", "unusual
 * activity", "unauthorised access" — in English the account-locked rule already reads "unusual activity" as the locked state), and the
 * German compounds that are account and lock in one word ("Kontosperrung", "Kontoeinschränkung", "Ihr Kontoeinschränken").
 */
export const LOCKED_ALONE_WIDE = wideWords(
  [
    'ungewöhnliche aktivität', 'ungewöhnlichen aktivität', 'unbekannte überweisung', 'unbekannten überweisung', 'verdächtige aktivität',
    'verdächtigen aktivität', 'unbefugte zugriff', 'unbefugten zugriff', 'unbekannter anmeldeversuch', 'unbekannten anmeldeversuch',
    'falsche anmeldeversuche', 'unregelmäßige aktivität', 'attività sospett', 'attività insolit', 'accesso non autorizzato',
    'accessi non autorizzati', 'operazione sospetta', 'activité inhabituelle', 'activité suspecte', 'connexion inhabituelle', 'transaction suspecte',
    'kontosperr', 'kontoeinschränk', 'kontobeschränk', 'kontodeaktivier', 'zugangssperr',
  ],
  true,
);

/**
 * What the reader is told to do: confirm who they are, update their data, log in, unlock (VERIFY_WORDS and these), read as
 * stems ("verifica" also reads "verificare"); shape-words.ts says why ASK_WIDE reads the same verbs as whole words.
 */
export const UNLOCK_WIDE = wideWords(
  [
    ...VERIFY_WORDS,
    'einloggen', 'freischalten', 'entsperren', 'verifica', 'verifieer', 'inloggen', 'bijwerken', 'zweryfikuj', 'potwierdz', 'odblokuj',
    'ověřte', 'overte', 'aktualizujte', 'přihlaste', 'prihlaste', 'patvirtink', 'atnaujink', 'prisijunk', 'потвърдете', 'актуализирайте',
    'влезте', 'разблокир', 'підтвердіть', 'doğrula', 'güncelle', 'giriş yap', 'לאמת', 'אמת את', 'עדכן', 'לעדכן', 'התחבר', 'تحديث',
    'تأكيد', 'تفعيل', 'تسجيل الدخول', '本人確認', 'ご本人様', '手続き', '再認証', '解除',
    // the nouns and infinitives of the e-mails ("Die Bestätigung können Sie … starten", "zu aktivieren", "vérifier")
    'bestätigung', 'verifizierung', 'legitimieren', 'aktivieren', 'synchronisieren', 'überprüfen', 'riattiva', 'vérifier', 'confirmer',
    'réactiver', 'identifikation', 'identifizierung', 'nachholen', 'holen sie',
  ],
  true,
);

/** Words that send the reader to a link: "klicken Sie hier", "clicca", "kliknij", "לחץ", "اضغط", "クリック", "こちら". */
export const LINK_WORDS_WIDE = wideWords(
  [
    'klicken sie', 'hier klicken', 'unter folgendem link', 'clicca', 'klik hier', 'klik op', 'kliknij', 'klikněte', 'kliknete', 'spauskite',
    'paspauskite', 'натиснете', 'нажмите', 'перейдите по ссылке', 'перейдіть за посиланням', 'tıklayın', 'לחץ', 'לחצו', 'اضغط', 'انقر',
    'クリック', 'こちら', 'リンク', 'klik tautan', 'klik link', 'link berikut', 'tautan berikut',
    // the e-mails' buttons and links ("Bitte folgen Sie dem Link unten", "über den unten ausgeführten Button", "clicca qui")
    'folgen sie dem link', 'über den link', 'über den button', 'über nachfolgenden button', 'ausgeführten button', 'schaltfläche', 'clicca qui',
    'al seguente link', 'al seguente form', 'cliquez ici', 'suivez le lien', 'suivre le lien',
    // (msglure24) Dutch, Italian, Polish, Arabic, Hindi, Bengali, Thai, Swahili
    'via de link', 'via deze link', 'op de link', 'op deze link', 'tramite il link', 'nel link', 'al link', 'w linku', 'pod linkiem',
    'الرابط', 'رابط', 'लिंक', 'লিংক', 'লিঙ্ক', 'ลิงก์', 'ลิงค์', 'kiungo',
  ],
  true,
);

/**
 * "Link" as a noun beside English's, for a message whose last word it is (pressure-ask: the link was cut after it): Spanish,
 * French, Indonesian, Turkish, Czech, Russian, Ukrainian, Korean, Japanese, Chinese, Arabic, Hindi, Bengali. A pattern (no
 * edges for scripts without spaces); not German or Dutch "links", which is "left" there.
 */
export const LINK_NOUN_WIDE = String.raw`\benlace|\blien|\btautan|\bbağlantı\w*|\bodkaz\w*|ссылк\w*|посилання|링크|リンク|链接|連結|網址|网址|رابط|लिंक|লিংক`;

/** A fee for not doing it in time ("Dabei wird eine Bearbeitungsgebühr in Höhe von 37,00 Euro fällig"): the e-mails' "or else". */
export const PENALTY_WIDE = wideWords(
  ['bearbeitungsgebühr', 'entsperrgebühr', 'freischaltgebühr', 'reaktivierungsgebühr', 'costo di riattivazione', 'frais de réactivation', 'frais de traitement'],
  true,
);

/** A deadline or an "or else": today, within hours, at once. */
export const DEADLINE_WIDE = wideWords(
  [
    'endet heute', 'läuft heute ab', 'innerhalb von 24', 'innerhalb von 48', 'sofort', 'entro 24', 'entro 48', 'entro oggi', 'binnen 24',
    'vandaag nog', 'w ciągu 24', 'do 24 hodin', 'per 24 valand', 'в течение 24', 'до 24 часа', 'протягом 24', '24 saat içinde', 'תוך 24',
    'خلال 24', '本日中', '24時間以内', '一定期間', '24시간 이내', 'dalam 24 jam', 'hari ini juga', 'tiga hari kerja',
  ],
  true,
);

/**
 * A code the reader's phone received, in the languages the hold-outs arrive in (msglure24): the WhatsApp, bank or wallet code a
 * hijacker asks for ("Ik heb per ongeluk een code naar je gestuurd", "把验证码发给我", "인증번호 보내줘", "OTP बता दो").
 */
export const CODE_WIDE = `(?:${wideWords(
  // short Latin words whole (review24): as stems "pin" read Tagalog's past "pinadala", "pinasa" (sent, passed on) and Spanish
  // "pinchar" (click), so a family text asking for a receipt ("Pinadala ko na yung pera, pakisend ng resibo") was a code asked back
  ['code', 'codes', 'kod', 'kodu', 'kodem', 'kody', 'kode', 'otp', 'pin', 'pincode'],
)}|${wideWords(
  [
    'codice', 'sms-code', 'verificatiecode', 'bestätigungscode',
    '인증번호', '인증 번호', '验证码', '驗證碼', '認証コード', '確認コード', 'رمز التحقق', 'رمز التفعيل', 'الرمز', 'الكود', 'كود',
    'कोड', 'ओटीपी', 'কোড', 'ওটিপি', 'รหัส', 'mã otp', 'mã xác nhận', 'mã xác thực', 'namba ya siri',
  ],
  true,
)})`;

/**
 * Codes people do pass on, in the languages of CODE_WIDE (asks-for-secrets' OTHER_CODE has them in English and Spanish): a
 * door, gate or intercom code, the Wi-Fi, a bike lock, a discount or voucher code, a postcode ("Stuur me even de wifi-code",
 * "Schick mir den Code für die Haustür", "mandami il codice sconto", "wyślij mi kod do bramy": review24, each a family text that
 * was a code asked back). Whole words: a hijacker's "I sent you a code by mistake" names none of them.
 */
export const OTHER_CODE_WIDE = wideWords([
  'wifi', 'wi-fi', 'wlan', 'router', 'alarm', 'garage', 'promo', 'coupon', 'voucher', 'qr',
  'deur', 'voordeur', 'poort', 'slot', 'fietsslot', 'kluis', 'korting', 'haustür', 'tür', 'tor', 'hoftor', 'schloss', 'fahrradschloss', 'rabatt', 'gutschein',
  'cancello', 'portone', 'porta', 'citofono', 'sconto', 'promozionale', 'buono', 'lucchetto',
  'brama', 'bramy', 'bramę', 'bramie', 'drzwi', 'domofon', 'domofonu', 'furtka', 'furtki', 'klatka', 'klatki', 'rabat', 'rabatowy', 'zniżka', 'zniżkowy', 'kłódka', 'kłódki',
  'porte', 'portail', 'digicode', 'interphone', 'réduction', 'portão', 'desconto', 'cupom',
  'pos', 'diskon', 'pintu', 'gerbang', 'mlango', 'geti', 'pinto', 'cửa', 'giảm giá', 'khuyến mãi',
]);

/** "Send it to me", "tell me", "forward it to me": the code asked back by the writer ("stuur hem naar mij", "发给我", "보내줘"). */
export const SEND_ME_WIDE = wideWords(
  [
    'stuur mij', 'stuur me', 'naar mij sturen', 'naar mij doorsturen', 'kun je die', 'schick mir', 'schicke mir', 'sende mir', 'schickst du mir',
    'me lo puoi', 'mandami', 'inviami', 'girami', 'envoie-moi', 'envoyez-moi', 'renvoie-moi', 'transfère-moi', 'wyślij mi', 'prześlij mi', 'podaj mi',
    '보내줘', '보내 줘', '알려줘', '알려 줘', '불러줘', '불러 줘', '发给我', '發給我', '传给我', '傳給我', '告诉我', '告訴我', '送ってくれ', '教えてくれ', '送ってほしい',
    'أرسل لي', 'ارسل لي', 'ابعت لي', 'ابعتلي', 'ارسلي', 'भेज दो', 'बता दो', 'मुझे भेज', 'मुझे बता', 'আমাকে পাঠা', 'পাঠিয়ে দাও', 'বলে দাও',
    'ส่งมาให้', 'บอกรหัส', 'nitumie', 'niambie', 'nitajie', 'gửi cho mình', 'gửi cho em', 'gửi lại cho', 'đọc mã', 'pakisend', 'pasend', 'i-send mo sa akin',
  ],
  true,
);
