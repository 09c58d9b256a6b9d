/**
 * lib/page/snapshot.ts on nasty documents (happy-dom, a browser-like DOM in Node): no body, XML/SVG
 * documents, 5,000-level nesting, huge text, thousands of fields/links/labels, hostile overrides
 * of DOM methods. collectSnapshot must never throw, must stay within its caps, must never read a
 * field's value, and must skip script/style/template/svg text.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectSnapshot, collectText, extraText, readClosedShadowRoots } from '@/lib/page/snapshot';
import { SEAM } from '@/lib/text/ends';
import { MAX_FIELDS, MAX_RAW_TAIL, MAX_RAW_TEXT, MAX_TAIL, MAX_TEXT, type PageSnapshot } from '@/lib/types';
import { parseHTML } from 'linkedom';
import { preparePage } from '@/lib/text/prepare';
import { parseHost } from '@/lib/domain';
import { decide } from '@/lib/verdict';

const URL_ = 'https://www.example-forms-help.com/page';

function html(markup: string): Document {
  const window = new Window({ url: URL_, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  window.document.write(markup);
  return window.document as unknown as Document;
}

function isSnapshot(s: PageSnapshot): void {
  expect(typeof s.text).toBe('string');
  expect(s.text.length).toBeLessThanOrEqual(MAX_RAW_TEXT + SEAM.length + MAX_RAW_TAIL);
  expect(typeof s.title).toBe('string');
  expect(Array.isArray(s.forms)).toBe(true);
  expect(s.forms.reduce((n, f) => n + f.fields.length, 0)).toBeLessThanOrEqual(MAX_FIELDS);
  expect(s.url).toBe(URL_);
}

describe('collectSnapshot: ordinary content', () => {
  it('reads title, visible text, lang, forms with labels; skips script/style/template/SVG metadata', () => {
    const doc = html(`<!doctype html><html lang="es"><head><title>Código de acceso</title><style>.x{color:red}</style></head>
      <body><h1>Get your USCIS access code</h1><script>var secret = "SCRIPT_TEXT";</script>
      <template><p>TEMPLATE_TEXT</p></template><svg><title>SVG_TITLE</title><text>SVG_TEXT drawn</text></svg><noscript>NOSCRIPT_TEXT</noscript>
      <form action="https://pay.example.net/checkout"><label for="a">A-Number</label><input id="a" name="anum" value="A123456789">
      <label>Card <input name="cc" autocomplete="cc-number" value="4111111111111111"></label></form>
      <a href="https://www.uscis.gov/forms">forms</a><a href="/local">local</a><a href="javascript:alert(1)">js</a><a href="http://[bad">bad</a>
      </body></html>`);
    const s = collectSnapshot(doc, URL_);
    isSnapshot(s);
    expect(s.title).toBe('Código de acceso');
    expect(s.lang).toBe('es');
    expect(s.text).toContain('Get your USCIS access code');
    for (const hidden of ['SCRIPT_TEXT', 'TEMPLATE_TEXT', 'SVG_TITLE', 'NOSCRIPT_TEXT', 'color:red']) expect(s.text).not.toContain(hidden);
    // SVG text that is drawn on the page is page text (an offer can be drawn in SVG).
    expect(s.text).toContain('SVG_TEXT drawn');
    expect(s.forms).toHaveLength(1);
    expect(s.forms[0]?.actionHost).toBe('pay.example.net');
    expect(s.forms[0]?.fields.map((f) => f.label)).toEqual(['A-Number', expect.stringContaining('Card')]);
    // Link targets are not read at all (no signal needs them): less to copy out of the page.
    expect(JSON.stringify(s)).not.toContain('www.uscis.gov/forms');
    expect(Object.keys(s).sort()).toEqual(['forms', 'lang', 'text', 'title', 'truncated', 'url']);
  });

  it('never copies what the user typed (field values) into the snapshot', () => {
    const doc = html(`<body><p>USCIS</p><input name="receipt" value="IOE0912345678"><textarea name="t">MY_PRIVATE_NOTE</textarea></body>`);
    (doc.querySelector('input') as HTMLInputElement).value = 'TYPED_BY_USER';
    const dump = JSON.stringify(collectSnapshot(doc, URL_));
    for (const secret of ['IOE0912345678', 'TYPED_BY_USER']) expect(dump).not.toContain(secret);
  });
});

describe('collectSnapshot: hostile and broken documents never throw and stay bounded', () => {
  const deep = (n: number) => '<div>'.repeat(n) + 'USCIS deep text' + '</div>'.repeat(n);
  const cases: Array<[string, () => Document, (s: PageSnapshot) => void]> = [
    ['empty document', () => html(''), (s) => expect(s.text).toBe('')],
    ['no body (frameset)', () => html('<html><frameset><frame src="a.html"></frameset></html>'), (s) => expect(s.forms).toEqual([])],
    [
      'body removed by script',
      () => {
        const d = html('<html><body><p>USCIS</p></body></html>');
        d.body.remove();
        return d;
      },
      (s) => expect(s.text).not.toContain('USCIS'),
    ],
    [
      'no documentElement at all',
      () => {
        const d = html('<p>x</p>');
        d.documentElement.remove();
        return d;
      },
      (s) => expect(s.text).toBe(''),
    ],
    ['5,000 levels of nesting', () => html(`<body>${deep(5_000)}</body>`), (s) => expect(s.text).toContain('USCIS deep text')],
    [
      `text far above MAX_RAW_TEXT (${MAX_RAW_TEXT})`,
      () => html(`<body>${'<p>access code for sale </p>'.repeat(40_000)}</body>`),
      (s) => {
        expect(s.truncated).toBe(true);
        expect(s.text.length).toBe(MAX_RAW_TEXT + SEAM.length + MAX_RAW_TAIL);
        expect(s.text.slice(MAX_RAW_TEXT)).toMatch(/^ … .*access code for sale$/);
      },
    ],
    [
      '5,000 inputs, 5,000 labels',
      () => html(`<body><form>${Array.from({ length: 5_000 }, (_, i) => `<label for="f${i}">Field ${i}</label><input id="f${i}">`).join('')}</form></body>`),
      (s) => expect(s.forms[0]?.fields.length).toBe(MAX_FIELDS),
    ],
    [
      '5,000 forms',
      () => html(`<body>${'<form><input name="q"></form>'.repeat(5_000)}</body>`),
      (s) => expect(s.forms.length).toBeLessThanOrEqual(50),
    ],
    [
      'attributes 100 kB long',
      () => html(`<body><input name="${'n'.repeat(100_000)}" placeholder="${'p'.repeat(100_000)}" aria-label="${'a'.repeat(100_000)}"></body>`),
      (s) => {
        const f = s.forms[0]?.fields[0];
        expect(f?.name.length).toBeLessThanOrEqual(200);
        expect(f?.label.length).toBeLessThanOrEqual(200);
      },
    ],
    ['title 1 MB long', () => html(`<title>${'USCIS '.repeat(200_000)}</title><body>x</body>`), (s) => expect(s.title.length).toBeLessThanOrEqual(500)],
    [
      'lone surrogates and NULs',
      () => html(`<body><p>\uD800 USCIS \u0000 \uDFFF</p></body>`),
      (s) => expect(s.text).toContain('USCIS'),
    ],
  ];
  it.each(cases)('%s', (_name, make, check) => {
    const doc = make();
    const t0 = performance.now();
    const s = collectSnapshot(doc, URL_);
    const ms = performance.now() - t0;
    isSnapshot(s);
    check(s);
    // A hang guard, not a speed goal (bench:profile measures speed): a page whose text passes the
    // cap is walked twice, the second time without hidden text, and happy-dom's checkVisibility
    // is slow (Chromium's is not).
    expect(ms).toBeLessThan(10_000);
  });

  const overrides: Array<[string, (d: Document) => void]> = [
    ['querySelectorAll throws', (d) => Object.defineProperty(d, 'querySelectorAll', { value: () => { throw new Error('page broke it'); } })],
    ['createTreeWalker throws', (d) => Object.defineProperty(d, 'createTreeWalker', { value: () => { throw new Error('page broke it'); } })],
    ['title getter throws', (d) => Object.defineProperty(d, 'title', { get: () => { throw new Error('page broke it'); } })],
    ['getElementsByTagName returns junk', (d) => Object.defineProperty(d, 'getElementsByTagName', { value: () => null })],
  ];
  it.each(overrides)('%s: returns a snapshot (possibly empty), never throws', (_name, breakIt) => {
    const doc = html('<title>USCIS</title><body><label for="x">A-Number</label><input id="x"><a href="https://a.example/">a</a><p>USCIS access code</p></body>');
    breakIt(doc);
    let s: PageSnapshot | undefined;
    expect(() => {
      s = collectSnapshot(doc, URL_);
    }).not.toThrow();
    isSnapshot(s as PageSnapshot);
  });
});

describe('collectText', () => {
  it.each([
    ['trims each text node (preparePage collapses runs inside one)', '<body><p>  USCIS\n\n\t access   code </p>\n  <p>\tnext </p></body>', 'USCIS\n\n\t access   code next'],
    ['leaves out whitespace-only nodes', '<body>\n <ul>\n  <li>A</li>\n  <li>B</li>\n </ul>\n</body>', 'A B'],
    ['separates adjacent elements', '<body><li>I-130</li><li>I-485</li></body>', 'I-130 I-485'],
    ['skips hidden <template>', '<body><template>T</template><p>shown</p></body>', 'shown'],
  ])('%s', (_n, markup, expected) => {
    expect(collectText(html(markup)).text).toBe(expected);
  });

  it('respects a smaller cap, and keeps the end of the page', () => {
    const r = collectText(html(`<body>${'<p>abcdefghij</p>'.repeat(100)}<p>the end</p></body>`), 50, 20);
    expect(r.text).toBe(`${'abcdefghij '.repeat(5).slice(0, 50)}${SEAM}j abcdefghij the end`);
    expect(r.truncated).toBe(true);
    expect(collectText(html(`<body>${'<p>abcdefghij</p>'.repeat(100)}</body>`), 50, 0).text.length).toBe(50);
  });

  it('is truncated only when something was left out', () => {
    expect(collectText(html('<body><p>abcde</p></body>'), 5, 0)).toEqual({ text: 'abcde', truncated: false });
    expect(collectText(html('<body><p>abc</p><p>d</p></body>'), 5, 0)).toEqual({ text: 'abc d', truncated: false });
    expect(collectText(html('<body><p>abcde</p><p>f</p></body>'), 5, 0)).toEqual({ text: 'abcde', truncated: true });
    expect(collectText(html('<body><p>abcdef</p></body>'), 5, 0)).toEqual({ text: 'abcde', truncated: true });
    // With an end kept: the first `max` characters, the seam, the last `tailMax` (the text node that filled the head
    // is read again from its start when it ends within them).
    expect(collectText(html('<body><p>abcde</p><p>f</p></body>'), 5, 2)).toEqual({ text: `abcde${SEAM}f`, truncated: true });
    expect(collectText(html('<body><p>abcdefgh</p></body>'), 5, 3)).toEqual({ text: `abcde${SEAM}fgh`, truncated: true });
    expect(collectText(html('<body><p>abcde</p><p>fgh</p></body>'), 5, 2)).toEqual({ text: `abcde${SEAM}gh`, truncated: true });
    expect(collectText(html('<body><p>abcdefghij</p></body>'), 5, 3)).toEqual({ text: `abcde${SEAM}hij`, truncated: true });
    expect(collectText(html('<body><p>abc</p><p>de</p><p>fg</p><p>hij</p></body>'), 5, 7)).toEqual({ text: `abc d${SEAM}fg hij`, truncated: true });
    // Hidden text after the end does not push it out of the end kept.
    expect(collectText(html(`<body><p>abcdefghij</p><p>the end</p><p style="display: none">${'x '.repeat(50)}</p></body>`), 5, 7)).toEqual({ text: `abcde${SEAM}the end`, truncated: true });
  });

  // A seller pads its page with visible filler and puts its offer last in the document (at the end, or drawn at the
  // top by CSS): the reader keeps the page's end beside its top, and the verdict reads both (tests/e2e/reader.spec.ts).
  it.each([
    ['300,000 characters of filler, then the offer', (offer: string) => `${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(5_300)}${offer}`],
    ['the offer in a shadow-root-free footer after filler and 1,000 empty paragraphs', (offer: string) => `${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(5_300)}${'<p></p>'.repeat(1_000)}<footer>${offer}</footer>`],
  ])('%s: judged by the offer', (_n, page) => {
    const offer = '<h2>ESTA application</h2><p>Apply for your ESTA travel authorization to the United States with us. Our experts check your ESTA application and submit it for you.</p><p>ESTA application service: $89 per traveller.</p>';
    const snapshot = collectSnapshot(html(`<body>${page(offer)}</body>`), URL_);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.text).toContain('ESTA application service: $89');
    expect(decide(URL_, snapshot).level).toBe('caution');
  });

  it('keeps the end of a text longer than the bound that a scanner passes (preparePage)', () => {
    const text = `${'lorem ipsum dolor sit amet '.repeat(20_000)} Our experts check your ESTA application and submit it for you. ESTA application service: $89 per traveller.`;
    const prepared = preparePage({ url: URL_, title: '', text, truncated: false, forms: [], lang: 'en' }, parseHost('www.example-forms-help.com'));
    expect(prepared.truncated).toBe(true);
    expect(prepared.raw.length).toBe(MAX_TEXT + SEAM.length + MAX_TAIL);
    expect(prepared.raw.endsWith('ESTA application service: $89 per traveller.')).toBe(true);
  });

  // Whitespace inside text nodes counts towards the snapshot's cap (it is collapsed later), so the
  // cap has room for it: an indented page still yields its last sentence to the verdict.
  it.each([
    ['one <pre> of 199,990 spaces', `<pre>USCIS fee${' '.repeat(199_990)}x</pre><p>Pay with gift cards</p>`],
    // 216,000 characters as read, 188,000 once collapsed
    ['700 indented paragraphs', `${Array.from({ length: 700 }, (_, i) => `<p>\n        USCIS guide paragraph ${i} about the access code and the forms you need to file this year\n${' '.repeat(40)}${'and more words '.repeat(12)}\n      </p>`).join('\n      ')}<p>Pay with gift cards</p>`],
  ])('%s: the verdict still reads the end of the page', (_n, body) => {
    const snapshot = collectSnapshot(html(`<body>${body}</body>`), URL_);
    const prepared = preparePage(snapshot, parseHost('www.example-forms-help.com'));
    expect(prepared.raw.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(prepared.raw).toContain('Pay with gift cards');
    expect(prepared.truncated).toBe(false);
  });
});


describe('collectForms', () => {
  it('keeps document order in linkedom too (the CLI), across forms and branches', () => {
    const { document } = parseHTML('<!doctype html><html><body><form><div><input name="a"></div></form><form><select name="b"></select></form><div><textarea name="c"></textarea></div></body></html>');
    const names = collectSnapshot(document as unknown as Document, URL_).forms.map((f) => f.fields.map((x) => x.name));
    expect(names).toEqual([['a'], ['b'], ['c']]);
  });

  it('keeps document order across inputs, selects and textareas', () => {
    const doc = html('<body><form><select name="a"></select><input name="b"><div><textarea name="c"></textarea></div><input name="d"></form><select name="e"></select></body>');
    const names = collectSnapshot(doc, URL_).forms.map((f) => f.fields.map((x) => x.name));
    expect(names).toEqual([['a', 'b', 'c', 'd'], ['e']]);
  });

  it('gives the fields in the order one selector-list query gives them, on random documents', () => {
    const piece = fc.constantFrom('<input name="i">', '<select name="s"></select>', '<textarea name="t"></textarea>', '<div>', '</div>', '<form>', '</form>', '<p>x</p>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        // numbered names, so the order is visible
        let n = 0;
        const markup = pieces.map((p) => p.replace(/name="(\w)"/, (_m, k: string) => `name="${k}${n++}"`)).join('');
        const doc = html(`<body>${markup}</body>`);
        const expected = Array.from(doc.querySelectorAll('input, select, textarea'), (el) => el.getAttribute('name'));
        const got = collectSnapshot(doc, URL_).forms.flatMap((f) => f.fields.map((x) => x.name));
        // fields are grouped by form in collectSnapshot; compare as sets per form and the overall order within each form
        expect([...got].sort()).toEqual([...expected].sort());
        for (const form of collectSnapshot(doc, URL_).forms) {
          const names = form.fields.map((x) => x.name);
          expect(names).toEqual(expected.filter((name) => names.includes(name ?? '')));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('collectText: text a page hides from a plain walk (issue 14, item 7)', () => {
  it('removes invisible characters from inside words', () => {
    const s = collectSnapshot(html('<!doctype html><html><head><title>Ac\u00adcess</title></head><body><p>ac\u00adcess co\u200bde for U\u2060SCIS</p></body></html>'), URL_);
    expect(s.text).toBe('access code for USCIS');
    expect(s.title).toBe('Access');
  });

  it('reads the title in display order too (review17): a tab showing "Contact Us | USCIS" written with a right-to-left override', () => {
    // The title names a copy's site (claims-official's title rule, session 17): reversed letters hid it.
    const s = collectSnapshot(html('<!doctype html><html><head><title>Contact Us | \u202eSICSU\u202c</title></head><body><p>x</p></body></html>'), URL_);
    expect(s.title).toBe('Contact Us | USCIS');
    expect(decide(s.url, s).level).toBe('danger');
  });
});

describe('collectText: open shadow roots', () => {
  it('reads the text of open shadow roots, nested ones too', () => {
    const doc = html('<!doctype html><body><p>Welcome.</p><x-offer></x-offer></body>');
    const outer = doc.querySelector('x-offer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Order your USCIS access code</p><y-price></y-price>';
    outer.querySelector('y-price')!.attachShadow({ mode: 'open' }).innerHTML = '<b>only $129</b>';
    const closed = doc.createElement('z-closed');
    doc.body.append(closed);
    closed.attachShadow({ mode: 'closed' }).innerHTML = '<p>CLOSED_TEXT</p>';
    const { text } = collectText(doc);
    expect(text).toBe('Welcome. Order your USCIS access code only $129');
  });
});

describe('collectText: closed shadow roots, where the reader can open them (risks18)', () => {
  it('reads a closed root through the opener the reader gives (a seller drew its offer there), not a root the opener refuses', () => {
    const doc = html('<!doctype html><body><p>Welcome.</p><x-shop></x-shop><div id="plain"></div><official-or-not-banner></official-or-not-banner></body>');
    const roots = new Map<Element, ShadowRoot>();
    const close = (el: Element, inner: string) => {
      const root = el.attachShadow({ mode: 'closed' });
      root.innerHTML = inner;
      roots.set(el, root);
    };
    close(doc.querySelector('x-shop')!, '<p>Order your USCIS access code</p>');
    close(doc.querySelector('#plain')!, '<b>only $129</b>');
    const banner = doc.querySelector('official-or-not-banner')!;
    close(banner, '<p>BANNER_TEXT</p>');
    expect(collectText(doc).text).toBe('Welcome.');
    try {
      readClosedShadowRoots((el) => (el === banner ? null : (roots.get(el) ?? null)));
      expect(collectText(doc).text).toBe('Welcome. Order your USCIS access code only $129');
    } finally {
      readClosedShadowRoots(undefined);
    }
  });

  it('at the first look, asks about a box whose light DOM is not drawn (a decoy under a closed root), not about boxes whose children are', () => {
    const doc = html('<!doctype html><body><div id="host"><p>Fresh bread every morning.</p></div><div id="shown"><p>Our recipes.</p></div><a id="link"><p>More.</p></a></body>');
    const host = doc.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<p>Order your USCIS access code</p>';
    // Drawn is what the layout tree says; here the decoy, which the closed root leaves unslotted, is not.
    for (const p of Array.from(doc.querySelectorAll('p'))) Object.assign(p, { checkVisibility: () => p.parentElement !== host });
    const asked: string[] = [];
    try {
      readClosedShadowRoots((el) => {
        asked.push(el.id || el.localName);
        return el === host ? root : null;
      });
      expect(extraText(doc)).toBe('Order your USCIS access code');
      expect(asked).toEqual(['host']);
    } finally {
      readClosedShadowRoots(undefined);
    }
  });

  it('in the snapshot, asks every element that can hold a root: one that slots its decoy beside its offer, one over bare text', () => {
    const doc = html('<!doctype html><body><div id="beside"><p>Fresh bread every morning.</p></div><h2 id="bare">Our recipes.</h2><a id="link"><p>More.</p></a></body>');
    const roots = new Map<Element, ShadowRoot>();
    for (const [id, inner] of [['beside', '<p>Order your USCIS access code</p><slot></slot>'], ['bare', '<b>only $129</b>']]) {
      const host = doc.querySelector(`#${id}`)!;
      const root = host.attachShadow({ mode: 'closed' });
      root.innerHTML = inner!;
      roots.set(host, root);
    }
    const asked: string[] = [];
    try {
      readClosedShadowRoots((el) => {
        asked.push(el.id || el.localName);
        return roots.get(el) ?? null;
      });
      // Every child is drawn (slotted, or bare text): the first look has no cue, the snapshot asks anyway.
      expect(extraText(doc)).toBe('');
      expect(collectText(doc).text).toBe('Fresh bread every morning. Our recipes. More. Order your USCIS access code only $129');
      expect(asked).toEqual(['body', 'beside', 'p', 'p', 'bare', 'p']);
    } finally {
      readClosedShadowRoots(undefined);
    }
  });
});

describe('collectText: words a page draws that are not in its text nodes (tests/e2e/reader-attacks.spec.ts)', () => {
  const text = (body: string) => collectText(html(`<!doctype html><html><body>${body}</body></html>`)).text;

  it('reads a submit button value, a placeholder, an image alt and aria-label, never a field value', () => {
    const t = text(
      '<p>Welcome.</p><form><input type="submit" value="Order now $129"><input name="q" placeholder="Your access code" value="SECRET_VALUE"><input type="hidden" value="HIDDEN_VALUE"></form><img alt="USCIS access code price"><div aria-label="only today"></div>',
    );
    for (const words of ['Order now $129', 'Your access code', 'USCIS access code price', 'only today']) expect(t).toContain(words);
    expect(t).not.toMatch(/SECRET_VALUE|HIDDEN_VALUE/);
  });

  it('reads the value a page wrote into a field the person cannot type in (read-only, disabled), never an editable field\'s', () => {
    const t = text(
      '<form><input readonly value="USCIS access code only $129" style="border:0"><input type="text" disabled value="order now"><input name="q" value="EDITABLE_VALUE"><input type="password" readonly value="PASSWORD_VALUE"><input type="hidden" readonly value="HIDDEN_VALUE"></form>',
    );
    for (const words of ['USCIS access code only $129', 'order now']) expect(t).toContain(words);
    expect(t).not.toMatch(/EDITABLE_VALUE|PASSWORD_VALUE|HIDDEN_VALUE/);
  });

  it('reads the items of a grid moved by `order` and of a flex row drawn right to left in the order shown, not a right-to-left script\'s', () => {
    const grid = text('<div style="display:grid;grid-auto-flow:column"><span style="order:3">code</span><span style="order:2">access</span><span style="order:1">USCIS</span></div>');
    expect(grid).toContain('USCIS access code');
    const rtl = text('<div style="display:flex;direction:rtl"><span>now</span><span>order</span><span>$129,</span><span>only</span></div>');
    expect(rtl).toContain('only $129, order now');
    // An Arabic menu in a right-to-left row is read in its own order (a person reads it right to left): nothing added.
    expect(text('<div style="display:flex;direction:rtl"><span>الرئيسية</span> <span>اتصل بنا</span></div>')).toBe('الرئيسية اتصل بنا');
  });

  // review23: an inline style of many "display:" without a ';' was read from each of them to its end (quadratic)
  it('reads a long inline style of many "display:" in time linear in its length', () => {
    const style = (n: number) => `direction:rtl ${'display:x '.repeat(n / 10)}`;
    const time = (n: number) => {
      const doc = html(`<!doctype html><html><body><div style="${style(n)}"><span>a</span><span>b</span></div></body></html>`);
      const t0 = performance.now();
      collectText(doc);
      return performance.now() - t0;
    };
    time(10_000);
    const best = (n: number) => Math.min(time(n), time(n));
    // Quadratic work would be 16x (and seconds at this size); 10x leaves room for noise, the floor for runs of a few ms.
    expect(best(320_000)).toBeLessThan(Math.max(10 * best(80_000), 150));
    expect(text('<div style="direction:rtl; display : inline-flex"><span>now</span><span>order</span></div>')).toContain('order now');
  });

  it('reads CSS generated text: content strings and attr() on ::before and ::after, also inside @media', () => {
    const t = text('<style>.a::before { content: "USCIS access code"; } @media screen { .b:after { content: attr(data-o) " now"; } } .i::before { content: "\\f101"; }</style><p class="a">for you</p><p class="b" data-o="$129">only</p><p class="i">icon</p>');
    expect(t).toContain('USCIS access code');
    expect(t).toContain('$129 now');
    expect(t).not.toContain('\uf101');
  });

  it('reads a currency sign a style draws before a price, plain or escaped (a theme\'s "$" before "39.99")', () => {
    expect(text('<style>.usd::before { content: "$"; } .eur::after { content: "\\20AC"; }</style><p>Price: <span class="usd">39.99</span>, <span class="eur">35</span></p>')).toBe('Price: $ 39.99, 35 €');
  });

  it('reads what a list and an image map show in place of their text: an option\'s label, an area\'s alt', () => {
    const t = text('<select><option label="USCIS access code — only $129" selected>Choose</option></select><map name="m"><area shape="rect" coords="0,0,9,9" href="/o" alt="order now"></map>');
    expect(t).toContain('USCIS access code — only $129');
    expect(t).toContain('order now');
  });

  it('reads reversed text as shown: <bdo dir=rtl>, bidi-override and the U+202E character', () => {
    const t = text('<p><bdo dir="rtl">edoc ssecca SICSU</bdo></p><p style="direction: rtl; unicode-bidi: bidi-override">921$ ylno</p><p>\u202ewon redro\u202c</p>');
    for (const words of ['USCIS access code', 'only $129', 'order now']) expect(t).toContain(words);
  });

  it('reads reordered and reversed text without the code inside it (script and style text, as the walk skips it)', () => {
    const code = '<script>var s = "An official website of the United States government";</script><style>.x { color: red }</style>';
    const flex = text(`<div style="display:flex"><div style="order:2">Second</div><div style="order:1">First${code}</div></div>`);
    const bdo = text(`<p><bdo dir="rtl">edoc ssecca${code}</bdo></p>`);
    for (const t of [flex, bdo]) expect(t).not.toMatch(/official website|color: red|var s/);
    expect(flex).toContain('First Second');
    expect(bdo).toContain('access code');
  });

  it('glues a word cut into pieces (one letter per element, <wbr>, a drop cap), not words of separate blocks', () => {
    expect(text('<p><span>U</span><span>S</span><span>C</span><span>I</span><span>S</span> <span>a</span><span>c</span><span>c</span></p>')).toBe('USCIS acc');
    expect(text('<p>ac<wbr>cess co<wbr>de</p>')).toBe('access code');
    expect(text('<p><b>T</b>his page</p>')).toBe('This page');
    expect(text('<div class="w"><div>U</div><div>S</div></div> <div>next</div>')).toBe('US next');
    expect(text('<p>one</p><p>two</p><ul><li>A</li><li>B</li></ul><p>x<br>y</p>')).toBe('one two A B x y');
  });
});

describe('preparePage reads disguised letters (readLetters) and right-to-left overrides (readBidi)', () => {
  it('turns Cyrillic, full-width and mathematical letters into the Latin words a person reads', () => {
    const page = preparePage({ url: URL_, title: 'ＵＳＣＩＳ', text: 'UЅСІЅ ассеѕѕ соdе — 𝐨𝐧𝐥𝐲 $129, \u202ewon redro', truncated: false, forms: [], lang: 'en' }, parseHost('www.example-forms-help.com'));
    // the override itself is removed, as the page reader removes it (shownText: attack21), the words keep their place
    expect(page.text).toBe('uscis. uscis access code - only $129, order now');
  });
});
