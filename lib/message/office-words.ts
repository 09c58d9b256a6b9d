/**
 * The words of office-notice.ts in the other languages immigrants read (Indonesian, Turkish, Russian, Ukrainian, Polish,
 * Arabic, Persian, Japanese, Italian, Uzbek, Urdu, Hindi, German, and more Portuguese and Spanish): government offices, the
 * reader's own matter, money that names its office, "you" and attachments. Natural spelling, folded by
 * wideWords (edges for every alphabet, none for Arabic script or Japanese). Kept apart so the rule reads in English.
 * From general knowledge of each country's offices and the words of the messages and warnings in tune-2026-12-06ab.
 */
import { wideWords } from '../text/normalize';

/** Police and traffic police, courts and prosecutors, tax offices, customs, the state post, e-government portals. */
export const OFFICE_WIDE = wideWords(
  [
    // Indonesian
    'polisi', 'kepolisian', 'polri', 'polda', 'polres', 'korlantas', 'ditlantas', 'kejaksaan', 'pengadilan', 'ditjen pajak', 'kantor pajak', 'bea cukai', 'samsat', 'etle',
    // Turkish
    'emniyet', 'polis', 'jandarma', 'mahkeme', 'savcılık', 'başsavcılığı', 'vergi dairesi', 'gelir idaresi', 'gümrük', 'e-devlet', 'uyap', 'karayolları', 'adliye',
    // Russian and Ukrainian
    'полиция', 'полиции', 'мвд', 'гибдд', 'гаи', 'госавтоинспекц', 'прокуратур', 'налоговая', 'налоговой', 'фнс', 'таможн', 'госуслуг', 'фссп', 'приставы',
    'поліція', 'поліції', 'кіберполіці', 'мвс', 'податкова', 'податкової', 'дпс', 'митниц', 'укрпошт',
    // Polish
    'policja', 'policji', 'urząd skarbowy', 'urzędu skarbowego', 'administracja skarbowa', 'administracji skarbowej', 'ministerstwo finansów', 'ministerstwa finansów',
    'do sądu', 'sąd rejonowy', 'prokuratura', 'urząd celny', 'poczta polska', 'e-urząd', 'komornik',
    // Arabic, Persian, Urdu
    'الشرطة', 'شرطة', 'المرور', 'النيابة', 'المحكمة', 'الضرائب', 'الجمارك', 'وزارة الداخلية', 'الحكومة',
    'پلیس', 'راهور', 'دادگستری', 'قوه قضاییه', 'قوه قضائیه', 'دادگاه', 'دادسرا', 'سامانه ثنا', 'امور مالیاتی', 'گمرک', 'دولت',
    'پولیس', 'عدالت', 'کسٹم', 'پاکستان پوسٹ', 'ایکسائز', 'ایف بی آر', 'حکومت',
    // Japanese
    '国税庁', '国税局', '国税', '税務署', '警察', '裁判所', '検察', '税関', '日本郵便', '年金機構', '市役所', '区役所', '出入国在留管理',
    // Italian
    'agenzia delle entrate', 'agenzia entrate', 'riscossione', 'equitalia', 'polizia', 'carabinieri', 'guardia di finanza', 'tribunale', 'procura', 'dogana', 'poste italiane', 'inps',
    // Uzbek, Hindi
    'iibb', 'yhxb', 'ichki ishlar', 'davlat soliq', 'soliq qo\'mitasi', 'bojxona', 'majburiy ijro', 'prokuratura',
    'पुलिस', 'यातायात', 'परिवहन', 'आयकर', 'न्यायालय', 'अदालत', 'सरकार',
    // Portuguese and Spanish (more)
    'autoridade tributária', 'portal das finanças', 'autoridad tributaria',
    // German (msgmail20): the federal and local tax offices, customs, police, courts, the family and pension funds
    'bundeszentralamt für steuern', 'bundeszentralamt', 'bzst', 'finanzamt', 'finanzbehörde', 'steuerbehörde', 'bundesfinanzministerium',
    'bundesministerium der finanzen', 'elster', 'zollamt', 'hauptzollamt', 'zollbehörde', 'generalzolldirektion', 'polizei', 'bundespolizei',
    'amtsgericht', 'staatsanwaltschaft', 'bußgeldstelle', 'familienkasse', 'bundesagentur für arbeit', 'rentenversicherung',
  ],
  true,
);

/** The reader's own matter: a fine, a debt or arrears, a seizure, a summons or court notice, a tax or toll due, a refund. */
export const MATTER_WIDE = wideWords(
  [
    'denda', 'tilang', 'tertunggak', 'tunggakan', 'tertunda', 'penalti', 'sanksi', 'pelanggaran', 'belum dibayar',
    'ceza', 'borç', 'borcunuz', 'ödenmemiş', 'gecikme', 'haciz', 'icra', 'tebligat', 'geçiş ücreti', 'vergi borcu', 'gümrük ücreti', 'iade',
    'штраф', 'задолженн', 'недоимк', 'неоплач', 'пени', 'взыскани', 'постановлени', 'повестк', 'нарушени', 'возврат налога',
    'заборгован', 'несплачен', 'повістк', 'порушенн',
    'mandat', 'grzywn', 'zaległ', 'niezapłacon', 'nieopłacon', 'zadłużeni', 'egzekucj', 'wezwani', 'kontroli', 'zwrot podatku', 'nadpłat',
    'غرامة', 'غرامات', 'مخالفة', 'مخالفات', 'رسوم', 'متأخرة', 'مستحقة', 'غير مدفوع', 'حجز', 'استرداد',
    'جریمه', 'خلافی', 'بدهی', 'ابلاغیه', 'ابلاغ', 'احضاریه', 'شکوائیه', 'حکم جلب', 'مالیات',
    'جرمانہ', 'جرمانے', 'چالان', 'واجبات', 'بقایا',
    '未納', '未払', '滞納', '差押', '差し押さえ', '罰金', '反則金', '延滞', '督促', '税金', '還付',
    // Traditional Chinese (Taiwan, Hong Kong: msglure24): a fine, a ticket, a violation, unpaid (overdue, 逾期, is written the same in
    // both scripts: office-notice.ts's Chinese words have it)
    '罰鍰', '罰款', '罰單', '違規', '違章', '未繳', '滯納金',
    'multa', 'sanzion', 'contravvenzion', 'cartella', 'pignorament', 'insolut', 'arretrat', 'mancato pagamento', 'rimborso',
    'jarima', 'qarzdorlik', 'qarz',
    'चालान', 'जुर्माना', 'बकाया', 'उल्लंघन',
    'penhora', 'coima', 'contraordenação', 'peaje', 'peajes',
    // German: refunds (in one word, as the e-mails write them, "Steuerrückerstattung"), fines, reminders, seizures, summons, tax debts
    'steuererstattung', 'steuerrückerstattung', 'steuerrückzahlung', 'rückerstattung', 'erstattung', 'rückzahlung', 'bußgeld', 'verwarnungsgeld',
    'mahnung', 'pfändung', 'vollstreckung', 'säumniszuschlag', 'steuerschuld', 'steuernachzahlung', 'nachzahlung', 'steuerhinterziehung', 'vorladung',
  ],
  true,
);

/** Money only a government takes names its office by itself: a traffic ticket or toll, a tax debt, a court or criminal file. */
export const GOV_MONEY_WIDE = wideWords(
  [
    'e-tilang', 'tilang', 'denda lalu lintas', 'denda tilang', 'trafik cezası', 'geçiş ücreti', 'ceza dosya', 'icra dosya', 'e-ifade',
    'пдд', 'штраф гибдд', 'штраф гаи', 'mandat karny', 'mandatu karnego', 'mandat za', 'kontroli skarbowej',
    'مخالفة مرورية', 'مخالفات مرورية', 'رسوم المرور', 'غرامة مرورية', 'جریمه رانندگی', 'ابلاغیه', 'ابلاغ الکترونیک', 'احضاریه', 'شکوائیه',
    '反則金', '罰鍰', '汽燃費', '交通違規', 'e-challan', 'ई-चालान', 'ای چالان', 'peaje', 'peajes', 'dívida fiscal', 'dívidas fiscais', 'coima', 'contravvenzione',
    'yo\'l harakati', 'ma\'muriy javobgarlik',
  ],
  true,
);

/** Said to the reader: "Anda", "Sayın", "вы", "ваш", "masz", "شما", "آپ", "आप", "お客様"… */
export const TO_READER_WIDE = wideWords([
  'anda', 'kamu', 'sayın', 'siz', 'sizin', 'size', 'вы', 'вас', 'вам', 'ваш', 'ваше', 'вашего', 'ваши', 'ви', 'ваша', 'вашої',
  'masz', 'pani', 'twój', 'twoje', 'państwo', 'tuo', 'tua', 'sizning', 'sizga', 'आप', 'आपका', 'आपके',
  'لديك', 'عليك', 'حسابك', 'يرجى', 'شما', 'آپ', 'あなた', 'お客様', 'ください',
  // German and the formal Italian "you" (msgmail20; not "du", which is French "of the")
  'sie', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihnen', 'dein', 'deine', 'dich', 'dir', 'vostro', 'vostra', 'vostri', 'voi', 'suo', 'sua', 'lei',
]);

/** A file to open or an app to install: "załącznik", "вложение", "پیوست", "添付", "allegato", "APK". */
export const ELSEWHERE_WIDE = wideWords(
  ['lampiran', 'вложени', 'прикреплен', 'вкладенн', 'załącznik', 'مرفق', 'پیوست', '添付', 'allegato', 'apk', 'نصب کنید', 'نرم افزار', 'установите приложение'],
  true,
);
