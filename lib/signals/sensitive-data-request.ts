/**
 * sensitive-data-request: a form on this (non-government) page asks for immigration or identity
 * secrets — A-Number, USCIS receipt number, online access code, SSN, passport number — or card
 * data. Read from the form fields' name/id/label/placeholder/autocomplete (lib/page/fields.ts), never
 * from values.
 *
 * Strength (decided, with the reason):
 *  - weak on its own: a law firm's or nonprofit's intake form asking for an A-Number or receipt
 *    number is normal, and ESTA/visa helpers legitimately ask for passport numbers;
 *  - strong when one form asks for a USCIS online access code or receipt/A-Number TOGETHER with
 *    card data: that is how copycat "case status" and "access code" sellers harvest credentials
 *    and money at once; law-firm intake forms do not take a card number with case identifiers.
 *  - strong when a form asks for a PASSWORD on a page that signs you in to a USCIS account
 *    ("Sign In | USCIS", "Sign in to your USCIS online account", "myUSCIS login", "Inicie sesión en
 *    su cuenta de USCIS"): a credential-harvest copy of myUSCIS. Only uscis.gov signs people in to
 *    USCIS accounts. Lawyers' client portals ask for a password too, but name their own portal, not a
 *    USCIS sign-in; how-to guides ("how to sign in to your USCIS account") and warnings are skipped,
 *    and so are forms that post to a .gov host.
 * The verdict never runs this on government hosts (uscis.gov asks for these legitimately).
 */
import { classifyField, type FieldKind } from '../page/fields';
import { matches, sentenceAround, warnsAt } from '../text/context';
import { quote } from '../text/normalize';
import type { FormSnapshot } from '../types';
import type { PreparedPage, SignalHit } from './types';

// Signing in to a USCIS account, in the page's own words (folded text). Bounded gaps: linear.
const USCIS_SIGN_IN =
  /\b(?:sign(?:ing)? ?in|log(?:ging)? ?in|login|inici(?:e|ar) (?:la )?sesion|ingres(?:e|ar)|acced(?:a|er))\b[^.!?]{0,40}?\b(?:my ?uscis|uscis)\b|\b(?:my ?uscis|uscis)(?: online)? (?:account )?(?:sign ?in|log ?in|login|inicio de sesion)\b/g;
const HOW_TO = /\b(?:how (?:to|do i|can i)|steps? (?:to|\d)|guide|tutorial|como (?:iniciar|ingresar|acceder|crear)|pasos? para)\b/;

function asksPassword(form: FormSnapshot): boolean {
  if (/(?:^|\.)(?:gov|mil)$/i.test(form.actionHost ?? '')) return false;
  return form.fields.slice(0, 200).some((f) => (f.type || '').toLowerCase() === 'password' || /\b(?:current|new)-password\b/i.test(f.autocomplete || ''));
}

/** "Sign in to your USCIS online account" on a page with a password field: a credential harvest. */
function uscisSignIn(page: PreparedPage): SignalHit | undefined {
  if (!page.forms.slice(0, 50).some(asksPassword)) return undefined;
  for (const m of matches(page, USCIS_SIGN_IN, 20)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (warnsAt(page.text, s, e) || HOW_TO.test(sent)) continue;
    return { evidence: `form asks for: password (USCIS sign-in: ${quote(page.raw, m.index, m.index + m[0].length)})`, strength: 'strong', service: 'uscis', fields: ['password'] };
  }
  return undefined;
}

const CASE: ReadonlySet<FieldKind> = new Set(['a_number', 'receipt_number', 'access_code']);
const LABEL: Record<FieldKind, string> = {
  card_number: 'card number',
  a_number: 'A-Number',
  receipt_number: 'receipt number',
  access_code: 'online access code',
  ssn: 'Social Security number',
  passport_number: 'passport number',
};

export default function sensitiveDataRequest(page: PreparedPage): SignalHit | undefined {
  let best: { kinds: Set<FieldKind>; strong: boolean } | undefined;
  for (const form of page.forms.slice(0, 50)) {
    const kinds = new Set<FieldKind>();
    for (const field of form.fields.slice(0, 200)) {
      const kind = classifyField(field);
      if (kind) kinds.add(kind);
    }
    if (kinds.size === 0) continue;
    const strong = kinds.has('card_number') && [...kinds].some((k) => CASE.has(k));
    if (!best || (strong && !best.strong) || kinds.size > best.kinds.size) best = { kinds, strong };
    if (strong) break;
  }
  if (!best?.strong) {
    const harvest = uscisSignIn(page);
    if (harvest) return harvest;
  }
  if (!best) return undefined;
  const evidence = `form asks for: ${[...best.kinds].map((k) => LABEL[k]).join(', ')}`;
  const service = best.kinds.has('access_code') ? 'access-code' : best.kinds.has('receipt_number') ? 'case-status' : undefined;
  return { evidence, strength: best.strong ? 'strong' : 'weak', fields: [...best.kinds], ...(service ? { service } : {}) };
}

/*
Examples:
  fires:      synthetic-case-status-card-harvest, synthetic-uscis-copy-banner, law-firm-intake-form (weak)
  must not:   (text-only corpus pages have no forms)
*/
