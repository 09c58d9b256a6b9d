/**
 * How a site named after a government step spells its own name (the registered label, public suffix
 * removed): `usa-esta`, `estausa`, `applyusagreencardlottery`, `usa-forms`, `nexus-application`.
 * Such a site's business is the step (middleman-service, services.ts). No imports: the page reader
 * (content script) uses them too, so that a seller's refund, FAQ or checkout page whose text names no
 * immigration word of its own is still read (hostAboutImmigration in relevance.ts).
 */
export const SITE_NAMES = {
  esta: /(?:^|-|usa?|to|my|get|apply|online|visa|wiza)esta(?:$|-|usa?|to|online|reg|form|service|support|help|assist|app|visa|america|info|now|portal)/,
  // A lottery word counts only next to a DV / green-card / visa / U.S. word: national lotteries
  // and lottery-news sites (national-lottery.co.uk, lotterypost.com) write about the DV lottery too.
  dv: /(?:dv|greencard|green-card|visa|usa?|america|diversity)-?(?:lotter|lotto|loteri)|(?:lotter|lotto|loteri)[a-z]*-?(?:dv|greencard|visa|usa|america)|dv-?(?:20\d\d|lottery|visa|program)|greencard/,
  // "form" must be a word of the name, after a government, immigration or form-number word
  // (uslegalforms, i-90-form, n400forms): platform, perform, jotform, typeform, wpforms and
  // forms.gle are not form sellers (Umbrella top 100k).
  // The form's number may come after the word too (form-i-130, formsn400: tune batch real-2026-12ao), only an I- or N- number.
  // U.S. immigration or citizenship as the name stands for the forms service when it is the topic alone or followed by
  // the service (usimmigration.org, uscitizenship.info, us-immigration-support, usimmigrationforms), not when a
  // publication, a community or a school is named after the topic (audit22: usimmigrationnews, uscitizenshippodcast,
  // usa-immigration-stories, uscitizenshiptestprep): a news site, a podcast or a test-prep school does not file forms.
  forms: /(?:^|-)(?:(?:usa?|uscis|immigration|immigrant|citizenship|gov|green-?card|visa|legal|e|my|get|pdf|fill|online|[a-z]{1,2}-?\d{2,4}[a-z]?)-?)+forms?(?:$|-)|^usa?-?(?:immigration|citizenship)(?!-?(?:news|podcast|radio|tv|times|journal|magazine|blog|daily|weekly|digest|voices?|stories|community|forum|quiz|test|exam|prep|study|academy|class|school|lesson))|(?:^|-)forms?-?[in]-?\d{2,4}[a-z]?(?:$|-)/,
  // the ITIN as a word of the name (itinservices, get-your-itin, caaitin, itin-ein-apply), not "itinerary"
  itin: /(?:^|-)itin(?!er)|itin(?:$|-)/,
  // the EIN or tax ID as a word of the name beside an application word (tax-id-number, taxid-apply, ein-number, irs-taxid-numbers,
  // apply-ein: itin26, tune batch real-2026-12bf), not the bare word (taxid.pro checks numbers; German "ein", einstein, speedein)
  ein: /(?:^|-)(?:(?:irs|get|apply|my|fast|quick|instant|online|federal|usa?)-?)?(?:tax-?id|ein)-?(?:numbers?|apply|applications?|filing|online|services?|registration|now|usa)(?:$|-)|(?:^|-)(?:irs|get|apply|federal|instant|online)-?(?:tax-?id|ein)s?(?:$|-)/,
  trustedTraveler: /globalentry|global-entry|trusted-?traveler|tsa-?precheck|sentri-?pass|nexus-?(?:card|pass|application|apply|renewal)/,
  // passport photo shops, clinics and travel agencies use these words too: the signal wants a money cue beside them
  visa: /passport|visa-?(?:application|appointment|service|center|centre|help|assist)|ds-?160/,
} as const;

/**
 * A site whose own name names a lawyer (`usimmigrationcounsel`, `uscitizenshiplawyers`, `greencardattorney`,
 * `abogadosinmigracion`): the name is the law practice's, not the service's, even where a service's words are in
 * it too (middleman-service, namedSite in services.ts); a copy of agency text on such a site is quoted under the
 * practice's name (claims-official's anotherOwner: xielaw.com, robinettlaw.com). Not `legal` (`uslegalforms` sells forms), not `counseling`
 * or `counselor` (what non-lawyer consultants call themselves). `law` only as a word of the name: at its end or before a
 * hyphen (`xielaw`, `immigration-law`) or before a practice word (`lawfirm`, `lawoffice`), so `lawn`, `lawrence`,
 * `flawless-esta` and `claw-uscis` are not practices (a copy of agency text there is not quoted by a lawyer). Such a site's pages are still read by
 * their own words: a law office that sells a free step shows the seller's cues there.
 */
export const LAW_PRACTICE_NAME = /law(?:yer|firm|office|group|partner)|(?<![cf])laws?(?:$|-)|attorney|counsel(?!ing|or)|abogad|avocat|advogad|anwalt/;

/** The names that open the reader's gate on their own (not `visa`: passport and visa words name too many other trades). */
const GATE_NAMES: readonly RegExp[] = [SITE_NAMES.esta, SITE_NAMES.dv, SITE_NAMES.forms, SITE_NAMES.trustedTraveler, SITE_NAMES.itin, SITE_NAMES.ein];

/**
 * True when a label of the host name (the top-level label aside) is the name of a site selling a
 * government step: esta-america.de, support.usgreencardoffice.com, nexus-application.com. Any string is safe.
 */
export function hostNamesService(hostname: string): boolean {
  if (typeof hostname !== 'string' || hostname.length === 0 || hostname.length > 253) return false;
  const labels = hostname.toLowerCase().split('.');
  labels.pop();
  return labels.some((label) => label.length > 0 && GATE_NAMES.some((re) => re.test(label)));
}
