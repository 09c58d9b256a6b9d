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
import { displayHost } from './routes';
import type { Translate } from '../i18n';

export * from './routes';
export * from './phone';

export interface TextItem {
  key: string;
  subs?: Record<string, string>;
}
export interface LinkItem {
  key: string;
  fact: string;
}
export interface PhoneItem {
  labelKey: string;
  fact: string;
  /** Show the number but no call link (e.g. the caller ID USCIS call-backs show). */
  noCall?: boolean;
}
export interface EmailItem {
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
export interface ResolvedLink {
  label: string;
  url: string;
  host: string;
  secondary: boolean;
}
export function resolveLink(t: Translate, link: LinkItem): ResolvedLink {
  const url = isFactId(link.fact) ? factText(link.fact) : '';
  return { label: t(link.key), url, host: displayHost(url), secondary: factEntry(link.fact)?.secondary === true };
}

/** A resolved phone: label, number as published, tel: link ('' when no call link), secondary flag. */
export interface ResolvedPhone {
  label: string;
  number: string;
  href: string;
  secondary: boolean;
}
export function resolvePhone(t: Translate, phone: PhoneItem): ResolvedPhone {
  const number = isFactId(phone.fact) ? factText(phone.fact) : '';
  return {
    label: t(phone.labelKey),
    number,
    href: phone.noCall ? '' : telHref(number),
    secondary: factEntry(phone.fact)?.secondary === true,
  };
}

/** Price text for a fee fact, in U.S. dollars ("$40"). '' for non-numeric or unknown facts. */
export function priceText(id: FactId | string | undefined): string {
  const value = id && isFactId(id) ? factEntry(id)?.value : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? `$${value}` : '';
}
