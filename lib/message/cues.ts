/**
 * Cues several message signals read the same way (one definition each): how the message sends the
 * reader somewhere, and whether the sender is a stranger writing from a free mailbox or a chat app.
 * Pure; folded text (lib/text/normalize.ts fold: lower case, no Spanish accents).
 */
import { classifyInput } from '../domain';
import { escapeRegex, wordsPattern } from '../text/normalize';
import { DEADLINE_WIDE, LINK_WORDS_WIDE } from './family-words';
import type { PreparedMessage } from './prepare';

/** "Click" and "link" in Chinese (simplified and traditional) and Korean: LINK_WORDS and office-notice's GO_LINK both read them. */
export const CJK_LINK_WORDS = '点击|點擊|链接|鏈接|連結|링크';

/**
 * Words that send the reader to a link, a form or a login ("click here", "in the link", "(link)"
 * where a news story blanked it, "fill out the following form", "haga clic", "点击链接").
 */
export const LINK_WORDS = new RegExp(
  [
    String.raw`\b(?:click|tap|press) (?:here|the link|on the link|below|this link)\b|\b(?:in|at|via|through|using|on) the (?:link|url|form)\b|\blink below\b|\b(?:in|at|on|via|through) the following (?:link|url)\b|\b(?:follow|open|visit) (?:the |this )?(?:link|url)\b|\bfill (?:out|in) (?:the |this )?(?:following |attached )?form\b|\bverification link\b`,
    String.raw`\(\s?(?:insert )?link\s?\)|\[\s?(?:fake url here|link[^\]]{0,12})\s?\]|\bapply here\b|\bclick here\b`,
    // a link or button the source blanked in angle brackets ("(<LINK>)"), and a button run into the word before it by an HTML-to-text copy
    String.raw`<\s?link\b[^>]{0,25}>|\b(?:nachfolgenden|folgenden|unten)\s?button\b`,
    String.raw`\b(?:haga|haz|dar|de) clic\b|\ben el (?:enlace|link)\b|\bingrese (?:al|en el) (?:enlace|link)\b|\b(?:clique|cliquez|acesse|acessando|acceda)\b|\bdans le lien\b|\bno link (?:abaixo|a seguir)\b`,
    `(?:${CJK_LINK_WORDS}|접속하)|` + wordsPattern(['đường link', 'đường dẫn', 'bấm vào link', 'truy cập link'], true),
    LINK_WORDS_WIDE,
  ].join('|'),
);

/** A message this short is read whole for the link words; a longer one only near the match. */
const SHORT = 1_500;

/** Words that send the reader to a link near the match, or anywhere in a short message. */
export function sendsToLink(msg: PreparedMessage, near: string): boolean {
  return LINK_WORDS.test(near) || (msg.page.text.length <= SHORT && LINK_WORDS.test(msg.page.text));
}

/** A deadline or a "or else" ("within 24 hours", "within two hours to avoid…", "24小时内", "sau 24h"). */
export const DEADLINE = new RegExp(
  [
    String.raw`\bwithin (?:the next )?(?:\d+|one|two|three|24|48|72) (?:hours?|hrs?|days?|minutes?)\b|\bto avoid (?:\w+ ){0,2}?(?:suspension|restrictions?|closure|termination|deactivation|penalt\w+|cancell?ation|interruption)\b|\bor (?:your|the) (?:\w+ ){0,2}?(?:will be|gets?) (?:locked|suspended|closed|terminated|restricted|deleted|cancell?ed|blocked)\b|\bexpires?\b|\bcontinu\w* (?:to )?(?:access|use|using)\b|\byou have (?:only )?(?:[1-7]|one|two|three|24|48|72) (?:hours?|days?) (?:from|to|left)\b`,
    String.raw`\bdentro de (?:las proximas )?\d+ horas\b|\ben (?:las proximas )?\d+ horas\b|\bem \d+ horas\b|\bsous \d+ ?h\b|\bdans les \d+ heures\b`,
    String.raw`\d+\s?(?:小时|小時)(?:内|內)|今日内|今天内|今日內|否则|否則|\d+시간 (?:이내|내)|` + wordsPattern(['sau 24h', 'trong 24h', 'trong vòng 24', 'ngay lập tức', 'bukas'], true),
    DEADLINE_WIDE,
  ].join('|'),
);

// Mailboxes anyone can open in a minute: a lender, an "investor" or a "recruiter" writing from one is a stranger.
const FREE_MAIL = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|protonmail|proton|yandex|mail|gmx|zoho|qq|163|126|rediffmail|consultant|europe|email|usa|post)\.[a-z.]{2,6}$/;

/** A stranger's channel: a free mailbox, or a chat app the sender moves the talk to. */
const CHAT_APP = /\b(?:whatsapp|whats app|whatsaap|whatsap|telegram|signal no|viber|wechat|wa\.me|t\.me)\b|微信|카톡|카카오톡/;

export function strangerChannel(msg: PreparedMessage): boolean {
  return msg.emails.some((e) => FREE_MAIL.test(e.domain.toLowerCase())) || CHAT_APP.test(msg.page.text);
}

// Throw-away hosts: an IP address, a dynamic-DNS name, or a top-level domain that costs next to nothing and that almost no
// company, office or shop a reader deals with uses. Cheap hosts: those, and the endings small shops and local sites use too
// (.site, .shop, .online, .info…) and the country endings (.ru, .cn, .us) a reader's own bank or state portal may use.
const THROWAWAY_ENDINGS = 'top|xyz|vip|icu|buzz|cf|tk|ml|ga|gq|click|rest|bond|sbs|cfd|pw|monster|cyou';
const THROWAWAY_HOST = new RegExp(String.raw`(?:^\d{1,3}(?:\.\d{1,3}){3}$|\.(?:${THROWAWAY_ENDINGS})$|(?:duckdns\.org|ddns\.net|no-ip\.\w+|onlinehome\.us)$)`);
const CHEAP_HOST = new RegExp(String.raw`${THROWAWAY_HOST.source}|\.(?:site|cc|shop|online|live|club|work|link|info|fun|life|ru|cn|us)$`);

/** A link no agency uses that is shortened, on a cheap host, or is written to dodge filters (an "@" before its host too: links.ts). */
export function shadyLink(msg: PreparedMessage): boolean {
  return msg.links.some((l) => {
    if (l.shortener || l.disguised) return true;
    return onCheapHost(l.url);
  });
}

/** A link on a cheap or throw-away host (an IP address, a dynamic-DNS name, a cheap top-level domain) that is not an agency's. */
function onCheapHost(url: string): boolean {
  const host = hostOf(url);
  return host !== '' && CHEAP_HOST.test(host) && classifyInput(url).kind !== 'official';
}

/** An address inside a home or office network (a router's 192.168.1.1): a guide's, never a site's. */
function privateIpv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\./.exec(host);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a === 10 || a === 127 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254);
}

/** A link on a throw-away host (THROWAWAY_HOST; a public IP address, not a router's) that is no government's (the U.S.'s or another country's). */
export function onThrowawayHost(url: string): boolean {
  const host = hostOf(url);
  return host !== '' && THROWAWAY_HOST.test(host) && !privateIpv4(host) && !isGovernmentLink(url);
}

/**
 * A government's own address: the U.S. government's (official) or another country's (gov.uk, go.kr, gob.mx…). A tax office
 * or police notice from another country links to its own government's site ("홈택스(www.hometax.go.kr)에서 환급금을
 * 조회하세요", "Sign in at www.gov.uk"): that link is the safe way to act, not a way away.
 */
export function isGovernmentLink(url: string): boolean {
  const kind = classifyInput(url).kind;
  return kind === 'official' || kind === 'foreign-government';
}

// A "link" that is the domain of a sender's address ("From support [at] hmrc.gov.uk", "alerts@irs.gov"): the impostor
// forges the sender; the address is not a site the message sends the reader to.
const SENDER_MARK = String.raw`(?:@|\[\s*at\s*\]|\(\s*at\s*\))\s*`;
const writtenAsSender = (msg: PreparedMessage, written: string): boolean =>
  new RegExp(SENDER_MARK + escapeRegex(written), 'i').test(msg.page.raw);

/** At least one link, and none of them a government's site (the U.S.'s or another country's) the message sends the reader to. */
export function onlyUnofficialLinks(msg: PreparedMessage): boolean {
  return msg.links.length > 0 && msg.links.every((l) => !isGovernmentLink(l.url) || writtenAsSender(msg, l.written));
}

/** The message's words outside its links (first 20,000 characters, as pasted): the names the message itself writes. */
export function wordsOutsideLinks(msg: PreparedMessage): string {
  let text = msg.page.raw.slice(0, 20_000);
  for (const l of msg.links) text = text.split(l.written).join(' ');
  return text;
}

function hostOf(url: string): string {
  const m = /^[a-z]+:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : '';
}
