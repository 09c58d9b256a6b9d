/**
 * sender-link-mismatch: the message speaks for a company or an office and its link goes to an
 * address that is not that sender's — the shape of the everyday carrier, bank, toll and platform
 * texts in every language, which their words do not give away (they are the real company's words,
 * copied). The sender is read from how the message names it, not from a list of brands:
 *  - a sender's tag opening the message: "(BBVA) …", "[DIGID]: …", "LINKT - …", "Correos: …",
 *    "INFO ANTAI : …", "【高速ETC】…" (its Latin words);
 *  - a name written in capitals or CamelCase anywhere outside the links: "BCA", "ExpressToll".
 * Strong:
 *  - the address dresses up as another one: ".com"/".net"/".org"/".gov" in front of its real ending
 *    ("expresstoll.com-isgwt.xin", "paypal.com.verify-id.top"); nobody's own site is named so;
 *  - the sender's name is a label in front of someone else's domain ("sagawa.secure-post.jp",
 *    "bca.login-verify.top");
 *  - the tagged sender's link goes elsewhere (no trace of the name in the host) and the host is a
 *    throw-away one (an IP address, .top, .xyz, .sbs… cues.ts THROWAWAY_HOST): "Correos: … correos-es.top" is
 *    borrowed, "(BBVA) … https://45.12.9.8/" is elsewhere.
 * Weak (counts with another red flag):
 *  - the name is one hyphenated part of the domain ("id-bca.org", "ctt-geral.com", "etc-renzheng.top"),
 *    even on a cheap host: a company's or an office's regional site is written so too ("etle-pmj.id" and
 *    "etle-pmj.info", the Jakarta police's traffic-ticket sites);
 *  - the tagged sender's link goes elsewhere on an ordinary host ("(BBVA) … urlgo.co/r/clientebbva"):
 *    a company may send through a tracking or mailing service's domain.
 *
 * The line with the legitimate neighbour: a real notice links to the sender's own domain — its
 * registrable name is the name ("dhl.de", "mijn.ing.nl"), contains it ("bbvanet.com.mx"), or is the
 * name the message writes in full ("Deutsche Bank" → deutsche-bank.de, "Banco Santander" →
 * bancosantander.es); government sites (the U.S.'s or another country's), shorteners (shortened-link
 * says what they hide), a brand's page on a service that gives each customer a subdomain
 * ("dhl.aftership.com", "gcash.onelink.me") and a sender's e-mail domain are left alone; greetings and
 * "Info", "Bank Notice", "Wichtig" are no one's name, and a salutation opening the message names the reader
 * ("Hey Maria:", "Estimada Sra. López:"), not the sender (GREETINGS). Warnings that quote a fake address are judged
 * by their links only (check.ts), so this signal never sees them.
 * Bounded: at most MAX_LINKS links, each split into a few labels; names are read once from the
 * first 20,000 characters.
 */
import customerSubdomainHosts from '../../data/customer-subdomain-hosts.json';
import { parseHost } from '../../domain';
import { hostMatches, ownLabel } from '../../domain/match';
import { isGovernmentLink, onThrowawayHost, wordsOutsideLinks } from '../cues';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

/** Services that give each customer a subdomain (lib/data/customer-subdomain-hosts.json): "brand.onelink.me" is the brand's. */
const CUSTOMER_SUBDOMAIN_HOSTS: readonly string[] = customerSubdomainHosts.hosts.map((h) => h.host);

/** Words that name nobody: link words, the headings of notices and mail gateways' tags (greetings: GREETINGS). */
const GENERIC = new Set([
  'www', 'web', 'app', 'apps', 'mobile', 'login', 'logon', 'signin', 'secure', 'security', 'update', 'verify', 'account', 'accounts',
  'online', 'info', 'service', 'services', 'support', 'help', 'track', 'tracking', 'delivery', 'mail', 'email', 'portal', 'pay',
  'payment', 'home', 'customer', 'client', 'notice', 'notification', 'center', 'centre', 'official', 'global', 'group', 'news',
  'the', 'and', 'for', 'you', 'your', 'new', 'net', 'com', 'org', 'gov', 'http', 'https', 'link', 'click', 'here', 'now', 'sms',
  'url', 'bank', 'card', 'post', 'shop', 'store', 'free', 'win', 'api', 'cdn', 'get', 'alert', 'reminder', 'important', 'urgent',
  'attention', 'warning', 'final', 'last', 'aviso', 'avis', 'achtung',
  'wichtig', 'dringend', 'urgente', 'atencion', 'attenzione', 'importante', 'letzte', 'erinnerung', 'rappel', 'recordatorio',
  'subject', 'betreff', 'oggetto', 'asunto', 'objet', 'from', 'von', 'fwd', 'message', 'mensaje', 'nachricht', 'messaggio',
  // a heading opening a note names nobody: "Note: photos from Sunday at …", "Tip:", "Nota:"
  'note', 'notes', 'tip', 'tips', 'nota', 'notas',
  // the tags a mail gateway puts before a forwarded or pasted e-mail's subject: "[EXTERNAL]", "[SPAM]"
  'external', 'extern', 'externo', 'spam', 'suspected', 'suspicious', 'phishing', 'caution', 'encrypted',
]);

/** Endings a forged address puts in front of its real one. */
const DRESS = new Set(['com', 'net', 'org', 'gov']);

/** A sender's tag opening the message: "(BBVA)", "[ Belastingdienst ]:", "【高速ETC】", "LINKT -", "Correos:", "INFO ANTAI :". */
const TAG = /^\s*(?:[[【(「〔]\s*([^\]】)」〕]{2,40}?)\s*[\]】)」〕]|([A-Z][\p{L}0-9&'.]{1,20}(?: [A-Z][\p{L}0-9&'.]{1,20}){0,2})\s?(?:[:：]|\s[-–])\s)/u;

/** A Latin word of three or more letters; one with accents is kept whole ("México"), so it never matches an ASCII host by a piece. */
const LATIN_WORD = /[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]{2,30}/g;

/**
 * Greetings. A tag that opens with one is a salutation: "Hey Maria:", "Estimada Sra. López:", "Dear John -" name the
 * reader, not a sender; only a name in capitals or CamelCase stays the sender's there ("Dear BBVA customer:").
 */
const GREETINGS = new Set([
  'hi', 'hey', 'hello', 'dear', 'greetings', 'hola', 'estimado', 'estimada', 'estimados', 'estimadas', 'querido', 'querida',
  'queridos', 'bonjour', 'bonsoir', 'cher', 'chère', 'chers', 'hallo', 'liebe', 'lieber', 'sehr', 'ciao', 'caro', 'cara', 'gentile',
  'prezado', 'prezada', 'olá', 'oi', 'beste', 'kumusta', 'magandang',
]);

const isName = (lower: string): boolean => /[a-z]/.test(lower) && !GENERIC.has(lower) && !GREETINGS.has(lower);
/** Written in capitals ("BCA", "ETC") or with a capital inside ("ExpressToll", "GCash"): a company's or an office's way. */
const isCapitalName = (w: string): boolean => /^[A-Z0-9]+$/.test(w) || /^[A-Za-z][a-z0-9]*[A-Z]/.test(w);

/** The tagged sender's names (lower case), or none; in a salutation only the names in capitals or CamelCase (GREETINGS). */
function tagNames(text: string): string[] {
  const m = TAG.exec(text);
  const tag = m?.[1] ?? m?.[2] ?? '';
  const salutation = GREETINGS.has(tag.trim().split(/[\s,]/)[0]?.toLowerCase() ?? '');
  return [...tag.matchAll(LATIN_WORD)].filter((w) => !salutation || isCapitalName(w[0])).map((w) => w[0].toLowerCase()).filter(isName);
}

/** Names written in capitals ("BCA", "ETC") or with a capital inside ("ExpressToll", "GCash"), lower case. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/\b[A-Za-z][A-Za-z0-9]{2,30}\b/g)) {
    const w = m[0];
    if (!isCapitalName(w)) continue;
    if (isName(w.toLowerCase())) names.add(w.toLowerCase());
  }
  return names;
}

/** Words run together, to find a name written in full ("Deutsche Bank" → "deutschebank"). */
const runTogether = (text: string): string => text.toLowerCase().replace(/[\s\-_.]+/g, '');

/** The text's whole words, lower case. */
const wholeWords = (text: string): Set<string> => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));

/**
 * The domain's own name is written in full in the text: run together inside it ("Deutsche Bank" → deutsche-bank.de) when
 * it has three letters or more, or as a whole word; two letters ("xx.top") turn up inside any text's words by chance.
 */
function writtenInFull(own: string, joined: string, words: ReadonlySet<string>): boolean {
  const name = own.replace(/-/g, '');
  return name.length >= 3 ? joined.includes(name) : words.has(name);
}

/** A label after the first that is, or starts with, an ending ("paypal.com.verify.top", "expresstoll.com-isgwt.xin"); "www.net-a-porter.com" is a name. */
function dressedUp(labels: readonly string[]): boolean {
  for (let i = 1; i < labels.length; i++) {
    if (labels[i - 1] === 'www') continue;
    if (DRESS.has(labels[i]!.split('-')[0]!)) return true;
  }
  return false;
}

const underCustomerHost = (hostname: string): boolean => CUSTOMER_SUBDOMAIN_HOSTS.some((h) => hostMatches(hostname, h));

/** The domain of a sender's address in the text ("informa@gruppocarige.it"): not a place the message sends the reader to. */
const isMailDomain = (msg: PreparedMessage, hostname: string): boolean => msg.emails.some((e) => e.domain === hostname);

export default function senderLinkMismatch(msg: PreparedMessage): SignalHit | undefined {
  if (msg.links.length === 0) return undefined;
  const words = wordsOutsideLinks(msg);
  const names = namesIn(words);
  const tagged = tagNames(words);
  const joined = runTogether(words);
  const wordSet = wholeWords(words);
  const taggedJoined = runTogether(tagged.join(''));
  const taggedSet = new Set(tagged);
  let weak: SignalHit | undefined;
  let elsewhere: SignalHit | undefined;
  let tagOwnLink = false;
  for (const link of msg.links) {
    if (link.shortener) continue;
    const host = parseHost(link.url);
    if (!host.valid || host.hostname === '' || host.isIp && !onThrowawayHost(link.url)) continue;
    if (host.isIp) {
      if (tagged.length > 0) elsewhere ??= { evidence: link.written, strength: 'strong' };
      continue;
    }
    if (host.domain === null || host.publicSuffix === null || underCustomerHost(host.hostname) || isMailDomain(msg, host.hostname)) continue;
    if (isGovernmentLink(link.url)) continue;
    const own = ownLabel(host);
    const labels = [...(host.subdomain === '' ? [] : host.subdomain.split('.')), own];
    if (dressedUp(labels)) return { evidence: link.written, strength: 'strong' };
    const inSub = labels.slice(0, -1).flatMap((l) => l.split('-')).find((p) => p.length >= 3 && (names.has(p) || taggedSet.has(p)));
    const inOwn = own.includes('-') ? own.split('-').find((p) => p.length >= 3 && (names.has(p) || taggedSet.has(p))) : undefined;
    const fullName = writtenInFull(own, joined, wordSet);
    if (inSub !== undefined && !own.includes(inSub) && !fullName) return { evidence: link.written, strength: 'strong' };
    if (inOwn !== undefined && !fullName) weak ??= { evidence: link.written, strength: 'weak' };
    if (tagged.length === 0) continue;
    // The tagged sender's own site: the host carries its name, or the tag spells the host's name ("Poste Italiane" → poste.it).
    const hostJoined = host.hostname.replace(/[-.]/g, '');
    if (tagged.some((t) => hostJoined.includes(t)) || writtenInFull(own, taggedJoined, taggedSet)) {
      tagOwnLink = true;
      continue;
    }
    elsewhere ??= { evidence: link.written, strength: onThrowawayHost(link.url) ? 'strong' : 'weak' };
  }
  if (elsewhere && !tagOwnLink) {
    if (elsewhere.strength === 'strong') return elsewhere;
    weak ??= elsewhere;
  }
  return weak;
}

/*
Examples:
  fires:      "Final Notice from ExpressToll: … Pay now: https://expresstoll.com-isgwt.xin" (strong);
              "Correos: su paquete está retenido. Pague en https://correos-envio.top/pago" (weak: name part) …
              "(BBVA) … actualice en https://clientes-seguros.top/acceso" (strong: elsewhere, cheap host)
  must not:   "DHL: Ihre Sendung kommt heute. https://www.dhl.de/sendung", "Deutsche Bank: … https://www.deutsche-bank.de"
*/
