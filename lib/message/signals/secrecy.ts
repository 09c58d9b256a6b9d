/**
 * secrecy: the message tells the reader to keep the matter secret or to stay away from the people
 * who would stop the scam — "do not discuss this with anyone", "keep this matter confidential",
 * "do not contact a lawyer", "no le diga a nadie", "ne dites rien à personne", "não conte a
 * ninguém", "不要告诉任何人", "아무에게도 말하지 마세요", "đừng nói với ai", "huwag sabihin kahit
 * kanino". Impostors isolate their victims so nobody tells them it is a scam (FTC: "scammers tell
 * you to keep it a secret"; USCIS and ICE never ask anyone to hide a case from a lawyer or family).
 *
 * Weak: a red flag with an agency voice, a threat, a payment demand or another flag (check.ts), not
 * with a link or a phone number alone (a friend's "don't tell anyone yet, call me" is not a scam).
 * Traps, suppressed: security advice about a code or a password ("Do not share this code with
 * anyone", "never tell anyone your PIN", "请勿将验证码告诉任何人": the secret is the code, not the
 * matter); warnings naming the scam ("scammers tell you not to tell anyone") and reports of the trick
 * ("they told her not to tell her family", "le dicen que no le cuente a nadie").
 */
import { foldArabic, wordsPattern } from '../../text/normalize';
import type { PreparedMessage } from '../prepare';
import { firstUnwarned } from '../sentences';
import type { SignalHit } from './types';

const SECRECY = new RegExp(
  [
    // English: tell no one, talk to no lawyer, keep it secret. "Keep this information (or this message, this notice)
    // confidential" is how lawyers, banks and employers mark what they send: not secrecy; only the matter,
    // the call, the case or the conversation kept secret is (the impostor's "keep this call confidential").
    String.raw`\b(?:do not|don'?t|never|you (?:must|may|should) not|you are not (?:allowed|permitted) to)\s(?:tell|inform|discuss (?:this |it |this matter |this call )?with|talk (?:about (?:this|it) )?(?:to|with)|speak (?:about (?:this|it) )?(?:to|with)|mention (?:this|it) to|contact|consult|involve|call)\s(?:anyone|anybody|any(?:one| lawyer| attorney| other person)|others|a (?:lawyer|attorney)|your (?:lawyer|attorney|family|relatives|friends|bank|spouse|parents)|my (?:parents|mom|mum|dad)|mom|mum|dad|family|friends|the police)\b`,
    String.raw`\b(?:keep|treat) (?:this|it|the matter|this matter|this call|this case|this conversation) (?:strictly )?(?:confidential|secret|private|between us|to yourself)\b|\b(?:this is|it is) an? (?:strictly )?confidential (?:matter|investigation|case|call)\b`,
    // Spanish
    String.raw`\bno (?:le |se lo |lo |les |se la )?(?:diga|digas|cuente|cuentes|comente|comentes|hable|hables|mencione|consulte|consultes|contacte|informe)\w* (?:\w+ ){0,3}?(?:a nadie|con nadie|a (?:un|ningun|su) abogado|con (?:un|su) abogado|a la policia|a su familia|a sus familiares)\b|\b(?:mantenga|mantener|guarde|guardar) (?:esto |este asunto |esta (?:llamada|informacion|conversacion) )?(?:en )?(?:secreto|confidencial|reserva)\b`,
    // French
    String.raw`\bne (?:le |les |en )?(?:dites|parlez|contactez|appelez|informez|mentionnez|racontez)\w* (?:\w+ ){0,3}?(?:a personne|a qui que ce soit|(?:a |d')?un avocat|(?:a )?votre avocat|la police|votre famille)\b|\bn'en parlez a personne\b|\bgardez (?:cela |ceci |cette affaire |cet appel )?(?:secret|confidentiel)\w*\b`,
    // Portuguese
    String.raw`\bnao (?:conte|fale|diga|comente|contate|ligue|procure)\w* (?:\w+ ){0,3}?(?:a ninguem|com ninguem|para ninguem|(?:a |com |para )?(?:um |seu )?advogado|a policia|sua familia)\b|\bmantenha (?:isso |isto |este assunto )?(?:em )?(?:sigilo|segredo|confidencial)\b`,
    // Chinese, Korean
    String.raw`(?:不要|不得|不能|别|別)(?:告诉|告訴|透露给|透露給)(?:任何人|家人|别人|別人|其他人|律师|律師)|(?:不要|不得|别|別)(?:联系|聯繫|找)(?:律师|律師|家人)|(?:请|請|必须|必須)(?:对此|對此|严格|嚴格)?保密`,
    String.raw`아무(?:에게|한테)도\s?(?:말하지|알리지|얘기하지|이야기하지)|비밀로\s?(?:하|해|유지)|(?:변호사|가족|경찰)(?:에게|한테)?도?\s?(?:알리지|연락하지|말하지)\s?마`,
    // Vietnamese, Tagalog, Russian, Arabic
    wordsPattern(['đừng nói với ai', 'không được nói với ai', 'không được cho ai biết', 'đừng cho ai biết', 'giữ bí mật', 'không được tiết lộ', 'đừng liên lạc với luật sư', 'không được liên lạc với luật sư']),
    String.raw`\bhuwag (?:mo |mong |nyo |nyong |ninyo |ninyong |niyo |niyong |po )*(?:sabihin|ipaalam|ikuwento|ipagsabi|makipag-ugnayan)\b[^.!?]{0,30}?(?:kahit kanino|sa iba|sa kahit sino|sa abogado|sa pulis|sa pamilya)\b`,
    String.raw`никому не (?:говорите|рассказывайте|сообщайте)|не (?:говорите|рассказывайте|сообщайте) (?:никому|родственникам|близким|адвокату)|держите (?:это )?в (?:тайне|секрете)`,
    foldArabic(String.raw`لا تخبر(?:ي)? (?:أحدا|أحد)|حافظ على السرية`),
  ].join('|'),
  'g',
);

// The secret is a code or a password: security advice, not secrecy about the matter.
const A_CODE = /\b(?:code|codes|pin|password|passcode|otp|one-time|codigo|contrasena|mot de passe|senha)\b|验证码|驗證碼|密码|密碼|인증\s?번호|비밀\s?번호|\bma (?:otp|xac)|mật khẩu/;
// The trick reported, not played: "they tell you not to…", "le dicen que no le cuente a nadie".
const REPORTED = /\b(?:tell|tells|told|ask|asks|asked|say|says|said|instruct\w*|warn\w*|pressur\w*) (?:you|them|victims|people|her|him|the victim) (?:not to|to keep|to never)\b|\b(?:le|les|te) (?:dicen|dijeron|piden|pidieron) que (?:no|lo mantenga)\b|\bif (?:someone|anyone|a caller|they|the caller)\b|\bsi (?:alguien|le dicen)\b/;

// A negated request is a warning to the other message signals (sentences.ts warns); secrecy is one
// ("do not contact a lawyer"), so only the words naming a scam count here.
export default function secrecy(msg: PreparedMessage): SignalHit | undefined {
  const hit = firstUnwarned(msg.page, SECRECY, 10, (sentence) => A_CODE.test(sentence) || REPORTED.test(sentence), 'scam-words');
  return hit && { evidence: hit.evidence, strength: 'weak' };
}

/*
Examples:
  fires:      "Do not discuss this with anyone. Pay the bond today or officers will come." (weak);
              "No le diga a nadie sobre esta llamada." (weak)
  must not:   "Your verification code is 248371. Do not share it with anyone.";
              "Scammers tell you not to tell anyone and to pay with gift cards."
*/
