/**
 * Guide content: the access-code guide and the official channels shown in the popup, plus the
 * free official route per service (routes.ts). The structure lives in content.json as i18n keys
 * and fact ids only, so copy stays translatable and every number or address stays sourced in
 * lib/data/facts.json. This module resolves that structure into plain strings for a locale.
 *
 * A substitution value in content.json is a fact id ("count.access-code-valid-days") or a fact id
 * with "#host" ("url.my-uscis#host" → "my.uscis.gov"). Unknown ids resolve to '' and are caught
 * by tests/unit/guide.test.ts, never at run time.
 */
import content from './content.json';
import { factEntry, factText, type FactId, isFactId } from '../facts';
import { telHref } from './phone';
import { displayHost, isServiceId, routeFor } from './routes';
import type { Translate } from '../i18n';

export * from './routes';
export * from './phone';

interface TextItem {
  key: string;
  subs?: Record<string, string>;
}
interface LinkItem {
  key: string;
  fact: string;
  /** Language of the page the link opens, when it is not language-neutral ('en', 'es'). */
  lang?: string;
}
interface PhoneItem {
  labelKey: string;
  fact: string;
}
interface EmailItem {
  labelKey: string;
  fact: string;
}
export interface GuideSection {
  id: string;
  titleKey: string;
  paragraphs?: TextItem[];
  steps?: TextItem[];
  bullets?: TextItem[];
  links?: LinkItem[];
  phones?: PhoneItem[];
  emails?: EmailItem[];
  /** Short text shown after everything else. */
  notes?: TextItem[];
}

export const ACCESS_CODE_GUIDE: { titleKey: string; sections: readonly GuideSection[] } = content.accessCode;
export const CHANNELS: readonly GuideSection[] = content.channels;

/** Value of a substitution reference: "fact.id" or "fact.id#host". '' when unknown. */
export function resolveRef(ref: string): string {
  const [id = '', mod] = String(ref).split('#');
  if (!isFactId(id)) return '';
  const text = factText(id);
  return mod === 'host' ? displayHost(text) : text;
}

/** The text of an item in a locale, with its fact substitutions filled in. */
export function itemText(t: Translate, item: TextItem): string {
  const subs: Record<string, string> = {};
  for (const [name, ref] of Object.entries(item.subs ?? {})) subs[name] = resolveRef(ref);
  return t(item.key, subs);
}

/** A resolved link: label, official https URL, whether the source is secondary. */
interface ResolvedLink {
  label: string;
  url: string;
  host: string;
  secondary: boolean;
}
export function resolveLink(t: Translate, link: LinkItem): ResolvedLink {
  const url = isFactId(link.fact) ? factText(link.fact) : '';
  return { label: t(link.key), url, host: displayHost(url), secondary: factEntry(link.fact)?.secondary === true };
}

/** The language part of a UI locale ('zh_CN' → 'zh'). */
function languageOf(locale: string): string {
  return String(locale).split(/[_-]/)[0]?.toLowerCase() ?? '';
}

/**
 * The links a reader of `locale` sees, in the order they see them: pages in the reader's own
 * language first, then language-neutral pages, then pages in another language. Pages in a third language are left
 * out (a Korean reader gains nothing from the FTC's Spanish site), except in the English UI,
 * which is everyone's fallback and labels such links with their language.
 */
export function linksFor(links: readonly LinkItem[], locale: string): LinkItem[] {
  const own = languageOf(locale);
  const shown = links.filter((l) => !l.lang || l.lang === own || l.lang === 'en' || own === 'en');
  const rank = (l: LinkItem) => (l.lang === own ? 0 : l.lang ? 2 : 1);
  return shown.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i).map((x) => x.l);
}

/**
 * SERVICE (its translated name) and OFFICIAL (its official host) for an explanation that names
 * the service it is about (a site-memory reason: what another page of the site sells); nothing
 * for a reason without one.
 */
export function serviceSubs(t: Translate, service: unknown): { SERVICE?: string; OFFICIAL?: string } {
  if (!isServiceId(service)) return {};
  const route = routeFor(service);
  return { SERVICE: t(route.nameKey), OFFICIAL: route.host };
}

/** A resolved phone: label, number as published, tel: link ('' when it cannot be dialled), and where it was checked. */
export interface ResolvedPhone {
  label: string;
  number: string;
  href: string;
  secondary: boolean;
  /** The page the number was read on. */
  source: string;
  /** ISO date (YYYY-MM-DD) it was last checked there. */
  checked: string;
}
export function resolvePhone(t: Translate, phone: PhoneItem): ResolvedPhone {
  const entry = factEntry(phone.fact);
  const number = entry ? String(entry.value) : '';
  return {
    label: t(phone.labelKey),
    number,
    href: telHref(number),
    secondary: entry?.secondary === true,
    source: entry?.source ?? '',
    checked: entry?.checked ?? '',
  };
}

/** An official fee: amount in U.S. dollars (digits), the page it was read on and when. */
interface ResolvedFee {
  amount: string;
  source: string;
  checked: string;
  secondary: boolean;
}
/** The fee of a `fee.*` fact, or undefined for non-numeric or unknown facts. */
export function resolveFee(id: FactId | string | undefined): ResolvedFee | undefined {
  const entry = id && isFactId(id) ? factEntry(id) : undefined;
  const value = entry?.value;
  if (!entry || typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return { amount: String(value), source: entry.source, checked: entry.checked, secondary: entry.secondary === true };
}

/**
 * A fact's check date for a reader: "December 6, 2026", "2026年12月6日"… (the date is a calendar
 * date, so it is formatted in UTC and never shifts a day). The ISO text when it cannot be read.
 */
export function checkedDate(iso: string, locale: string): string {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(String(iso)) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms)) return String(iso ?? '');
  try {
    return new Intl.DateTimeFormat(String(locale).replace('_', '-'), { dateStyle: 'long', timeZone: 'UTC' }).format(ms);
  } catch {
    return String(iso);
  }
}
