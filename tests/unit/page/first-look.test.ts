import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { changeKey, drawnLook, firstLook, pageLooksRelevant } from '@/lib/page/first-look';
import { MAX_TEXT } from '@/lib/types';

function doc(title: string, body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;
}

describe('pageLooksRelevant (the content script early exit)', () => {
  it('passes a page whose title alone is about USCIS', () => {
    const d = doc('USCIS online access code help', '<p>Welcome.</p>');
    expect(pageLooksRelevant(d, d.body.textContent ?? '')).toBe(true);
  });

  it('stops an everyday page', () => {
    const d = doc('Banana bread', '<p>Mash three bananas and bake for an hour.</p>');
    expect(pageLooksRelevant(d, d.body.textContent ?? '')).toBe(false);
  });

  it('looks past a window of inline code to the visible text on big pages', () => {
    const state = `{"a":1,"b":{"c":"d"}};`.repeat(Math.ceil((MAX_TEXT + 10_000) / 22));
    const d = doc('Shop', `<script>${state}</script><p>Order your USCIS online access code now: $89.</p>`);
    const text = d.body.textContent ?? '';
    expect(text.length).toBeGreaterThan(MAX_TEXT);
    expect(pageLooksRelevant(d, text)).toBe(true);
  });
});

describe('pageLooksRelevant on a host named after a government step', () => {
  const at = (d: Document, hostname: string): Document => {
    Object.defineProperty(d, 'location', { value: { hostname } });
    return d;
  };
  it('reads a seller refund page whose text names no immigration word', () => {
    const d = at(doc('Erstattungspolitik', '<p>Alle Gebühren, die an uns gezahlt werden, sind für unsere Services.</p>'), 'esta-america.de');
    expect(pageLooksRelevant(d, d.body.textContent ?? '')).toBe(true);
    expect(firstLook(d).relevant).toBe(true);
  });
  it('leaves the same page alone on another host', () => {
    const d = at(doc('Erstattungspolitik', '<p>Alle Gebühren, die an uns gezahlt werden, sind für unsere Services.</p>'), 'shop.example.de');
    expect(pageLooksRelevant(d, d.body.textContent ?? '')).toBe(false);
  });
});

describe('firstLook (the reader’s first check of an address)', () => {
  it('settles a page whose title is about immigration without reading its text', () => {
    const d = doc('Family green card guide – Rivera Law', '<p>Welcome.</p>');
    Object.defineProperty(d.body, 'textContent', {
      get() {
        throw new Error('the text was read');
      },
    });
    expect(firstLook(d)).toEqual({ relevant: true, textKey: -1 });
  });

  it('reads the text when the title says nothing, and reports its change key', () => {
    const d = doc('Rivera Law – Articles', '<p>How to file Form I-130 for your spouse.</p>');
    expect(firstLook(d)).toEqual({ relevant: true, textKey: changeKey(d.body.textContent ?? '') });
  });

  it('stops an everyday page after reading its text', () => {
    const d = doc('Banana bread', '<p>Mash three bananas.</p>');
    expect(firstLook(d)).toEqual({ relevant: false, textKey: changeKey(d.body.textContent ?? '') });
  });

  it('says what pageLooksRelevant says, on titled and untitled pages', () => {
    for (const [title, body] of [
      ['USCIS access code', '<p>x</p>'],
      ['Blog', '<p>Your green card renewal</p>'],
      ['Blog', '<p>Sourdough starter</p>'],
      ['', ''],
    ] as const) {
      const d = doc(title, body);
      expect(firstLook(d).relevant, `${title} / ${body}`).toBe(pageLooksRelevant(d, d.body.textContent ?? ''));
    }
  });
});

describe('reader evasion (issue 14, item 7)', () => {
  it('changeKey: a ticking clock is no change; a same-length swap of words is one', () => {
    const at = (clock: string, words: string) => changeKey(`Live ${clock} — ${words}`);
    expect(at('10:41:59', 'Welcome to our store')).toBe(at('10:42:00', 'Welcome to our store'));
    expect(at('10:41:59', 'Welcome to our store')).not.toBe(at('10:41:59', 'USCIS access code $9'));
    expect(changeKey('a  b\n')).toBe(changeKey('ab'));
  });

  it('soft hyphens and zero-width characters inside words do not hide them from the gate', () => {
    const d = doc('Fast Docs', '<p>Get your U\u00adSC\u200bIS ac\u00adcess co\u200dde today.</p>');
    expect(firstLook(d).relevant).toBe(true);
  });

  it('text past the first window is looked at (hidden padding before the offer)', () => {
    const padding = 'banana bread recipe '.repeat(MAX_TEXT / 15);
    const d = doc('Fast Docs', `<div hidden>${padding}</div><p>Order your USCIS access code now.</p>`);
    expect(firstLook(d).relevant).toBe(true);
  });
});

describe('pageLooksRelevant reads what a page draws and disguises (tests/e2e/reader-attacks.spec.ts)', () => {
  it('opens for an offer only in a submit value, an image alt, reversed or in look-alike letters', () => {
    for (const body of [
      '<p>Welcome.</p><form><input type="submit" value="USCIS access code only $129"></form>',
      '<p>Welcome.</p><img alt="Your USCIS online access code">',
      '<p>Welcome.</p><p>\u202eedoc ssecca enilno SICSU</p>',
      '<p>Welcome.</p><p>UЅСІЅ оnlіnе ассеѕѕ соdе</p>',
      '<p>Welcome.</p><p>𝐔𝐒𝐂𝐈𝐒 online access code</p>',
    ]) {
      const d = doc('Fast Docs', body);
      expect(pageLooksRelevant(d, d.body.textContent ?? ''), body).toBe(true);
    }
  });
});

describe('drawnLook: words shown by a change of attributes only (risks18)', () => {
  it('a class that switches CSS generated text on changes the key and is read', () => {
    // happy-dom: style sheets and selectors as a browser reads them
    const window = new Window({ url: 'https://fast-docs.example.com/', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
    window.document.write('<!doctype html><html><head><title>Fast Docs</title></head><body><style>.on .offer::before { content: "USCIS access code only $129"; }</style><p class="offer">Welcome to our shop.</p></body></html>');
    const d = window.document as unknown as Document;
    const text = d.body.textContent ?? '';
    const before = drawnLook(d, text);
    expect(before.relevant).toBe(false);
    d.body.classList.add('on');
    const after = drawnLook(d, text);
    expect(after.relevant).toBe(true);
    expect(after.key).not.toBe(before.key);
    expect(drawnLook(d, text).key).toBe(after.key);
  });
  it('a button value set late is read; a long page is left to the text (key -1)', () => {
    const d = doc('Fast Docs', '<form><input id="b" type="submit" value="Send"></form>');
    d.getElementById('b')!.setAttribute('value', 'USCIS access code only $129');
    expect(drawnLook(d, d.body.textContent ?? '').relevant).toBe(true);
    expect(drawnLook(d, 'x'.repeat(60_000))).toEqual({ key: -1, relevant: false });
  });
});
