/**
 * claims-official: the page presents itself as USCIS, DHS or an official U.S. government site
 * ("An official website of the United States government", "The .gov means it's official",
 * "Official website of the Department of Homeland Security", "Un sitio oficial del Gobierno de
 * Estados Unidos", "Welcome to USCIS", "This is the official USCIS website") while it is not on a
 * government host (the verdict never runs signals on official hosts). Copies of uscis.gov pages
 * on look-alike domains carry exactly this banner text.
 *
 * Traps, suppressed: guides that QUOTE the banner to teach readers ("most government websites
 * include a statement … such as 'Official website of the Department of Homeland Security'"):
 * a phrase inside quotation marks, or after "statement", "look for", "says", "you'll find", or in
 * a warning sentence, does not count. "the official ESTA website" or "on the official USCIS website"
 * (pointing readers to it) is not a self-claim; only first-person or banner wording is (a held-out
 * batch of real guides caught an "official USCIS website" pattern that fired on such pointers).
 * The same for Spanish and for the bare banner wording: "visite el sitio oficial de USCIS", "en el
 * sitio web oficial de USCIS", "visit the official website of the Department of State" (POINTER).
 * "We are USCIS" / "Welcome to USCIS" count only as a name, not as an adjective compound: "we are
 * USCIS-experienced attorneys", "we are USCIS approved civil surgeons" are lawyers and doctors.
 */
import { hasWarning, matches, sentenceAround } from '../text/context';
import { quote } from '../text/normalize';
import type { PreparedPage, SignalHit } from './types';

const CLAIM = new RegExp(
  [
    String.raw`\ban official (?:website|site|web site) of the (?:united states|u\.s\.|us) government\b`,
    String.raw`\bofficial (?:website|site|web site) of the (?:u\.s\. |us |united states )?department of (?:homeland security|state)\b`,
    String.raw`\bthe \.gov means it'?s official\b`,
    String.raw`\bofficial (?:website|site) of (?:the )?(?:u\.s\. |us |united states )?citizenship and immigration services\b`,
    String.raw`\bwelcome to (?:the |an )?official (?:uscis|u\.s\. government|us government|government|immigration) (?:website|site|portal)\b`,
    // …as a name, not an adjective compound ("we are USCIS-experienced attorneys", "USCIS approved")
    String.raw`\b(?:we are|welcome to) (?:the )?(?:uscis|u\.s\. citizenship and immigration services|department of homeland security)\b(?!-\w|\s(?:\w+ed|\w+ing|approved|experienced|registered|attorneys?|lawyers?|experts?|specialists?|consultants?|preparers?|practitioners?|forms?|filings?|cases?|applications?|immigration|related|savvy|compliant|ready)\b)`,
    String.raw`\bun sitio (?:web )?oficial del gobierno de (?:los )?estados unidos\b`,
    String.raw`\bel \.gov significa que es oficial\b`,
    String.raw`\b(?:este es el|bienvenid[oa]s? al) (?:sitio|portal)(?: web)? oficial (?:de uscis|del gobierno)\b`,
    String.raw`\bsitio (?:web )?oficial de(?:l)? (?:uscis|servicio de ciudadania e inmigracion|departamento de seguridad nacional)\b`,
  ].join('|'),
  'g',
);

// Speaking as USCIS: text copied from uscis.gov keeps its first person ("chat with our virtual
// assistant Emma", "see our Explore My Options page"). Reposts of USCIS advice do this too, so it
// is only a weak hit: it matters on a look-alike host (usciss.us copies the Avoid Scams page).
const VOICE =
  /\b(?:(?:chat with )?our virtual assistant,? emma|our (?:explore my options|filing guidance|find legal services|tools|contact center) page|nuestra asistente virtual,? emma)\b/g;

// Pointing readers to the official site is not a self-claim: "visite el sitio oficial de USCIS",
// "en el sitio oficial…", "visit the official website of the Department of Homeland Security".
// Banner lines stand alone ("Official website of the Department of Homeland Security"); the
// self-descriptions ("este es el", "bienvenido al", "welcome to") are matched by their own patterns.
const POINTER =
  /\b(?:visit|(?:go|went|head|navigate|refer|log on|link) to|see|check|on|at|from|via|through|using|use|in|visite|visitar|vaya (?:a|al)|ir (?:a|al)|ingrese (?:a|al|en)|ingresar (?:a|al|en)|entre (?:a|al|en)|acceda (?:a|al)|consulte|revise|use|utilice|en|desde|a traves de|mediante|por|descargue(?:los)?(?: de| del)?|al|del)\s(?:the |el |la |un |una )?(?:an? |su |este )?$/;

// Words that introduce a quotation: a guide teaching what the banner looks like.
const QUOTING = /\b(?:statement|look for|looks? like|says?|said|reads?|you'?ll (?:find|see)|such as|for example|e\.g|claim\w*|busque|dice|como por ejemplo)\b/;

export default function claimsOfficial(page: PreparedPage): SignalHit | undefined {
  for (const m of matches(page, CLAIM)) {
    const before = page.text.charAt(m.index - 1) === ' ' ? page.text.charAt(m.index - 2) : page.text.charAt(m.index - 1);
    if (before === '"' || before === "'") continue;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const lead = page.text.slice(Math.max(s, m.index - 80), m.index);
    if (QUOTING.test(lead) || hasWarning(page.text.slice(s, e))) continue;
    if (/^(?:official|sitio|oficial)/.test(m[0]) && POINTER.test(page.text.slice(Math.max(s, m.index - 40), m.index))) continue;
    return { evidence: quote(page.raw, m.index, m.index + m[0].length), strength: 'strong', service: 'uscis' };
  }
  for (const m of matches(page, VOICE, 5)) {
    return { evidence: quote(page.raw, m.index, m.index + m[0].length), strength: 'weak', service: 'uscis' };
  }
  return undefined;
}

/*
Examples:
  fires:      kabachok-esta-banner, synthetic-uscis-copy-banner, synthetic-uscis-copy-banner-es, usciss-us-avoid-scams (weak)
  must not:   visaserve-uscis-reminder, uscisguide-esta-fraud
*/
