/**
 * account-locked: the message says the reader's account, card or wallet is locked, frozen,
 * suspended, limited or "under review" (or will be), and asks them to verify, confirm, unlock or
 * log in to fix it — "Acc Frozen TO UNLOCK GO = http://…", "your account is under review, we
 * request you to verify your account to continually access our eWallet services", "Tài khoản của
 * Quý khách sẽ bị khóa sau 24h … Vui lòng đăng nhập tại [link] để xác thực", "您的支付宝账户需要重新进行
 * 实名认证。请在24小时内登录…否则该账户将被限制使用". Banks and wallets say they never ask anyone to
 * verify an account through a link in a text (GCash, Vietcombank, MSB, Chase notices quoted in
 * tests/corpus/messages); the link is a copy of their login page that takes the password and code.
 *
 * Strength:
 *  - 'strong' when the locked account and the request come with a push: a link that is shortened,
 *    on a cheap host or written to dodge filters, "click the link", or a deadline ("within two
 *    hours", "24小时内", "sau 24h", "to avoid restrictions");
 *  - 'weak' for the locked account and the request alone ("your card is locked, please confirm
 *    your identity"): a real bank may say it; it counts with another red flag (check.ts).
 * A lock alone ("Your card ending 1234 is locked") is not a hit.
 * Pasted e-mails (tune-2026-12-06ag, msgmail20): the German and Italian bank e-mails say the state in other words — data, access or
 * app "not yet confirmed" or "not synchronised", activity the reader did not do ("eine unbekannte Überweisung", "accesso non
 * autorizzato"), the lock in one compound word ("Kontosperrung", "Ihr Kontoeinschränken" as an HTML-to-text copy runs it together)
 * — and push with a button ("über den unten ausgeführten Button", "(<LINK>)") or a fee for not doing it in time ("Dabei wird eine
 * Bearbeitungsgebühr in Höhe von 37,00 Euro fällig"). The neighbour that stays quiet: a news story or a consumer centre retelling the
 * e-mail — its subject line, what it "allegedly" says, the recipients in the third person (sentences.ts) — and a real bank's notice
 * of a lock with no request to verify anything.
 * Traps, suppressed: warnings ("Scammers text that your account is locked"; "we will never ask you
 * to verify your account").
 */
import { wordsPattern } from '../../text/normalize';
import { DEADLINE, sendsToLink, shadyLink } from '../cues';
import { ACCOUNT_WIDE, LOCK_WIDE, LOCKED_ALONE_WIDE, PENALTY_WIDE, UNLOCK_WIDE } from '../family-words';
import type { PreparedMessage } from '../prepare';
import { strongestInWindow, warns } from '../sentences';
import type { SignalHit } from './types';

// The account is locked, frozen, suspended, limited or under review (folded text).
const LOCKED = new RegExp(
  [
    // "A/C" is how Indian bank texts write the account ("Your A/C will be blocked today"); "closed today" how they say it ends
    String.raw`(?:\b(?:account|acc|acct|(?<!green |security |ss |id )card|wallet|access|membership|online banking|debit|e-?wallet)\b|\ba\/c\b)[^.!?]{0,40}?\b(?:is |was |has been |have been |will be |is being |are )?(?:locked|frozen|suspended|restricted|limited|disabled|blocked|deactivated|on hold|under review|temporarily (?:disabled|suspended|locked|limited)|closed (?:today|now|permanently))\b`,
    String.raw`\b(?:locked|frozen|suspended|restricted|limited|disabled|blocked|deactivated) your (?:\w+ )?(?:account|card|wallet|access)\b|\bacc(?:ount)? frozen\b|\b(?:temporary |permanent )?account (?:restrictions?|suspension)\b|\bavoid (?:\w+ )?(?:account )?(?:restrictions?|suspension)\b|\b(?:unauthori[sz]ed|unusual|suspicious) (?:activity|login|access|attempts?)\b`,
    String.raw`\b(?:cuenta|tarjeta|acceso|banca en linea)\b[^.!?]{0,40}?\b(?:bloquead|suspendid|restringid|desactivad|inhabilitad|congelad|limitad)\w*|\bno (?:podra|puede|podras|puedes) (?:utilizar|usar) (?:su|tu) (?:tarjeta|cuenta)\b`,
    String.raw`\b(?:conta|cartao|acesso)\b[^.!?]{0,40}?\b(?:bloquead|suspens|restrit|desativad|limitad)\w*|\b(?:compte|carte|acces)\b[^.!?]{0,40}?\b(?:bloque|suspendu|restreint|desactive|gele|limite)\w*`,
    String.raw`(?:账户|帳戶|账号|帳號|银行卡|銀行卡|支付宝|支付寶|etc)\S{0,24}?(?:冻结|凍結|停用|限制使用|被限制|锁定|鎖定|封停|异常|異常|重新进行实名认证|重新進行實名認證)|(?:계정|계좌|카드)\S{0,10}\s?(?:정지|차단|잠금|잠겼|제한)`,
    wordsPattern(['bị khóa', 'sẽ bị khóa', 'tạm khóa', 'bị đình chỉ', 'bị vô hiệu hóa', 'bị hạn chế', 'bị phong tỏa'], true),
    // the other languages (family-words.ts), in either order: "Ihr Konto wurde gesperrt", "Ihre Legitimation endet heute", "口座に制限"
    String.raw`${ACCOUNT_WIDE}[^.!?。]{0,40}?${LOCK_WIDE}|${LOCK_WIDE}[^.!?。]{0,24}?${ACCOUNT_WIDE}`,
    // activity the reader did not do, as "unusual activity" above: "Wir haben eine unbekannte Überweisung … festgestellt"
    LOCKED_ALONE_WIDE,
  ].join('|'),
  'g',
);
// What the reader is told to do about it: verify, confirm, unlock, update, log in.
const FIX = new RegExp(
  [
    String.raw`\b(?:verify|confirm|unlock|reactivate|restore|update|validate|re-?verify|recover|secure)\b(?: \w+){0,4}? (?:account|identity|details|information|info|access|card|wallet|now|below|here)\b|\bto unlock\b|\bverification (?:required|link|needed)\b|\b(?:verify|sign in|log in|login)\b`,
    // India's KYC texts: the fix is the identity papers a bank holds ("update your PAN NUMBER", "update PANCARD for KYC")
    String.raw`\b(?:update|complete|verify|submit|link)\b(?: \w+){0,3}? (?:kyc|pan|pancard|pan ?card|pan number|aadhaa?r)\b`,
    String.raw`\b(?:verifique|verifica|confirme|confirma|desbloquee|desbloquea|actualice|actualiza|actualizar|valide|reactive|reactivarla|ingrese|inicie sesion)\b|\b(?:abra|abre|acceda|accede|entre|entra) (?:a |en )?(?:la )?(?:pagina|web|enlace|link)\b|\b(?:desbloqueie|atualize|regularize)\b|\b(?:verifiez|confirmez|debloquez|mettez a jour|reactivez|validez|connectez)\b`,
    String.raw`(?:认证|認證|验证|驗證|解冻|解凍|解锁|解鎖|登录|登錄|核实|核實|본인확인|인증|해제)|` + wordsPattern(['xác thực', 'xác minh', 'cập nhật', 'mở khóa', 'đăng nhập'], true),
    UNLOCK_WIDE,
  ].join('|'),
);

// A fee for not doing it in time: the e-mails' "or else" ("Dabei wird eine Bearbeitungsgebühr in Höhe von 37,00 Euro fällig").
const PENALTY = new RegExp(PENALTY_WIDE);

export default function accountLocked(msg: PreparedMessage): SignalHit | undefined {
  const push = shadyLink(msg);
  return strongestInWindow(msg.page, LOCKED, 10, (_m, near) => {
    if (warns(near) || !FIX.test(near)) return undefined;
    return push || sendsToLink(msg, near) || DEADLINE.test(near) || PENALTY.test(near) ? 'strong' : 'weak';
  });
}

/*
Examples:
  fires:      "FRM:USBANK SUBJ:USBANK Unusual Activity! MSG:Acc Frozen TO UNLOCK GO = http://gkkn.site" (strong);
              "Your card is locked. Please confirm your identity." (weak)
  must not:   "Scammers send texts saying your account is locked. Never verify your account through a link.",
              "Your debit card ending 1234 is locked. Call the number on the back of your card."
*/
