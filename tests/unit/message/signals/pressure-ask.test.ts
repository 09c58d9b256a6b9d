import { describe, expect, it } from 'vitest';
import signal from '@/lib/message/signals/pressure-ask';
import { checkMessage } from '@/lib/message';
import { prepareMessage } from '@/lib/message/prepare';
import { signalTable } from './helpers';

signalTable(
  'pressure-ask',
  signal,
  [
    // tune-2026-12-06am (WRITE half): a SIM deactivated, a SIM expiring today — no family list named them
    ['Lieber Kunde, Ihre Rufnummer wird deaktiviert. Für weitere Nutzung klicken Sie hier: *Link*', 'strong'],
    ['Ihre o2 Simkarte läuft Heute aus. Verlängern Sie Ihre Simkarte unter: *Link*. Ihr o2 Team', 'strong'],
    // the same shape in other families and languages (tune part): a refund, a prize, a delivery that went wrong, a fine
    ['You’re owed a Medicare refund—click to claim it.', 'strong'],
    ['Reembolso de 105 euros para si. Olá, por favor envie-nos o seu pedido de reembolso de impostos. Clique aqui para aceder ao reembolso', 'strong'],
    ['Chronopost : Votre colis a subi un problème, veuillez régulariser les informations de livraison sur notre site : servicechronopost.net', 'strong'],
    ['Your vehicle has been recorded for a violation. Please click the link to handle it…', 'strong'],
    ['Poin Anda akan hangus dalam tiga hari, tukarkan segera di https://bcabank.shop/', 'strong'],
    ['【高速ETC】尊敬的车主您好!您ETC认证已失效,请务必在3月26日前及时核实完成认证,点击etchyhy.com完成办理。', 'strong'],
    // round 2 (collected after the rule): reward points expiring, in English and (words added after) in Portuguese
    ['T-Mobile Notice: You have 11,430 reward points expiring today.\nRedeem now before they are permanently lost: [malicious link]', 'strong'],
    ['Os seus pontos expiram hoje. Resgate agora em https://pontos-premios.com/resgate', 'strong'],
    // (msg25, tune-2026-12-06ar WRITE half and the tune part) a text that closes on where it sends the reader, with no "you" or no
    // verb of the lists: a link masked or blanked by the source, the link or the number cut after a colon or an ellipsis, "link" as
    // the last word, a link the message does not name
    ['【東京電力】先月の料金が未決済のため、間もなく電気の供給が停止されます。 https://○○○○.com', 'strong'],
    ['【料金滞納のお知らせ】請求書が処理されない場合は、電力供給を停止させていただきます。 https://~', 'strong'],
    ['佐川急便よりお荷物のお届けに上がりましたが宛先不明の為持ち帰りました。http://paths●●●●.com', 'strong'],
    ['Your card starting with 5537 has been deactivated. Please contact us at:', 'strong'],
    ['Ihre Push-Tan Registrierung läuft am 11. Mai aus. Bitte verlängern Sie ihre Legitimation unter: ', 'strong'],
    ['Estimado cliente, su tarjeta ha sido limitada temporalmente. Actualice su información desde aquí [URL fraudulenta]', 'strong'],
    ['Abbiamo sospeso le sue utenze postali per mancata sicurezza web. La attivi al link seguente', 'strong'],
    ['Su paquete ES-SAM2019142 se detuvo en el centro de distribución. Rastrearlo para ver el estado actual: http://rq9.us/HlIge', 'strong'],
    // the same texts as a person pastes them, with the link written out
    ['【東京電力】先月の料金が未決済のため、間もなく電気の供給が停止されます。 https://tepco-denki-pay.top/login', 'strong'],
  ],
  [
    // no lever: a reminder asks to click or reply, a parcel text with nothing wrong, a one-time code asks nothing
    'Hi Ana. This is Rosa from ABC Family Practice. You have an appointment with us on May 3. Please click this link to confirm or just reply C to confirm.',
    '고객님, 택배가 도착했습니다. 아래 링크를 확인해주세요. www.OOO.com',
    'Dear customer, your verification code is 45851. This code expires in 2 minutes. Don’t share it with anyone.',
    // a deadline or a sum alone is no lever: a password reset, a bill with its own link
    'Your password reset link expires in 24 hours. Click here to reset your password.',
    'Your rent of $1,200 is due on the 1st. You can pay online at https://pay.rentcafe.com/residents',
    // a card that expires, with nowhere to go but the reader's own app
    'Seu cartão vence em 12/26. Peça o novo no app do seu banco.',
    // money owed is a bill's word too (tune-2026-12-06an: a business's overdue reminder)
    'Alex, your payment of $45.00 is overdue and a late fee may apply. To pay now, click here.',
    // the link is the named sender's own site, a carrier's, or a government's
    'ING: uw betaalpas verloopt binnenkort. Vraag nu een nieuwe pas aan via https://www.ing.nl/pas',
    'Für Ihre Sendung fallen Zollgebühren von 19,00 EUR an. Bezahlen Sie hier: https://www.dhl.de/de/privatkunden/zoll',
    'Your green card expires soon. Renew it at https://www.uscis.gov/i-90',
    // a phone number is not a link: a clinic's or a nonprofit's notice with an expiry date
    'Your DACA expires soon! Call us at (213) 555-0100 to renew. Free consultation.',
    // a short link is shortened-link's to name
    'Your parcel is on hold. Confirm your address: bit.ly/3xYzAbC',
    // warnings that retell the message (sentences.ts), also in Portuguese
    'Scammers send texts saying your account is locked and asking you to click a link to verify it.',
    'O esquema é quase sempre o mesmo: recebe uma mensagem da Segurança Social alegando que tem um pagamento em atraso ou um reembolso à sua espera. Para avançar, pedem-lhe que clique num link.',
    // family chat about money: no link, no lever of the reader's
    'y si te sobra dinero compra coca cola',
    // nobody addressed: a donation appeal
    'One 20-minute phone call costs $8. Click here and donate to the Minister’s Discretionary Fund on our website.',
    // (review24) a loss word read inside an ordinary one: Bengali "বন্ধ" (closed) inside "বন্ধু" (friend), "পাঠান" (send) inside
    // "পাঠানো" (sent); Japanese "解約" in a finished cancellation, "持ち帰り" in a shop's takeaway offer
    'বন্ধু, আপনি আমাদের পিকনিকের ছবিগুলো দেখতে এই লিংকে ক্লিক করুন: https://drive.google.com/drive/folders/1AbCdEf',
    'আপনার বন্ধুকে আমন্ত্রণ জানান এবং ক্লিক করুন https://example.org/invite',
    'お客様 解約のお手続きが完了しました。ご確認はこちらをタップ https://www.example-mobile.jp/mypage',
    'お客様限定！お持ち帰りメニュー20%OFF。クーポンはこちらをタップ https://www.sushi-kaiten.jp/coupon',
    // (msg25) texts that close on a link with nothing of the reader's at stake: a shop's shipping texts, the Postal Service's own
    // tracking reply, an appointment text closing on a colon (tune-2026-12-06ar and its neighbours)
    'Your USPS package is due to be delivered on Mon, Dec. 04. Track at URL link.',
    'Your USPS package is out for delivery. Track at URL link.',
    'USPS 01123456789123456789, Delivered 01/15/2014 11:10pm NORTH ANDOVER MA 01845 Reply HELP 4 info-STOP to cancel',
    'Your appointment with Dr. Lee is confirmed for May 3 at 10:00. Directions:',
    // a lever, and the close is the sender's own named site, a government's, or a number (a real bank alert closes on its own)
    'Chase: your card ending 1234 is locked. Review the activity at chase.com/verify',
    'Your green card expires soon. Renew it at https://www.uscis.gov/i-90',
    'Your card has been locked due to suspicious activity. Please call 1-800-432-1000.',
    // (lead, session 25) an ellipsis is no cut link: family chat trails off with one ("luego te llamo..."); a source that cut the
    // link after "contact us at…" is lost with it (4 tune scams): only a colon, which asks for what follows, is a closing send
    'Hola mija, me bloquearon la tarjeta del banco, luego te llamo...',
    'my card got blocked again… call the bank for me later...',
    'Your card starting with 5537 has been deactivated. Please contact us at…',
    // (review25) the number written whole, then an ellipsis: it closes on the number, no cut; and "links", which is "left" in German
    // and Dutch, as the last word: no link cut after it
    'Your debit card has been locked due to suspicious activity. Please call us at 1-800-432-1000…',
    'Ihr Online-Banking wurde aus Sicherheitsgründen gesperrt. Entsperren Sie es in Ihrer App über das Menü oben links.',
    'Je betaalpas is geblokkeerd. Deblokkeer hem in de app: het menu staat links.',
    // a warning that quotes the scam's link and closes on "the link"
    "https://secure.paymentlag.top/pay (don't go to this URL) … Again this is a scam/smishing text and you shouldn't click the link.",
  ],
);

describe('pressure-ask reads a Bengali word whole (review24)', () => {
  it('takes "পাঠান" (send) as an ask, never "পাঠানো" (sent) in a report', () => {
    const lever = 'আপনার অ্যাকাউন্ট ব্লক করা হয়েছে।';
    // the link before the verb: a message that closes on its link is read by that closing send, whatever its verb (closesOnSend)
    expect(signal(prepareMessage(`${lever} https://bkash-help.top/x টাকা পাঠানো হয়েছে`))).toBeUndefined();
    expect(signal(prepareMessage(`${lever} https://bkash-help.top/x এখনই টাকা পাঠান`))).toBeDefined();
  });
  it('still reads "will be closed" in Bengali and the Japanese loss to come', () => {
    expect(signal(prepareMessage('আপনার অ্যাকাউন্ট আজ বন্ধ হয়ে যাবে। এখনই ক্লিক করুন https://bkash-help.top/x'))).toBeDefined();
    expect(signal(prepareMessage('お客様の解約予定日は12月10日です。こちらをタップ https://etc-meisai.top/login'))).toBeDefined();
  });
});

describe('pressure-ask in the verdict', () => {
  it('puts a text that closes on a hidden place with a lever at caution, in any language (msg25)', () => {
    expect(checkMessage('【東京電力】先月の料金が未決済のため、間もなく電気の供給が停止されます。 https://○○○○.com').level).toBe('caution');
    expect(checkMessage('Your USPS package is out for delivery. Track at URL link.').level).toBe('none');
  });
  it('is a red flag on its own: the shape with no family named', () => {
    const v = checkMessage('Lieber Kunde, Ihre Rufnummer wird deaktiviert. Für weitere Nutzung klicken Sie hier: *Link*');
    expect(v.level).toBe('caution');
    expect(v.reasons.map((r) => r.id)).toEqual(['pressure-ask']);
  });

  it('steps aside for a message in an agency’s voice: claims-agency judges its channel', () => {
    const v = checkMessage('This is a message from USCIS: your refund is ready. Click here to claim it: https://refund-portal.example.com');
    expect(v.reasons.map((r) => r.id)).not.toContain('pressure-ask');
  });

  it('a warning that describes the message stays quiet', () => {
    expect(checkMessage('Ne cliquez pas : des escrocs envoient des SMS disant que votre carte Vitale expire, avec un lien.').level).toBe('none');
  });
});

describe('pressure-ask reads a text message\'s close in bounded time (review25)', () => {
  // closesOnSend reads a message of at most 300 characters: runs of its marks there, with digits, zero-width and bidi characters
  it.each([
    ['dots', '.'.repeat(299) + ':'],
    ['digits then an ellipsis', 'Konto gesperrt ' + '1'.repeat(280) + '…'],
    ['spaces and dots after a digit', 'Account locked 1' + ' .'.repeat(140) + ':'],
    ['zero-width and bidi', 'Account locked. Pay at: ' + '\u200b\u202e\u2066'.repeat(90) + 'link'],
    ['masked marks', 'Account locked ' + '○●'.repeat(140) + ' https://~'],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) signal(prepareMessage(text));
    expect((performance.now() - t0) / 20).toBeLessThan(50);
  });
});
