/**
 * Government-office, fine and prize messages in the other languages immigrants read (session 18, tune batch
 * tune-2026-12-06ab): office-notice, payment-demand, threat and lottery-win words in Indonesian, Turkish, Russian,
 * Ukrainian, Polish, Arabic, Persian, Japanese, Italian, Uzbek, Urdu, Hindi and more Portuguese and Spanish; warnings
 * in those languages; a quotation inside a longer text. Messages marked WRITE are from the batch's WRITE half; the
 * others are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { checkMessage } from '@/lib/message';
import { officeNotice } from '@/lib/message/office-notice';
import lotteryWin from '@/lib/message/signals/lottery-win';
import paymentDemand from '@/lib/message/signals/payment-demand';
import threat from '@/lib/message/signals/threat';
import { SCAM_WORD, warns } from '@/lib/message/sentences';
import { fold, wideWords, wordsPattern } from '@/lib/text/normalize';
import { signalTable } from './signals/helpers';

describe('wideWords', () => {
  const re = new RegExp(wideWords(['суд', 'штраф', 'غرامة', '国税庁']));
  it('bounds words of every alphabet, not only Latin', () => {
    expect(re.test(fold('Решение суда: суд назначил штраф'))).toBe(true);
    expect(re.test(fold('Посуда и судьба'))).toBe(false);
    expect(re.test(fold('штрафа'))).toBe(false);
  });
  it('leaves Arabic-script and Japanese words without edges (clitics, no spaces)', () => {
    expect(re.test(fold('بالغرامة'))).toBe(true);
    expect(re.test('【国税庁】')).toBe(true);
  });
  it('lets stems run on', () => {
    expect(new RegExp(wideWords(['штраф'], true)).test(fold('штрафа'))).toBe(true);
  });
});

describe('wordsPattern edges (one function: Latin edges by default, every alphabet with "wide")', () => {
  it('Latin edges leave a Cyrillic word unbounded; wide edges bound it', () => {
    expect(new RegExp(wordsPattern(['суд'])).test(fold('посуда'))).toBe(true);
    expect(new RegExp(wordsPattern(['суд'], false, 'wide')).test(fold('посуда'))).toBe(false);
    expect(wideWords(['суд', 'штраф'])).toBe(wordsPattern(['суд', 'штраф'], false, 'wide'));
  });
  it('both keep Latin words bounded and Chinese, Japanese and Korean words free', () => {
    for (const edges of ['latin', 'wide'] as const) {
      expect(new RegExp(wordsPattern(['scam'], false, edges)).test('scammed')).toBe(false);
      expect(new RegExp(wordsPattern(['詐欺'], false, edges)).test('【詐欺】注意')).toBe(true);
    }
  });
});

describe('scam words (warnings) are words a warning uses, not an impostor (msgfam19)', () => {
  const scamWord = (t: string): boolean => {
    SCAM_WORD.lastIndex = 0;
    return SCAM_WORD.test(fold(t));
  };
  it('names the fraud in Dutch, German, Czech, Lithuanian, Bulgarian, Hebrew and Japanese warnings', () => {
    for (const t of ['Het kan om een phishingbericht gaan.', 'Vorsicht, Abzocke!', 'Je to podvod.', 'Sukčiai siunčia žinutes.', 'Измамници изпращат SMS.', 'הודעת הונאה', '宅配業者を装ったSMS']) expect(scamWord(t), t).toBe(true);
  });
  it('no longer takes "truffle", Spanish mockery or an impostor’s own "intruders" for a warning', () => {
    expect(scamWord('Risotto al tartufo with truffle oil')).toBe(false);
    expect(scamWord('No es una burla: su cuenta será suspendida hoy.')).toBe(false);
    expect(scamWord('Злоумышленники пытаются войти в ваш личный кабинет. Подтвердите вход по ссылке.')).toBe(false);
    expect(scamWord('Злоумышленники рассылают SMS от имени банка.')).toBe(true);
    expect(scamWord('Esta burla usa o nome dos CTT.')).toBe(true);
    expect(scamWord('Attenzione alla truffa del pacco.')).toBe(true);
  });
  it('a warning that tells what "the messages" say, in the plural', () => {
    expect(warns(fold('В съобщенията се уведомява, че клиентът има пратка и трябва да заплати сума.'))).toBe(true);
    expect(warns(fold('Ihre Sendung wartet. In dieser Nachricht finden Sie den Link.'))).toBe(false);
  });
});

signalTable(
  'officeNotice in other languages',
  officeNotice,
  [
    // WRITE
    ['E-Tilang: Denda lintas Anda overdue. Ini adalah pemberitahuan final sebelum kena penalti ganda. Lunasi! tilanga.cc/id.', 'strong'],
    ['Denda lalu lintas Anda masih tertunggak. Bayar segera secara tepat waktu agar tidak ada hukuman tambahan.Cek informasi lengkap sekarang! kejaksaany.cc/id.', 'strong'],
    // written for this test
    ['Vergi dairesi: 1.250 TL vergi borcunuz bulunmaktadır. Ödeme için: https://gib-odeme.top', 'strong'],
    ['ГИБДД: у вас неоплаченный штраф 500 руб. Подробнее: https://gibdd-oplata.site', 'strong'],
    ['Urząd Skarbowy: masz zaległość podatkową. Szczegóły w załączniku.', 'strong'],
    ['الشرطة: لديك مخالفة مرورية غير مدفوعة https://moi-pay.top', 'strong'],
    ['【国税庁】未納の税金があります。https://nta-pay.xyz', 'strong'],
    ['Sayın vatandaş, hakkınızda açılan ceza dosyanız için tıklayın: (Sahte Link)', 'strong'],
  ],
  [
    // WRITE: the real UYAP court SMS examples (a court, a case file, no link)
    'Ankara 1. Asliye Hukuk Mahkemesinin 2008/345 sayılı dosyasında 15.3.2008 tarihli duruşmaya, Avukat Ahmet Keskin katılmamıştır.',
    '2007/27 sayılı dosyada 15.05.2008 08:30:00 tarihine duruşma günü verilmiştir.',
    // written for this test: real offices with their own portals
    'Госуслуги: вам выписан штраф ГИБДД 500 ₽. Оплатить со скидкой: https://www.gosuslugi.ru/pay',
    'Pemberitahuan ETLE: kendaraan Anda tercatat melanggar. Konfirmasi di https://konfirmasi-etle.polri.go.id',
    '【国税庁】e-Taxのお知らせ https://www.nta.go.jp',
    // a guide quoting the scam's phrases inside quotation marks
    'Ciri pesan penipu: Pesan berisi ancaman dan tekanan waktu seperti “segera bayar untuk menghindari sanksi tambahan” atau “pemberitahuan final sebelum dikenakan penalti ganda.” Pesan menyertakan tautan mencurigakan dengan domain tidak resmi, misalnya format URL singkat atau domain tidak jelas seperti tilanga.cc/id. Kunjungi laman https://konfirmasi-etle.polri.go.id dan masukkan nomor referensi dari pesan yang Anda terima.'.repeat(1),
  ],
);

signalTable(
  'paymentDemand in other languages',
  paymentDemand,
  [
    ['Caro Contribuinte, Vamos proceder a penhora de bens, a partir de 06/12/2024 por dívida fiscal vencida. Pague HOJE', 'weak'], // WRITE
    ['Geçiş ücretinizi 24 saat içinde ödeyin.', 'weak'],
    ['Zapłać mandat do jutra.', 'weak'],
    ['يرجى سداد المبلغ اليوم', 'weak'],
    ['【国税庁】未払い税金お支払いのお願い。', 'weak'],
  ],
  ['Terima kasih, pembayaran Anda sudah kami terima.', 'Ödemeniz alınmıştır. Teşekkür ederiz.'],
);

signalTable(
  'threat in other languages',
  threat,
  [
    ['Caro Contribuinte, Vamos proceder a penhora de bens, a partir de 06/12/2024 por dívida fiscal vencida. Pague HOJE', 'weak'], // WRITE
    ['Оплатите штраф в течение 3 дней, иначе сумма увеличится и дело будет передано в суд', 'weak'],
    ['Pemberitahuan final sebelum kena penalti ganda.', 'weak'],
    ['Ödemezseniz hakkınızda icra takibi başlatılacaktır.', 'weak'],
  ],
  [
    'Polisi mengimbau: penipuan SMS tilang mengancam penalti ganda, jangan klik tautan.', // a warning
    'Оплатите штраф в течение 20 дней со скидкой 50%.',
  ],
);

signalTable(
  'lotteryWin in other languages',
  lotteryWin,
  [
    // WRITE
    ['Slamat..!! anda men_dpt hadiah dari TELKOMSEL pin pemenang anda 2e****, U/info kunjungi www.tlkmslpanengpoin.webs.com pengirim:Telkomselpoin', 'strong'],
    // written for this test
    ['مبروك! ربحت جائزة نقدية، اتصل الآن', 'strong'],
    ['Tebrikler, çekilişi kazandınız! Ödülünüz için kargo ücretini ödeyin.', 'strong'],
    // the DV lottery's own word for its winners ("当選", "برنده") only amplifies
    ['DV-2027に当選しました。Entrant Status Checkで確認できます。', 'weak'],
  ],
  ['Polisi: waspada penipuan undian berhadiah, pemenang asli tidak pernah diminta biaya.'],
);

describe('checkMessage on government-office and prize messages in other languages', () => {
  it.each([
    // WRITE
    'E-Tilang: Denda lintas Anda overdue. Ini adalah pemberitahuan final sebelum kena penalti ganda. Lunasi! tilanga.cc/id.',
    'На ваше имя выписан штраф за нарушение ПДД. Оплатите его в течение 3 дней, иначе сумма увеличится',
    'Caro Contribuinte, Vamos proceder a penhora de bens, a partir de 06/12/2024 por dívida fiscal vencida. Pague HOJE',
    'Recordatorio final: se acerca la fecha límite de pago de peajes. Sus peajes pendientes vencen el 8 de abril de 2025. La falta de pago puede resultar en: suspensión de la matrícula del vehículo, sanciones financieras, puntaje de crédito dañado … Por favor, pague ahora para evitar estas consecuencias. ¡Gracias!',
    'Slamat..!! anda men_dpt hadiah dari TELKOMSEL pin pemenang anda 2e****, U/info kunjungi www.tlkmslpanengpoin.webs.com pengirim:Telkomselpoin',
  ])('flags %s', (text) => {
    expect(['caution', 'danger']).toContain(checkMessage(text).level);
  });

  it.each([
    // WRITE: a real cyber-police SMS, warnings that use the scam's words, a real fine-payment notice
    'УВАГА! Поліція попереджає! Не станьте жертвами шахраїв. У жодному разі не повідомляйте стороннім особам, які звертаються до Вас у телефонному режимі, дані своїх банківських карток. Пам’ятайте: співробітники банку ніколи не запитують таку інформацію. Слава Україні!! Перемога близько!',
    'Pesan dari penipu memiliki karakteristik yang sangat berbeda dan mudah diidentifikasi jika Anda teliti: SMS dikirim dari nomor tidak dikenal atau mencurigakan. Pesan berisi ancaman dan tekanan waktu seperti “segera bayar untuk menghindari sanksi tambahan” atau “pemberitahuan final sebelum dikenakan penalti ganda.” Pesan menyertakan tautan mencurigakan dengan domain tidak resmi, misalnya format URL singkat atau domain tidak jelas seperti tilanga.cc/id. … Kunjungi laman https://konfirmasi-etle.polri.go.id dan masukkan nomor referensi dari pesan yang Anda terima.',
    'Самое главное условие – провести оплату в течение 20 дней с момента вынесения постановления. Если в личный кабинет уже пришло уведомление о штрафе, следует зайти в письмо и нажать на кнопку «Перейти к оплате».',
    // written for this test: warnings in Turkish, Persian and Italian
    'Dolandırıcılar "ceza dosyanız var" diye SMS atıyor. Linke tıklamayın; mahkemeler SMS ile ödeme istemez, dolandırıcılık mesajlarını bildirin.',
    'پلیس فتا: پیامک ابلاغیه قضایی حاوی لینک کلاهبرداری است. قوه قضاییه هرگز برای مشاهده ابلاغیه وجه دریافت نمی‌کند.',
    'La Polizia avverte: SMS di finta vincita, è una truffa. Non pagate nessuna spesa per il premio.',
    // "sahte" (fake) is a warning word outside the placeholder a news story writes over a cut link
    'Sahte e-Devlet mesajlarına dikkat: "ceza dosyanız var" diyen SMS\'teki linke tıklamayın, dolandırıcılar kart bilgilerinizi istiyor.',
  ])('stays quiet on %s', (text) => {
    expect(['none', 'notice']).toContain(checkMessage(text).level);
  });

  // review18: an impostor's longer e-mail that puts its own demand in quotation marks (written for this test); only a quotation
  // the text reports ("seperti “…”", "such as \"…\"", "\"…\" diye") is someone else's words.
  const footer =
    ' This email and any attachments are confidential and intended solely for the addressee. If you received it in error please notify the sender and delete it. Our office hours are Monday to Friday, 9am to 5pm.';
  it.each([
    'Dear winner, "You have won $850,000 in the 2026 international email lottery draw" and your prize is ready. Contact our claims agent with your full name and address.',
    'Notice: "Failure to pay will result in your arrest and deportation" unless the outstanding amount is settled today.',
    'Dear customer, "your account has been suspended, pay the $4.99 redelivery fee at the link below" to release your parcel http://usps-redeliver.top',
  ])('a longer message quoting its own demand is still the message: %s', (text) => {
    expect(['caution', 'danger']).toContain(checkMessage(text + footer).level);
  });
  it('a longer warning that quotes the scam as an example stays quiet', () => {
    const warning = 'Our office will not text you about fines. Some people got texts such as "your toll is overdue, pay the $6.99 fee now at the link to avoid a penalty" from strangers; delete them.';
    expect(['none', 'notice']).toContain(checkMessage(warning + footer).level);
  });

  it('a phrase in quotation marks in a text-message-length message is still the message', () => {
    expect(['caution', 'danger']).toContain(checkMessage('E-Tilang: “Denda Anda overdue, bayar segera sebelum penalti ganda.” tilanga.cc/id').level);
  });
});

describe('everyday families in the other languages, whole message (msgfam19, tune-2026-12-06af)', () => {
  const level = (t: string) => checkMessage(t).level;
  it.each([
    'DPOST: Ihr Paket DE78870SKT unterliegt einer Zollgebühr (2,99€), die Sie bezahlen müssen unter: post-d-export.com',
    'Hallo Mama, mein Handy ist defekt. Dies hier ist meine neue Nummer. Schreib mir bitte.',
    'Ihre Legitimation endet Heute am 13.09.2023, bitte Aktualisieren Sie Ihre Daten unter:',
    'Twoja przesyłka została wstrzymana. Dopłata 1,99 zł: https://inpost-doplata.top/pl',
  ])('flags %s', (t) => {
    expect(['caution', 'danger']).toContain(level(t));
  });
  it.each([
    // a carrier's real notices, with and without its own link
    'Madame, Monsieur, Nous avons le plaisir de vous annoncer que votre colis n° XXXXXXXXXXXXX est disponible dans votre point Chrono Relais. Votre colis sera conservé 8 jours.',
    'Für Ihre Sendung fallen Zollgebühren von 19,00 EUR an. Bezahlen Sie hier: https://www.dhl.de/de/privatkunden/zoll',
    'Ihre Sendung konnte heute nicht zugestellt werden. Sie liegt ab morgen in Ihrer Filiale zur Abholung bereit.',
    // a child's real new number, and a bank's real lock notice with no link
    'Hallo Oma, das ist meine neue Nummer. Liebe Grüße, Lena',
    'Ihre Karte wurde gesperrt. Die neue Karte kommt mit der Post.',
    // warnings that tell the same stories
    'Das Hauptzollamt warnt vor betrügerischen SMS-Mitteilungen. Darin wird behauptet, eine Sendung läge beim Zoll und es wären Gebühren fällig. In der Nachricht ist zudem ein Link enthalten, unter dem das Opfer den angeblich ausstehenden Betrag zahlen soll.',
    'המשטרה מזהירה כי בימים אלה מתרחשת מתקפה נרחבת של הונאות דיוג באמצעות מסרונים המתחזים לדואר ישראל. להודעות מצורף קישור זדוני לטובת תשלום לכאורה עבור עמלת מכס.',
  ])('stays quiet on %s', (t) => {
    expect(['none', 'notice']).toContain(level(t));
  });
});

describe('everyday lures in the languages the hold-outs arrive in (msglure24, tune-2026-12-06ap)', () => {
  const level = (t: string) => checkMessage(t).level;
  it.each([
    // an unpaid parking fee with a fine if late, pay at the link the press cut (zh-Hant)
    '提醒您,您有一筆45元臨時停車費用未繳清,逾期將處新台幣三百元罰鍰。請輸入電話「末三碼」開啟連結並繳納 (釣魚網址)',
    // a parcel stopped for its address: click within 24 hours or it goes back with a storage fee (zh-Hant)
    '您的包裹因地址不完整暫停派送，請於24小時內點擊連結確認，否則將退回並產生保管費。',
    // the national tax office's arrears, pay in full at once through the link below (ja)
    '【催促状】滞納した税金がございます。\n\nあなたが納税すべき国税等につきましては、いまだ納められていません**下のリンクにアクセスし、記載されている方法で直ちに全額を納税の上、御連絡ください。',
    // India's KYC texts: the account written "A/C", "closed today", update the PAN at a link
    'DEAR USER, Your A/C will be blocked today. update PANCARD for KYC. verify your account login with NetBanking kyc Click here http://surl.li/fdepy.',
    'Dear Customer, your SBI YONO Account is Closed Today Contact now And Update your PAN NUMBER in the following link',
    // "mom, my screen broke, I'm on a temporary number: verify with your phone, send your ID and both sides of your card" (ko)
    '엄마~나 지금 폰 액정 때문에 AS 맡기고 임시 번호로 문자 했어~ 엄마 이 번호 통화 안돼 문자 줘~ … 보험 등록도 우선 엄마 카드로 등록하고 다시 내 명의로 변경해야 돼 엄마 주민등록증 앞면 사진하고 카드 앞뒤면 사진 찍어서 보내줘',
  ])('flags %s', (t) => {
    expect(['caution', 'danger']).toContain(level(t));
  });
  it.each([
    // a city's own parking notice on its own government site, a carrier's pick-up text (zh-Hant)
    '您有一筆停車費尚未繳納，請至 https://citypark.tainan.gov.tw 查詢及繳費。',
    '您的包裹已送達門市，請於7日內憑取件碼取貨。',
    // a child's real text about a broken phone, with no ask (ko); a real account credit (en, India)
    '엄마 나 폰 고장나서 수리 맡겼어. 저녁에 집에서 얘기해',
    'Your A/C XX1234 has been credited with Rs 5,000.00 on 01-12-25. Avl bal Rs 12,300.00',
    // warnings that name the scam and the real channel (es), list the lures to doubt (ja), call the text fake (nl)
    'Es un caso más de fraude conocido como smishing. Sin embargo la DGT solo notifica sus sanciones a través de correo postal certificado o dirección electrónica si se ha dado de alta previamente. Además, las consultas en la sede electrónica de la DGT son sencillas. Basta con entrar en su web www.dgt.es y pinchar en el desplegable de «Nuestros servicios» donde aparece la opción de Multas y Sanciones.',
    'この時期に届きがちな注意したい文面がこちらです。\n- 【国税庁】未払い税金があります。至急ご確認ください\n- 【e-Tax】還付金の手続きが未完了です\n- 24時間以内に支払わないと差押えになります\nドキッとしたら、その瞬間に一度ストップ。リンクを押す前に、この鉄則だけ押さえてください。\n「税金の話が“リンク”で来たら、まず疑う」。',
    // ...which the shape rule would read as the lure itself without the warning's own verdict ("Deze sms is nep", "迷惑メール…まず疑って")
    'Krijgt u een sms dat uw schuld openstaat en de deurwaarder beslag legt, met "betaal via de link"? Deze sms is nep. Verwijder hem.',
    'お客様の税金が未払いのため差押えになります、リンクからご確認ください、という迷惑メールが届いています。まず疑ってください。',
  ])('stays quiet on %s', (t) => {
    expect(['none', 'notice']).toContain(level(t));
  });
});

describe('a code asked back, in the languages the hold-outs arrive in (msglure24)', () => {
  const level = (t: string) => checkMessage(t).level;
  it.each([
    'Hoi, ik heb per ongeluk een code naar je gestuurd, kun je die naar mij doorsturen?',
    '妈，我刚才把验证码发到你手机了，把验证码发给我一下',
    '엄마 방금 인증번호 갔지? 인증번호 보내줘',
    'Nimekutumia code kwa makosa, nitumie tafadhali',
  ])('flags %s', (t) => {
    expect(['caution', 'danger']).toContain(level(t));
  });
  it.each([
    // the one-time-code texts themselves: they say the code and never ask it back
    'Il tuo codice di verifica WhatsApp è 123-456. Non condividere questo codice.',
    '您的驗證碼是 483920，請勿告訴任何人。',
    '인증번호 [482910]를 입력해주세요. 타인에게 알려주지 마세요.',
    // a warning that quotes the ask
    'Oplichters sturen: "ik heb per ongeluk een code naar je gestuurd, kun je die naar mij sturen?" Dit is WhatsApp-fraude: stuur nooit een code door.',
    // (review24) no code at all: Tagalog's past "pinadala", "pinasa", "pinapunta" (sent, passed on, sent off) and a family member
    // asking for a receipt, a screenshot or a photo; a Dutch bank card ("pinpas") photo
    'Pinadala ko na yung pera kahapon, pakisend ng resibo pag natanggap mo.',
    'Ate, pinasa ko na sa GCash. Pakisend naman ng screenshot.',
    'Mahal, pinapunta ako ng boss ko sa Cebu. Pasend ng litrato ng mga bata.',
    'Kun je die pinpas foto naar mij sturen? Dan bestel ik een nieuwe.',
  ])('stays quiet on %s', (t) => {
    expect(['none', 'notice']).toContain(level(t));
  });
});
