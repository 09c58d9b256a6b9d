import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collapse, fold, foldArabic, foldSlow, LOOKALIKES, readBidi, readLetters, SMALL_CAPITALS, wordsPattern } from '@/lib/text/normalize';
import { hasCommerce } from '@/lib/text/money';
import confusables from '@/lib/data/confusables.json';
import { decide } from '@/lib/verdict';

describe('fold fast path', () => {
  it('agrees with the reference fold on mixed text, controls and accents', () => {
    const samples = [
      'Árbol NIÑO Über “quoted” – dash\u00a0nbsp\ttab\u0001ctl ＄5 İstanbul',
      'USCIS Access Code — $129. ¿Código de acceso? ÇA',
      'plain ascii only',
      '日本語 텍스트 Tiếng Việt ĐÂY',
    ];
    for (const s of samples) {
      expect(fold(s)).toBe(foldSlow(s));
      expect(fold(s)).toHaveLength(s.length);
    }
    let random = '';
    for (let i = 0; i < 5000; i++) random += String.fromCharCode((i * 7919) % 0x2100);
    expect(fold(random)).toBe(foldSlow(random));
  });
});

describe('collapse', () => {
  const reference = (s: string): string => s.replace(/\s+/g, ' ').trim();
  it.each(['a  b', ' a b ', 'a\nb', 'a \n\tb', '\u00a0a\u2003b\u3000', 'already collapsed text', '', '   '])('%j as the plain definition', (s) => {
    expect(collapse(s)).toBe(reference(s));
  });
  it('equals replace(/\\s+/g, " ").trim() on any mix of spaces, other whitespace and letters (property)', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\ufeff', 'a', 'Bc', '.', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(collapse(s)).toBe(reference(s));
      }),
      { numRuns: 5_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(collapse(s)).toBe(reference(s));
      }),
    );
  });
});

describe('wordsPattern', () => {
  it('finds a Chinese, Japanese or Korean word right after or before Latin letters ("AIT官方網站", "ESTA申請代行")', () => {
    const re = new RegExp(wordsPattern(['官方', '代行', '공식', 'chính thức']));
    expect(re.test(fold('透過AIT官方網站申請'))).toBe(true);
    expect(re.test(fold('ESTA代行サービス'))).toBe(true);
    expect(re.test(fold('ESTA공식 사이트'))).toBe(true);
  });
  it('keeps word edges for words in Latin letters (Vietnamese too)', () => {
    const re = new RegExp(wordsPattern(['nos', 'chính thức', 'officiel']));
    expect(re.test(fold('les enos officielles'))).toBe(false);
    expect(re.test(fold('nos tarifs'))).toBe(true);
    expect(re.test(fold('khôngchính thức'))).toBe(false);
    expect(re.test(fold('không chính thức'))).toBe(true);
  });
});

describe('readLetters: letters disguised as Latin ones are read as those', () => {
  it('reads Cyrillic and Greek look-alikes inside Latin words, full-width and mathematical letters', () => {
    expect(readLetters('UЅСІЅ ассеѕѕ соdе')).toBe('USCIS access code');
    expect(readLetters('USCΙS αccess cοde')).toBe('USCIS access code');
    expect(readLetters('ＵＳＣＩＳ ａｃｃｅｓｓ ｃｏｄｅ ＄１２９')).toBe('USCIS access code $129');
    // Full-width punctuation is how Chinese and Japanese write: kept, so their sentences still end
    // there (context.ts) and '，' between numbers is not a decimal comma (money.ts).
    expect(readLetters('ＵＳＣＩＳ！申請代行（ESTA）；收费99，3天．')).toBe('USCIS！申請代行（ESTA）；收费99，3天．');
    // ... but inside a number a full-width point or thousands comma is the number's ('５，５００円' was 500 yen)
    expect(readLetters('代行手数料５，５００円、１．５万円、＄４９．９９、12，800円')).toBe('代行手数料5,500円、1.5万円、$49.99、12,800円');
    expect(readLetters('𝐔𝐒𝐂𝐈𝐒 𝐚𝐜𝐜𝐞𝐬𝐬 𝐜𝐨𝐝𝐞')).toBe('USCIS access code');
    expect(readLetters('Аn оffісіаl wеbѕіtе оf thе Unіtеd Ѕtаtеѕ gоvеrnmеnt')).toBe('An official website of the United States government');
  });

  it('keeps Russian, Ukrainian and Greek words, also in capitals and next to Latin words', () => {
    for (const text of ['Грин-карта и виза в США', 'ГРИН-КАРТА', 'КАРТА ТОР ВСЕ НЕТ', 'сор рос сахар', 'Іспит сіль', 'καλημέρα ΚΑΙ ολα', 'Green Card для семьи', 'iPhone карта']) {
      expect(readLetters(text)).toBe(text);
    }
  });

  it('leaves text with nothing disguised as it is (the same string)', () => {
    const text = 'Order your USCIS online access code — only $129. Código de acceso, 签证, 비자.';
    expect(readLetters(text)).toBe(text);
  });

  it('each look-alike is one lib/data/confusables.json also reads as that Latin letter', () => {
    for (const [from, to] of LOOKALIKES) {
      // small capitals are not all in UTS #39's list (it keeps them apart from full-size letters): see SMALL_CAPITALS
      if (SMALL_CAPITALS.includes(from)) continue;
      const skeleton = (confusables.map as Record<string, string>)[from] ?? (confusables.map as Record<string, string>)[from.toLowerCase()];
      // the skeleton of a capital I-like letter is "l" (it imitates both)
      expect([to.toLowerCase(), to.toLowerCase() === 'i' ? 'l' : to.toLowerCase()], from).toContain(skeleton);
    }
  });
});

describe('readBidi: text after a right-to-left override is read as shown', () => {
  it('reverses the run up to the next bidi control or line end', () => {
    expect(readBidi('Hi \u202ewon redro ,921$ ylno edoc ssecca SICSU\u202c. Bye')).toBe('Hi \u202eUSCIS access code only $129, order now\u202c. Bye');
    expect(readBidi('\u202ecba\ndef')).toBe('\u202eabc\ndef');
    expect(readBidi('plain text')).toBe('plain text');
  });
});

// langs20: right-to-left pages and other scripts' digits (the fold keeps the length: indices still point into the raw text)
describe('fold: Hebrew punctuation, format characters, other digits', () => {
  it.each([
    ['ש״ח', 'ש"ח'],
    ['ארה״ב', 'ארה"ב'],
    ['ע׳', "ע'"],
    ['בית־ספר', 'בית-ספר'],
    ['می\u200cدهیم', 'می دهیم'],
    ['₪\u200f199', '₪ 199'],
    ['\u2067ESTA\u2069', ' esta '],
    ['۲۵۰ تومان', '250 تومان'],
    ['٣٥٠ درهم', '350 درهم'],
    ['৫০০০', '5000'],
    ['१८५', '185'],
    ['๑,๕๐๐', '1,500'],
    ['٢٥٬٠٠٠٫٥', '25,000.5'],
  ])('%s', (raw, folded) => {
    expect(fold(raw)).toBe(folded);
    expect(foldSlow(raw)).toBe(folded);
    expect(fold(raw)).toHaveLength(raw.length);
  });
});

// attack21: one Arabic-script word typed on a Persian, an Arabic or an Urdu keyboard folds to one form
describe('fold: Arabic-script letters typed two ways', () => {
  it.each([
    ['كلاهبرداري', 'کلاهبرداری'],
    ['رسوم الخدمه', 'رسوم الخدمة'],
    ['اطلب الان', 'اطلب الآن'],
    ['إلى', 'الي'],
    ['دهوکه', 'دھوکہ'],
    ['روپی', 'روپے'],
  ])('%s = %s', (a, b) => {
    expect(fold(a)).toBe(fold(b));
    expect(fold(b)).toHaveLength(b.length);
  });

  it('drops the tatweel and vowel signs when reading letters', () => {
    expect(readLetters('رسـوم الخدمـة')).toBe('رسوم الخدمة');
    expect(readLetters('أَبَداً')).toBe('أبدا');
  });

  it('leaves a regex source intact but for those letters', () => {
    expect(foldArabic(String.raw`\bفي\W+كارد`)).toBe(String.raw`\bفی\W+کارد`);
  });

  it('reads a Persian service fee typed on an Arabic keyboard as selling', () => {
    expect(hasCommerce(fold('هزينه خدمات ما ۵۰۰ دلار'))).toBe(true);
    expect(hasCommerce(fold(readLetters('رسـوم الخدمـه 200 درهم')))).toBe(true);
  });
});

describe('regex sources written with Arabic letters', () => {
  // fold() unifies the Arabic script's letters, so a regex source spelled with ي, ك, ة, أ… outside a word list (which
  // wordsPattern folds) never matches folded text unless foldArabic() reads it first.
  const VARIANT = /[\u0622\u0623\u0625\u0629\u0640\u0643\u0649\u064a-\u065f\u0670\u0671\u06be\u06c0\u06c1\u06c3\u06d2\u06d5]/;
  it('pass through foldArabic()', () => {
    const offending: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) {
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
            const code = line.trim();
            if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/**')) return;
            const outsideLists = code.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/\/\/.*$/, '');
            if (VARIANT.test(outsideLists) && !code.includes('foldArabic(')) offending.push(`${path}:${i + 1}`);
          });
        }
      }
    };
    walk('lib');
    expect(offending).toEqual([]);
  });
});

// attack21: an agency's or a service's name spelled out letter by letter
describe('readLetters: capitals spelled out one by one', () => {
  it.each([
    ['Buy your U.S.C.I.S. access code', 'Buy your USCIS. access code'],
    ['Apply for your E-S-T-A today', 'Apply for your ESTA today'],
    ['the U S C I S fee', 'the USCIS fee'],
    ['the U. S. C. I. S. portal', 'the USCIS. portal'],
    ['U.S.A. only', 'USA. only'],
    // left as written: two letters, a form number, mixed separators, lower case
    ['the U.S. government', 'the U.S. government'],
    ['Form I-130 and I-90', 'Form I-130 and I-90'],
    ['U.S-C I.S', 'U.S-C I.S'],
    ['u.s.c.i.s', 'u.s.c.i.s'],
    // session 25: bullets, middle dots and one-dot leaders between the letters
    ['Apply for your E•S•T•A today', 'Apply for your ESTA today'],
    ['the U·S·C·I·S fee', 'the USCIS fee'],
    ['the E\u2024S\u2024T\u2024A form', 'the ESTA form'],
    ['Catalan col·lecció', 'Catalan col·lecció'],
  ])('%s', (raw, read) => {
    expect(readLetters(raw)).toBe(read);
  });

  it('reads a long run of spelled letters in linear time', () => {
    const long = 'A.'.repeat(100_000);
    const t = performance.now();
    readLetters(long);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

// session 25: what fancy-text generators make of a word
describe('readLetters: fancy-text letters', () => {
  it.each([
    ['Apply for your E\u0332S\u0332T\u0332A\u0332 today', 'Apply for your ESTA today'],
    ['U\u0336S\u0336C\u0336I\u0336S\u0336 access code', 'USCIS access code'],
    ['E\u0305S\u0305T\u0305A\u0305 and E\u0338S\u0338T\u0338A\u0338 and E\u20e3S\u20e3T\u20e3A\u20e3', 'ESTA and ESTA and ESTA'],
    ['Your \u{1f174}\u{1f182}\u{1f183}\u{1f170} in 24 h', 'Your ESTA in 24 h'],
    ['\u{1f164}\u{1f162}\u{1f152}\u{1f158}\u{1f162} access code', 'USCIS access code'],
    // accents stay: the Spanish verb written with a combining acute is not the ESTA
    ['ESTA\u0301 AQUÍ', 'ESTA\u0301 AQUÍ'],
    ['Tie\u0302\u0301ng Vie\u0323\u0302t', 'Tie\u0302\u0301ng Vie\u0323\u0302t'],
  ])('%s', (raw, read) => {
    expect(readLetters(raw)).toBe(read);
  });
});

// left26: superscript and subscript letters inside agency names and service words (a text generator's "tiny text")
describe('readLetters: superscript and subscript letters', () => {
  it.each([
    ['Get your ᵁˢᶜᴵˢ access code', 'Get your USCIS access code'],
    ['Uˢᶜᴵˢ forms', 'USCIS forms'],
    ['ᴱˢᵀᴬ application $89', 'ESTA application $89'],
    ['your ₑₛₜₐ today', 'your esta today'],
    ['ᵃᶜᶜᵉˢˢ ᶜᵒᵈᵉ', 'access code'],
    // digits and signs keep their form: square metres, footnotes, formulas
    ['120 m² office, note¹, x⁺', '120 m² office, note¹, x⁺'],
  ])('%s', (raw, read) => {
    expect(readLetters(raw)).toBe(read);
  });

  it('reads a superscript service name on a page as the name: the seller is judged', () => {
    const text = 'Apply for your ᴱˢᵀᴬ travel authorization with us. Our experts check your ᴱˢᵀᴬ application and submit it for you. ᴱˢᵀᴬ application service: $89 per traveller.';
    expect(decide('https://www.fast-docs-example.com/', { url: 'https://www.fast-docs-example.com/', title: 'Fast Docs', text, truncated: false, forms: [], lang: 'en' }).level).toBe('caution');
  });
});

// attack21: letters of other alphabets a page draws a name with, beyond Cyrillic and Greek
describe('readLetters: small capitals, Armenian and Cherokee look-alikes', () => {
  it.each([
    ['Buy your ᴜsᴄɪs access code', 'Buy your UsCIs access code'],
    ['ᴜꜱᴄɪꜱ ᴀᴄᴄᴇꜱꜱ ᴄᴏᴅᴇ', 'USCIS ACCESS CODE'],
    ['your ᴇꜱᴛᴀ today', 'your ESTA today'],
    ['Buy your ՍSCIS access code', 'Buy your USCIS access code'],
    ['ᎬᏚTA application', 'ESTA application'],
    ['the UᏚCᎥS portal', 'the UᏚCᎥS portal'],
    // Armenian and Cherokee words stay as they are
    ['Հայաստանի Հանրապետություն', 'Հայաստանի Հանրապետություն'],
    ['ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ', 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ'],
    ['фонетика: [ɪ], [ʊ], [ə]', 'фонетика: [ɪ], [ʊ], [ə]'],
  ])('%s', (raw, read) => {
    expect(readLetters(raw)).toBe(read);
  });
});
