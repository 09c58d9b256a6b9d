/**
 * Generates large, real-world-like HTML pages for the benchmarks (deterministic: seeded PRNG).
 * Shapes copied from what big pages carry: a nav with hundreds of links, long article text,
 * product tables, a search form, inline CSS, and an inline JSON state blob (as Next.js/Nuxt pages
 * do), so textContent includes script text the way it does on real pages.
 *
 * Kinds:
 *  - `news`   unrelated long article (no immigration words): the content script's early exit.
 *  - `shop`   unrelated product listing: thousands of links, cards, a form.
 *  - `guide`  an immigration lawyer's long guide (USCIS words, an intake form): full analysis.
 *  - `article` the same guide under a title that says nothing about immigration ("Rivera Law –
 *             Articles"): the reader must read the text to find out (the title settles `guide`).
 *  - `seller` a page selling a free USCIS service: full analysis, signals fire.
 */

export type PageKind = 'news' | 'shop' | 'guide' | 'article' | 'seller';

/** Neutral words: none of them (alone or adjacent) matches the relevance pre-filter. */
const WORDS =
  'the of and to in is for on that with as it by this from at be are or was an have not they which one you were her all their there can been has more if will would about when who so what out up into them some could him time only new other then also its two may first any like now my over such our man me even most made after well back good much where just those how too many little down should because long both great know take each well year work people way state day world part point number small case fact company group problem hand place thing week system program question government night water room mother area money story month lot study book eye job word business issue side kind head house service friend father power hour game line end member law car city community name team minute idea kid body information school face others level office door health person art war history party result change morning reason research girl guy moment air teacher force education bread flour oven butter sugar garden tomato recipe soccer league match score engine battery phone screen laptop camera weather rain coffee travel hotel beach mountain river music concert movie actor'.split(
    ' ',
  );

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r: () => number, extra: readonly string[] = [], extraRate = 0): string {
  const n = 8 + Math.floor(r() * 14);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(extra.length && r() < extraRate ? (extra[Math.floor(r() * extra.length)] as string) : (WORDS[Math.floor(r() * WORDS.length)] as string));
  }
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

const GUIDE_WORDS = ['USCIS', 'green card', 'Form I-130', 'Form I-485', 'adjustment of status', 'immigration', 'visa', 'naturalization', 'attorney', 'consultation'];
const SELLER_WORDS = ['USCIS', 'access code', 'online access code', 'order now', 'fast service', 'Form I-90'];

/** One page of roughly `bytes` bytes of HTML. */
export function generatePage(kind: PageKind, bytes: number, seed = 1): string {
  const r = rng(seed * 7919 + bytes);
  const lawyer = kind === 'guide' || kind === 'article';
  const extra = lawyer ? GUIDE_WORDS : kind === 'seller' ? SELLER_WORDS : [];
  const rate = lawyer ? 0.02 : kind === 'seller' ? 0.03 : 0;
  const title =
    kind === 'news' ? 'City Daily – Weekend garden and weather stories' : kind === 'shop' ? 'Gadget Mart – Laptops, phones and cameras' : kind === 'guide' ? 'Family green card guide – Rivera Law' : kind === 'article' ? 'Rivera Law – Articles' : 'USCIS Access Code Service – Order now';
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${'.c{margin:0;padding:4px}'.repeat(400)}</style></head><body>`;
  const nav = `<header><nav>${Array.from({ length: 300 }, (_, i) => `<a href="/section/${i}">${WORDS[i % WORDS.length]}</a>`).join(' ')}</nav></header>`;
  const parts: string[] = [head, nav, '<main>'];
  let size = head.length + nav.length;
  // ~15% of the bytes: an inline JSON state blob, like a hydrated SPA.
  const stateTarget = Math.floor(bytes * 0.15);
  const blocks: string[] = [];
  let i = 0;
  while (size < bytes - stateTarget - 2_000) {
    let block: string;
    if (kind === 'shop') {
      block = `<div class="card"><a href="https://cdn${i % 40}.gadget-mart-example.com/p/${i}"><h3>${sentence(r).slice(0, 40)}</h3></a><p>${sentence(r)}</p><span class="price">$${(r() * 900 + 10).toFixed(2)}</span><button>Add to cart</button></div>`;
    } else if (i % 12 === 0) {
      block = `<h2>${sentence(r, extra, rate)}</h2>`;
    } else if (i % 40 === 7) {
      block = `<table>${Array.from({ length: 8 }, () => `<tr><td>${sentence(r).slice(0, 30)}</td><td>${Math.floor(r() * 1000)}</td></tr>`).join('')}</table>`;
    } else {
      block = `<p>${sentence(r, extra, rate)} ${sentence(r, extra, rate)} <a href="/a/${i}">${sentence(r).slice(0, 30)}</a> ${sentence(r, extra, rate)}</p>`;
    }
    blocks.push(block);
    size += block.length;
    i++;
  }
  parts.push(...blocks);
  if (lawyer) {
    parts.push('<form action="/intake"><label for="n">Full name</label><input id="n" name="name"><label for="a">A-Number (if you have one)</label><input id="a" name="a_number"><button>Book a consultation</button></form>');
  }
  if (kind === 'seller') {
    parts.push('<form action="/order"><label for="r">USCIS receipt number</label><input id="r" name="receipt"><label for="c">Card number</label><input id="c" name="cardnumber" autocomplete="cc-number"><button>Buy access code – $129</button></form>');
    parts.push('<p>Access Code Package only $129. Pay by card, Zelle or gift card.</p>');
  }
  parts.push('<form role="search" action="/search"><input name="q" placeholder="Search"></form></main>');
  const state = JSON.stringify({ props: { items: Array.from({ length: Math.floor(stateTarget / 60) }, (_, k) => ({ id: k, t: sentence(r).slice(0, 30) })) } });
  parts.push(`<script id="__STATE__" type="application/json">${state}</script>`);
  parts.push(`<footer>${Array.from({ length: 100 }, (_, k) => `<a href="https://partner${k}.example.org/">${WORDS[k % WORDS.length]}</a>`).join(' ')}</footer></body></html>`);
  return parts.join('\n');
}

export interface BenchPage {
  name: string;
  kind: PageKind;
  url: string;
  html: string;
}

/** The documents a page with frames loads into them (served beside the pages, never measured). */
export const FRAME_DOCUMENTS: ReadonlyArray<{ url: string; html: string }> = [
  { url: 'https://ads.bench-frames-example.net/slot', html: '<!doctype html><title>Ad</title><p>Garden tools on sale this week.</p>' },
  { url: 'https://player.bench-frames-example.net/v', html: '<!doctype html><title>Video</title><p>Weekend weather in two minutes.</p>' },
];

/**
 * The frames and shadow roots of a big real page: two 300×250 ad frames from another host and a
 * video frame inside an open shadow root (declarative, so the page needs no script of its own) at
 * the top, in view; 200 custom elements whose text lives in shadow roots at the end of the
 * article. The reader hit-tests its grid through all of them (lib/page/frames.ts frameBoxes).
 */
export function withFrames(html: string): string {
  const [ad, video] = FRAME_DOCUMENTS;
  const top =
    `<aside style="float:right">${`<iframe src="${ad?.url}" width="300" height="250" style="border:0;display:block"></iframe>`.repeat(2)}</aside>` +
    `<span><template shadowrootmode="open"><iframe src="${video?.url}" width="560" height="315" style="border:0"></iframe></template></span>`;
  const cards = Array.from({ length: 200 }, (_, i) => `<x-card><template shadowrootmode="open"><b>Card ${i}: <slot></slot></b></template>${WORDS[i % WORDS.length]}</x-card>`).join(' ');
  return html.replace('<body>', `<body>${top}`).replace('</main>', `<p>${cards}</p></main>`);
}

const HOST: Record<PageKind, string> = {
  news: 'www.citydaily-example.com',
  shop: 'www.gadgetmart-example.com',
  guide: 'www.riveraimmigrationlaw.com',
  article: 'www.riveralaw-articles.com',
  seller: 'www.fastimmigrationdocs.com',
};

const sizeName = (bytes: number): string => (bytes < 1e6 ? `${Math.round(bytes / 1e3)}kB` : `${(bytes / 1e6).toFixed(1)}MB`);

/** BENCH_SIZES (page sizes in bytes, comma-separated, e.g. 40000 for a small page the first look reads whole), if set. */
function envSizes(): number[] | undefined {
  const sizes = (process.env.BENCH_SIZES ?? '').split(',').map(Number).filter((n) => n > 0);
  return sizes.length > 0 ? sizes : undefined;
}

/**
 * The standard set: every kind at 1 MB and 5 MB (BENCH_SIZES: other sizes), and the unrelated news page and the seller at
 * 5 MB with frames and shadow roots (withFrames). BENCH_PAGES (a regular expression) keeps the
 * pages whose name matches.
 */
export function benchPages(sizes: readonly number[] = envSizes() ?? [1_000_000, 5_000_000]): BenchPage[] {
  const out: BenchPage[] = [];
  for (const kind of ['news', 'shop', 'guide', 'article', 'seller'] as const) {
    for (const bytes of sizes) {
      const html = generatePage(kind, bytes);
      out.push({ name: `${kind}-${sizeName(bytes)}`, kind, url: `https://${HOST[kind]}/bench/${kind}-${bytes}`, html });
    }
  }
  for (const kind of ['news', 'seller'] as const) {
    const bytes = 5_000_000;
    out.push({ name: `${kind}+frames-${(bytes / 1e6).toFixed(1)}MB`, kind, url: `https://${HOST[kind]}/bench/${kind}-frames-${bytes}`, html: withFrames(generatePage(kind, bytes)) });
  }
  const only = process.env.BENCH_PAGES;
  return only ? out.filter((p) => new RegExp(only).test(p.name)) : out;
}
