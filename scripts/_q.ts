import { decide } from '@/lib/verdict';
import { pricesIn } from '@/lib/text/money';
import { fold, readLetters } from '@/lib/text/normalize';
const s = (url: string, text: string) => ({ url, title: '', text, truncated: false, forms: [], lang: 'fr' });
for (const t of ['Frais de service 49\u202f€', 'Frais de service 1\u202f299\u202f€', '49\u00a0€', '$\u20091 299', '1\u2009299 $', '١٢٫٥٠ دولار', 'ESTA 89\u202fUSD'])
  console.log(JSON.stringify(t), JSON.stringify(pricesIn(fold(readLetters(t)))));
for (const [u, t] of [
  ['https://example.com/', 'Demande ESTA pour les USA. Nous remplissons votre formulaire ESTA. Frais de service : 89\u202f€.'],
  ['https://example.com/', 'Demande ESTA pour les USA. Nous remplissons votre formulaire ESTA. Frais de service : 89 €.'],
  ['https://example.com/', 'Apply for your esta for your trip to the USA with our service. Service fee $89. Pay by card.'],
  ['https://example.com/', 'Apply for your ESTA for your trip to the USA with our service. Service fee $89. Pay by card.'],
  ['https://example.com/', 'Buy your ᴜsᴄɪs access code online. Only $49. Instant delivery.'],
  ['https://example.com/', 'Buy your USCIS access code online. Only $49. Instant delivery.'],
  ['https://example.com/', 'Buy your ＵＳＣＩＳ access code online. Only $49. Instant delivery.'],
  ['https://example.com/', 'Buy your ՍSCIS access code online. Only $49. Instant delivery.'],
  ['https://example.com/', 'Buy your U.S.C.I.S. access code online. Only $49. Instant delivery.'],
  ['https://example.com/', 'Buy your U S C I S access code online. Only $49. Instant delivery.'],
  ['https://example.com/', 'Buy your U-S-C-I-S access code online. Only $49. Instant delivery.'],
  ['https://example.com/', 'Buy your USCIS acc\u00adess co\u00adde online. Only $49. Instant delivery.'],
]) { const v = decide(u, s(u, t)); console.log(v.level, t.slice(0, 40), JSON.stringify(v.reasons.map((r: any) => r.id))); }
