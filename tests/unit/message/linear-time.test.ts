/**
 * The message checker must run in time linear in the message, like the page signals
 * (tests/unit/text/linear-time.test.ts): a pasted text of N and 4N characters built from what the
 * regexes look for must take far less than the 16x of quadratic work. A text with any character
 * beyond Latin-1 (an em dash, 万, an emoji) is the case to test: V8 runs such strings on its
 * two-byte engine, where a pattern like `(?:\w+ )?embassy` rescans a long word from each of its
 * letters (it did: 10,000 letters took 2 s, 200,000 would take minutes). One-byte text too: a
 * number pattern whose run takes in commas, dots or spaces rescans the run from each digit
 * ('1,1,1,…' of 100,000 characters took 34 s in lottery-win and job-offer).
 */
import { describe, expect, it } from 'vitest';
import { checkMessage } from '@/lib/message';

const CASES: readonly [string, (n: number) => string][] = [
  ['one long word after an em dash', (n) => `Pay the fee — ${'a'.repeat(n)}`],
  ['one long number before 万円', (n) => `移民局 ${'9'.repeat(n)}万円`],
  ["'calling from' before a long word", (n) => `Pay — ${'calling from '.repeat(n / 40)}${'a'.repeat(n)}`],
  // one-byte text too: a number pattern that runs over commas, dots or spaces rescans the run from each digit
  ['one long run of 1,1,1,…', (n) => '1,'.repeat(n / 2)],
  ['one long run of 1.1.1.…', (n) => '1.'.repeat(n / 2)],
  ['digits and spaces', (n) => '1 '.repeat(n / 2)],
  // sender-link-mismatch: a sender's tag and names in capitals without end, one host of many labels, many links
  ['a sender tag and capital names without end', (n) => `(BBVA) ${'ExpressToll GCash BCA '.repeat(n / 22)}https://expresstoll.com-isgwt.xin`],
  ['one long host of hyphenated labels', (n) => `LINKT - pay https://${'a-b.'.repeat(n / 4)}com.xin`],
  ['links on cheap hosts without end', (n) => `Correos: ${'https://correos-envio.top/a '.repeat(n / 28)}`],
  // session 23 (audit23): the retold-call words, French and German "never", Portuguese "messages that say", in one long line
  ['retold calls in five languages', (n) => `— ${'对方称 接到一个电话 자칭 전화를 받았다 tự xưng đối tượng le dijeron que umano the caller told '.repeat(n / 80)}`],
  ['a verb never reaching niemals', (n) => `Zoll — ${'schickt fordert ruft '.repeat(n / 21)}niemals`],
  ['messages that never say', (n) => `— ${'sms mensagens e-mails chamadas '.repeat(n / 32)}que informa`],
  // session 24 (msglure24): the everyday-lure words of the hold-outs' languages, an "A/C" never locked, a cut link never closed
  // review24: the code words and "send it to me" of msglure24's asks-for-secrets, without end
  ['a code and "send it to me" in many languages', (n) => `— ${'code pin kod 인증번호 验证码 stuur me 发给我 nitumie pinadala pakisend '.repeat(n / 70)}`],
  // review25: pressure-ask's closing send (a masked link, "link" last, a colon or an ellipsis last) among zero-width, bidi and mixed scripts
  ['closing marks, zero-width and bidi without end', (n) => `Konto gesperrt \u200b\u202e ${'https://○○ [url] 1-800… link : ссылка 링크 \u2066\u200d'.repeat(n / 50)}…`],
  ['everyday lures in twelve languages', (n) => `— ${'您的包裹 暫停派送 點擊連結 (釣魚網址 A/C blocked 임시 번호 滞納 国税 罰鍰 via de link is nep मैसेज आ रहे हैं code 验证码 인증번호 '.repeat(n / 100)}`],
];

function time(text: string): number {
  const t0 = performance.now();
  checkMessage(text);
  return performance.now() - t0;
}

describe('message checker: linear time on one long line', () => {
  it.each(CASES)('%s: 4x the text costs at most ~4x the time', (_name, make) => {
    const n = 5_000;
    time(make(500)); // warm up the JIT
    const best = (len: number) => Math.min(time(make(len)), time(make(len)), time(make(len)));
    const small = best(n);
    const big = best(4 * n);
    // Quadratic work would be 16x; allow 10x for timer noise and busy workers, plus a floor.
    expect(big).toBeLessThan(Math.max(10 * small, 150));
  });
});
