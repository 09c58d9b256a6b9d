/**
 * Who does the step, read in a cue's own clause (middleman-service): the reader alone on the official site, or a
 * business saying it does not do it. Japanese, Chinese and Korean pages often have no sentence break the splitter
 * sees, so the clause from the cue to the next full stop is what tells.
 */
import { wordsPattern } from '../../text/normalize';

/**
 * The reader doing the step alone on the official site: "we ask our customers to apply for their ESTA
 * themselves on the official site", "当社のお客様には、ご自身で公式サイトから申請していただいております" (a
 * travel company, batch real-2026-12k). With an official pointer in the same sentence, a we-do cue whose own
 * clause says so is not the business doing the step; a seller's "we submit it to the official site" does not say
 * this, nor its "※弊社が代行するサービスです。 お客様ご自身で申込む場合、公式サイトより" (another clause).
 */
const DOES_IT_ALONE = new RegExp(
  String.raw`\b(?:yourself|yourselves|themselves|on (?:your|their) own|usted mismo|ustedes mismos|por su cuenta|vous-meme|par vous-meme|por conta propria|voce mesmo|da solo|autonomamente|selbst)\b|` +
    wordsPattern(['ご自身で', 'ご自分で', '自分で', '직접', '自行', '亲自', '親自', 'tự mình', 'самостоятельно', 'بنفسك'], true),
);

/**
 * The text from a cue to the next full stop, at most 80 characters: Japanese and Chinese pages often
 * have no sentence break the sentence splitter sees, so "代行するサービスです。 お客様ご自身で…" is one
 * "sentence" there; the cue's own clause is what says who does the step.
 */
export function clauseFrom(text: string, at: number): string {
  const rest = text.slice(at, at + 80);
  const end = rest.search(/[。.!?！？]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * A clause saying the step is not done for the reader, in Japanese, Chinese and Korean, whose negation ends the
 * clause: 「ビザ取得そのものを代行することはできません」 ("we cannot obtain the visa for you"), 不代办, 대행하지 않습니다.
 */
const NOT_DONE = /(?:できません|いたしません|しません|しておりません|行っておりません|ではありません|できない|しない)|(?:不|无法|無法|不能)(?:代办|代辦|代理|代为|代為)|하지 않|할 수 없/;

export const doesItAlone = (clause: string): boolean => DOES_IT_ALONE.test(clause);
export const notDone = (clause: string): boolean => NOT_DONE.test(clause);
