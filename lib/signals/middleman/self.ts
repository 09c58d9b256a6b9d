/**
 * Whether the page speaks of itself as the business (middleman-service): in the first person, as "this site", by a
 * company or domain name, or by its own site's name. Kept apart like cues.ts.
 */
import { contextAround, hasPattern, pattern, patternMatches, saysFree, sentenceAround, warnsAt } from '../../text/context';
import { wordsPattern } from '../../text/normalize';
import type { PreparedPage } from '../types';
import { ownLabel } from '../../domain/match';
import { OFFER_SPEAKER, SERVICES, US_VISA_WORK, namedSite } from './services';
import { ENTRUSTED_TO_US, OWN, SITE_ENDING } from './cues';

/**
 * A business's first person in other languages than English, as both readings below take it (natural spelling): SELF
 * reads each as a stem in a sentence's context ("unser" is also "unseren"), OWN_WIDE as a whole word in one sentence.
 */
const FIRST_PERSON: readonly string[] = ['nous', 'notre', 'nuestro', 'nuestra', 'unser', 'unsere', 'wir', 'nosso', 'nossa', 'chúng tôi', '本网站', '本站', '本公司', '저희', '당사'];

/**
 * The page speaking of itself (first person, "this site", or a company or domain name), so "Une
 * société privée, basée en Floride" in a news report is not the page's own disclaimer. Its English words end at a letter
 * of any Latin script, not only at an ASCII one: "us" is not the start of Polish "usługi" (\b sees "ł" as a non-letter).
 */
const SELF = new RegExp(
  String.raw`(?<![\u00c0-\u024f])\b(?:we|we're|our|us|this (?:web ?site|site|page|service|company)|the (?:web ?site|site) is|[a-z0-9-]+\.${SITE_ENDING}|srl|gmbh|llc|inc|ltd)\b(?![\u00c0-\u024f])|\b[a-z0-9]+ (?:is|are) (?:a |an )?(?:private|privately|not affiliated|not associated)|\b(?:is|are) (?:owned and operated|operated|owned|run|managed) by (?:a |an )?(?:private|independent)\b|\b${ENTRUSTED_TO_US}|` +
    wordsPattern([...FIRST_PERSON, 'nos', 'ce site', 'este sitio', 'somos', 'estamos', 'questo sito', 'il nostro', 'nostro servizio', 'nostri servizi', 'sito non', 'dieser', 'diese website', 'este site', 'deze', 'onze', 'vores', 'vi er', 'nasz', 'nasza', 'jesteśmy', '我們的網站', '我们的网站', '当サイト', '当社', '弊社', '私たち', '当サービス', '本サービス', '当センター', '본 사이트', 'trang web này', 'palvelumme', 'autamme', 'tarjoamme', 'za vas', 'наша компания', 'наш сервис', 'наши услуги', 'наши специалисты', 'мы заполним', 'мы подадим', 'نحن نقوم', 'موقعنا', 'شركتنا', 'فريقنا', 'خدماتنا', 'אנחנו', 'שלנו', 'חברתנו', 'בעל האתר', 'האתר אינו', 'אנו מ', 'کارشناسان ما', 'خدمات ما', 'شرکت ما', 'موسسه ما', 'تیم ما', 'میدهیم', 'می دهیم', 'ของเรา', 'ทางเรา', 'บริษัทฯ', 'เราจะ', 'ჩვენი', 'ჩვენ ', 'আমরা', 'আমাদের', 'हम ', 'हमारी', 'हमारे', 'ہماری', 'ہمارے', 'ہم آپ', 'vi hjälper', 'vi skickar', 'vår tjänst', 'våra tjänster', 'vårt företag', 'ekibimiz', 'firmamız', 'şirketimiz', 'hizmetlerimiz', 'наша компанія', 'наші послуги', 'ми заповнимо', 'wypełnimy', 'umówimy', 'wypełniamy',
      // lang24: Georgian first-person plural verbs ("ვავსებთ" we fill in, "ვნიშნავთ" we set, "ვაკეთებთ" we make), Hebrew "by us", Persian
      // "I, the undersigned", Polish "we offer", Turkish "our consultants", "our office", Russian and Ukrainian "our team"
      'ვავსებთ', 'ვნიშნავთ', 'ვაკეთებთ', 'על ידנו', 'اینجانب', 'oferujemy', 'danışmanlarımız', 'ofisimiz', 'наша команда'], true),
);

/**
 * The page speaking of itself as the business in one sentence, in the languages the engine reads fees in (middleman/agency-fee.ts):
 * first person plural and "this company", whole words (FIRST_PERSON and their inflections). Not 우리 ("our country"); pt "nós"
 * folds to "nos", so pt "nos" ("in the") reads as one too.
 */
const OWN_WIDE = new RegExp(
  wordsPattern([...FIRST_PERSON, 'nuestros', 'nuestras', 'nosotros', 'unseren', 'unserer', 'unseres', 'uns', 'nossos', 'nossas', 'nós', 'nostro', 'nostra', 'nostri', 'nostre', 'noi', 'kami', 'namin', 'aming', '我们', '我們', '本網站'], false, 'wide'),
);

/** Does the sentence speak as the business, in English (cues.ts OWN: "our fee", "we charge") or another language (OWN_WIDE)? Folded text. */
export const ownVoice = (sent: string): boolean => OWN.test(sent) || OWN_WIDE.test(sent);

/**
 * A business speaking as one (folded text), with or without a pronoun: of its own service, customers or order ("our service",
 * "our experts", "your order", "we review / submit / prepare / file …", "nuestros servicios", "votre commande"), of the fillable
 * copy of the form it sells ("create a fillable I-765"), or addressing the visitor as a business does ("call now", "speak to an
 * agent", "Registered Agency of the U.S. Dept. of State"). Sellers' FAQ, terms and "how it works" pages say so even where they
 * name no price; a guide, a forum or a news page does not. "We recommend" and "our guide" are a writer's words, not a
 * business's, and "log in to your USCIS online account" is the official route. Read on a whole page (clauses.ts: a page on a
 * site named after the step) and in a cue's sentence (middleman-service: a State Department step, where "US" is the country).
 */
export const BUSINESS_VOICE = new RegExp(
  String.raw`\b(?:our|my) (?:[a-z0-9-]+ ){0,3}?(?:services?|company|firm|agency|team|experts?|specialists?|agents?|staff|customers?|clients?|fees?|prices?|pricing|packages?|plans?|support|software|platform|processing|order)\b` +
    String.raw`|\byour (?:order|purchase|payment details|invoice|subscription)\b|\b(?:place|track|cancel) (?:your|an|the) order\b` +
    String.raw`|\bwe (?:will |can |would |also |then |)(?:review|check|verify|process|submit|send|prepare|file|handle|complete|fill|correct|register|deliver|charge|offer)\b` +
    // a form filler's product: the reader creates, edits or signs a fillable copy on the site ("create a fillable I-765": a
    // form seller's blog, tune batch real-2026-12d), not the agency's form downloaded from its site
    String.raw`|\b(?:creat|edit|e-?sign)\w* (?:a |an |the |your )?(?:fillable |editable |printable |blank |online )?(?:form |uscis )?(?:[in]-\d{2,4}[a-z]?|forms?|pdfs?|templates?)\b|\b(?:fillable|editable) (?:form |uscis )?(?:[in]-\d{2,4}[a-z]?|forms?|pdfs?|templates?)\b(?! (?:from|on|at) (?:the )?(?:uscis|official|government))` +
    // the visitor addressed, the business named without a pronoun: "Registered Agency … Call now to speak to an agent"
    String.raw`|\b(?:call (?:now|us|today)|speak (?:to|with) (?:an? |our )?agent|registered (?:passport )?(?:agency|expediter|courier)(?!s))\b|` +
    wordsPattern(['nuestro servicio', 'nuestros servicios', 'nuestros clientes', 'su pedido', 'notre service', 'nos services', 'nos clients', 'votre commande', 'nosso serviço', 'nossos serviços', 'seu pedido', 'unser service', 'unsere kunden', 'ihre bestellung'], true),
);

/** After "us": a word that makes it the country, not the page ("to US Passport Agency", "us gov", "US citizens"). Read with \bus\b before it. */
export const US_NOT_COUNTRY = String.raw`(?! ?(?:passport|gov|dep|embass|consul|state|citizen|visa|postal|post|customs|mail))`;

/**
 * "us" read as the country, not the page ("US passport", "the mandatory US Government fee"): every "us" but the page as the
 * other party or the one to reach ("call us", "send them to us", "with us"; never "to US Passport Agency").
 */
const US_COUNTRY = new RegExp(String.raw`\bus\b(?<!\b(?:call|contact|email|e-mail|tell|ask|let|send|mail|ship) us)(?!(?<=\b(?:to|with|from) us)${US_NOT_COUNTRY})`, 'g');

/** Letters and digits only: a name as the host spells it ("Express Passports and Visas" → "expresspassportsandvisas"). */
export const letters = (text: string): string => text.replace(/[^a-z0-9]/g, '');

/** A capital inside a word, after a small letter: a brand written as one word ("VisaCenter"), never the topic's words. */
const CAMEL = /\p{Ll}\p{Lu}/u;

/**
 * The site's own name as the page writes it, in [a, b) (folded text; `raw` for its capitals): the letters and digits of its
 * label, five or more, from a word's start to a word's end. A page naming itself by its brand speaks of itself as surely as by
 * "we". Written as one word, in any case ("Bissole świadczy pełne usługi…" on bissole.pl, "use VisaRite address" on
 * visarite.com, "officeLOCALE is a premier passport expediting service" on officelocale.com), unless the site is named after a
 * service (SERVICES: esta-online, usgreencardoffice, passports): then the word is the topic's, in every sentence, not the page's
 * name, unless a capital inside it makes it a brand ("VisaCenter hilft Ihnen…" on visacenter.at). Written as several words, each word of four letters or more begins with a capital: a name, not a phrase ("Express
 * Passports and Visas can expedite…" on expresspassportsandvisas.com, though named after the passport service); the same
 * letters in ordinary words are not the page naming itself ("apply for a US visa" on usvisa.example, "apply for your ESTA
 * online" on esta-online.example), nor are letters inside other words ("an estate" on anesta.example).
 */
export function namesItself(page: PreparedPage, a: number, b: number): boolean {
  const name = letters(ownLabel(page.host));
  if (name.length < 5 || !/[a-z]/.test(name)) return false;
  const oneWord = !SERVICES.some((s) => namedSite(page, s.site));
  const written = new RegExp(String.raw`(?<![\p{L}\p{N}])${[...name].join(String.raw`[ '’.&-]?`)}(?![\p{L}\p{N}])`, 'gu');
  for (const m of page.text.slice(a, b).matchAll(written)) {
    const words = page.raw.slice(a + m.index, a + m.index + m[0].length).split(/[ '’.&-]/);
    if (words.length === 1 ? oneWord || CAMEL.test(words[0] ?? '') : words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w))) return true;
  }
  return false;
}

/**
 * Does the page speak of itself (SELF, or its own name: namesItself) in the sentence [s, e), in its context (contextAround:
 * Chinese and Japanese name the subject once)? `country`: read "us" as the country, not the page, unless the page is the one
 * to reach or the other party ("call us", "send it to us").
 */
export function speaksAt(page: PreparedPage, s: number, e: number, country = false): boolean {
  const [a, b] = contextAround(page.text, s, e);
  const context = page.text.slice(a, b);
  return SELF.test(country ? context.replace(US_COUNTRY, ' ') : context) || namesItself(page, a, b);
}

/**
 * A cue inside a quotation of someone else's words: a quotation mark opened after another's claiming verb in the same
 * sentence and not closed before the cue ("Agencies claim: 'we increase your chances of winning'. That is false.": a blog
 * debunking DV myths, audit22). The page quotes the business; it does not speak as it. Folded text. An apostrophe
 * between letters is a contraction, neither opening nor closing a quotation: "entrants say it's easy: we submit your
 * entry" is the seller's own voice (review22: that sentence had lost its cue).
 */
const CLAIMED_BY_OTHERS = /\b(?:claim|claims|claimed|say|says|said|promise|promises|promised|advertise|advertises|advertised|boast|boasts|tell|tells|told)\b[^.!?"'“”‘’«»]{0,20}(?<![a-z0-9])["'“‘«](?:[^"'“”‘’«»]|(?<=[a-z])'(?=[a-z]))*$/;

/** Is the cue at `at` inside a quotation of another's claim, in its sentence starting at `s`? */
export const quotedFromOthers = (text: string, s: number, at: number): boolean => CLAIMED_BY_OTHERS.test(text.slice(Math.max(s, at - 200), at));

/** A guide helping the reader do the step alone: "This information guide will help you to complete the online registration". */
export const GUIDE_HELPS = /\b(?:this|the|these|our) (?:\w+ )?(?:guide|article|post|tutorial|blog|video|checklist|tips)\b[^.!?]{0,20}?\bhelps?\b/;

/** A visa that is a school's, an employer's or a lawyer's case, not the visitor visa an agency fills in and books (offerAt). */
const CASE_VISA = /\b(?:student|f-?1|j-?1|m-?1|h-?1b|h-?2[ab]|l-?1|e-?[123]|o-?1|k-?1|eb-?[1-5]|immigrant|work (?:visa|permit)s?|employment|investor|petitions?|asylum)\b/;

/**
 * The business offering the reader its help in its own voice, with no object: "We are felicitous to assist you! Contact us
 * today", "you can avail our assistance", "podemos ayudarte" (visa agencies' pages, miss27). On a page whose visa is the U.S.
 * visitor visa (US_VISA_WORK named, no CASE_VISA anywhere) the help is with that visa (offerAt).
 */
const HELP_YOU = pattern(
  String.raw`(?:we|we'll|let us|our (?:[a-z-]+ ){0,2}?(?:team|company|agency|office|consultants?|experts?|specialists?|staff))(?: (?:can|will|would|also|gladly|happily|are|is|be|here|happy|glad|pleased|ready|felicitous|delighted|to|always))* (?:help|assist|aid|support)\w* you|contact us (?:for|to get) (?:help|assistance|support)|(?:avail|use|hire) (?:of )?our (?:assistance|services?|help)`,
  ['te ayudamos', 'le ayudamos', 'les ayudamos', 'podemos ayudarte', 'podemos ayudarle', 'ajudamos você', 'podemos ajudar', 'te ajudamos', 'nous vous aidons', 'nous pouvons vous aider', 'wir helfen ihnen', 'wir unterstützen sie', 'pomożemy', 'pomagamy', 'мы поможем', 'поможем вам', 'ми допоможемо', 'допоможемо вам', 'size yardımcı', 'yardımcı olabiliriz', 'chúng tôi sẽ hỗ trợ', 'chúng tôi hỗ trợ', 'kami siap membantu', 'kami membantu', 'נשמח לעזור', 'אנו כאן לעזור', 'ما به شما کمک', 'نساعدك', 'हम आपकी मदद'],
);
const US_VISA_NAMED = pattern(US_VISA_WORK);

/** A writer's help, not a business's: to understand, learn or decide ("we help you understand the U.S. visa process"). */
const WRITERS_HELP = /\b(?:understand|learn|know|explain|find out|decide|figure out)\w*\b/;

/** How far past an offer its verb of understanding is read ("we help you … understand"). */
const WRITER_AFTER = 30;

/** Offer anchors read for the page's own voice. */
const MAX_OFFERS = 20;

/**
 * Help that is not an agency's work (offerAt): a letter the host writes for its own guest, student or worker ("We can help
 * you with your U.S. visa application letter": a university's office for visiting scholars), or a sentence sending the
 * reader to read ("We help you plan: read our guide to the U.S. visa interview": a news site).
 */
const NOT_AGENCY_WORK = /\b(?:letters?|(?:read|see|check out|follow|download) (?:our|this|the) (?:[a-z-]+ ){0,2}?(?:guide|article|post|tutorial|blog|checklist|tips|faq)s?)\b/;

/**
 * The page saying its own help costs nothing ("Our services are free", "we never charge"): a nonprofit's, a church's or a
 * school's office, not an agency selling the visa (offerAt; "free of hidden fees" is not free).
 */
const OWN_HELP_FREE = /\b(?:our|these) (?:[a-z-]+ ){0,2}?(?:services?|help|assistance|consultations?|advice) (?:is|are) (?:always |completely |totally |entirely |100% )?(?:free\b(?! of (?!charge))|at no (?:cost|charge)\b)|\bwe (?:do not|don't|never) charge\b/;

/** The anchors of the services a business offers as its help (Service.offer), taken once. */
const OFFER_ANCHORS = SERVICES.filter((service) => service.offer === true).map((service) => service.anchor);

/**
 * The first sentence naming a service whose anchor is the business's offer (Service.offer: "we help you get your U.S. visa")
 * in which the page speaks of itself (the offer opens in its first person, OFFER_SPEAKER, or speaksAt, "us" read as the
 * country): the page offering that help as its work, the
 * 'offer' cue. Not in a warning, a guide helping the reader alone (GUIDE_HELPS), a sentence naming a case visa (CASE_VISA), a
 * writer's help to understand (WRITERS_HELP), a host's letter or a pointer to read (NOT_AGENCY_WORK), help said to be free, or
 * another's claim quoted; nowhere on a page that says its own help is free (OWN_HELP_FREE). On a visa page (`visa`: the service the page names)
 * whose visa is the visitor visa, also the business's help offered with no object (HELP_YOU).
 */
export function offerAt(page: PreparedPage, visa: boolean): [number, number] | undefined {
  const anchors = visa && hasPattern(page, US_VISA_NAMED) && !CASE_VISA.test(page.text) ? [...OFFER_ANCHORS, HELP_YOU] : OFFER_ANCHORS;
  for (const anchor of anchors) {
    for (const m of patternMatches(page, anchor, MAX_OFFERS)) {
      const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
      const sentence = page.text.slice(s, e);
      if (warnsAt(page.text, s, e) || GUIDE_HELPS.test(sentence) || CASE_VISA.test(sentence) || NOT_AGENCY_WORK.test(sentence) || saysFree(sentence) || WRITERS_HELP.test(page.text.slice(m.index, m.index + m[0].length + WRITER_AFTER)) || quotedFromOthers(page.text, s, m.index)) continue;
      if (OFFER_SPEAKER.test(m[0]) || speaksAt(page, s, e, true)) return OWN_HELP_FREE.test(page.text) ? undefined : [s, e];
    }
  }
  return undefined;
}
