/**
 * Warnings that retell a scam message in the third person (session 20's opening: five news and consumer warnings in
 * fr, it, pt and en at caution in the eighth message hold-out): the victim, "if you receive a mail…", "e-mails that
 * state…", "nel messaggio si dice…", the trick explained ("to make the mail more credible, a fake ticket…"). The texts
 * here are written for this test in the same shapes; the scams they retell, sent to the reader, stay flagged.
 */
import { describe, expect, it } from 'vitest';
import { checkMessage } from '@/lib/message';

/** Each case ([why, text]) is judged below caution: told, not sent. */
function expectQuiet(cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('%s: below caution', (_why, text) => {
    expect(['none', 'notice']).toContain(checkMessage(text).level);
  });
}

/** Each case ([why, text]) is the scam itself: caution or danger. */
function expectFlagged(cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('%s: still flagged', (_why, text) => {
    expect(['caution', 'danger']).toContain(checkMessage(text).level);
  });
}

describe('a warning retelling the scam is reported, not sent', () => {
  expectQuiet([
    ['fr lottery e-mail retold', 'Le plus souvent, le message explique à la victime qu’elle a été tirée au sort et a gagné un million d’euros. Pour rendre le mail plus crédible, un faux ticket gagnant est joint.'],
    ['fr advice: if you receive a mail', 'Si vous recevez un mail vous demandant vos données personnelles car vous êtes désigné gagnant de l’Euromillions, n’y répondez pas.'],
    ['it parcel e-mail retold', 'Nel messaggio si dice che c’è un pacco in giacenza e vi si chiede di pagare il costo di consegna in arretrato.'],
    ['en embassy: e-mails that state you won', 'Diversity Visa notifications are not sent by e-mail. Any e-mails that state you have won the lottery or a green card are not legitimate.'],
    ['pt new-number scam retold', 'Eles copiam a foto de perfil da vítima e usam um número novo: “Mudei de número, salva o novo aí”.'],
  ]);

  expectFlagged([
    ['fr lottery e-mail sent', 'Félicitations ! Vous avez été tiré au sort et vous avez gagné 850 000 euros. Pour recevoir vos gains, envoyez vos coordonnées bancaires et payez 150 euros de frais.'],
    ['it parcel text sent', 'Poste Italiane: il tuo pacco è in giacenza. Paga 1,99 EUR di spese di consegna entro 24 ore: https://poste-consegna.info'],
    ['en DV winner e-mail sent', 'Congratulations! You have won the green card lottery. Send the $850 processing fee by Western Union within 7 days to receive your visa.'],
  ]);
});

// A news, police or consulate story that retells the call someone else received, in the third person (audit23; a Chinese news story
// retelling a fake immigration-bureau call was at caution on a sealed part): read from the sentence's structure (接到…电话, 对方称,
// 据…回忆, 자칭/요구했다, tự xưng, le dijeron, nagpakilala), never from the name or title the story uses — scams greet their reader
// by name too. The first three are real (tune batch tune-2026-12-06ao), the others written for this test in the same shapes.
describe('a story retelling the call in the third person is reported, not sent', () => {
  expectQuiet([
    ['zh, a Yangzhou news story', '据赵女士回忆,当天上午自己接到一个陌生电话,对方自称检察院工作人员。“工作人员”称,赵女士在北京一家银行办理了信用卡,目前已透支一万余元,有洗钱嫌疑。“工作人员”告知赵女士,必须要赶紧将自己所有的积蓄都汇到“安全账户”,才能洗清嫌疑。'],
    ['zh, a police case retold', '隨后,对方称他们还查到张女士涉嫌一起洗钱案,并让她登录某网站查看自己的通缉令。张女士看见有自己照片的“通缉令”,十分慌张。在对方的恐吓威胁下,张女士向指定账户转了2.5万元证明清白。'],
    ['zh-Hant, students told of a prize text', '對外經貿大學某國留學生,收到其房東李某要求付房款短信後不久,又收到一陌生手機號碼發來的短信稱,賬號更改了。同為該校的某國留學生也收到一條中獎短信,獎金30萬元。'],
    ['zh, a fake immigration-bureau call', '王女士接到自称是美国移民局的电话,对方称她的移民档案有问题,如不立即缴纳5000美元罚款,将被驱逐出境。'],
    ['zh-Hant, after the victim', '據林先生回憶,來電者稱他的簽證有問題,必須在今天匯款3000美元,否則將被遣返。'],
    ['ko, the reporter’s past tense', 'A씨는 검찰 수사관이라는 남성으로부터 전화를 받았다. 남성은 A씨 명의로 된 통장이 범죄에 사용되었다며 돈을 보내라고 요구했다.'],
    ['ko, according to the police', '경찰에 따르면 B씨는 출입국사무소 직원이라는 사람에게서 "여권이 도용되어 현재 불법체류 상태이므로 벌금을 내야 한다"는 말을 들었다.'],
    ['es, he passed himself off as an agent', 'Un hombre que se identificó como agente de inmigración le advirtió que debía pagar una multa de 2,000 dólares o sería arrestado.'],
  ]);

  expectFlagged([
    ['zh, greets Ms Li by name', '李女士您好，这里是美国移民局。您的移民档案有问题，需缴纳2000美元，否则将被驱逐出境。请回电。'],
    ['zh, greets Ms Wang, a phone', '王女士，您好！我是移民局工作人员，您的绿卡申请材料有问题，需缴纳2000美元手续费，否则将被遣返，请立即回电 626-555-0147。'],
    ['ko, greets by name', '김영희님, 출입국관리사무소입니다. 귀하의 비자에 문제가 있어 오늘까지 벌금 500달러를 송금하지 않으면 체포됩니다.'],
    ['vi, "chị" is the reader', 'Chị Lan ơi, đây là cán bộ xuất nhập cảnh. Hồ sơ visa của chị có vấn đề, chị phải chuyển 20 triệu đồng hôm nay, nếu không sẽ bị trục xuất.'],
    ['es, greets Mrs García', 'Sra. García: le informamos que su caso de inmigración tiene un problema. Si no paga 900 dólares hoy será deportada. Llame al 213-555-0188.'],
    ['en, greets Maria', 'Maria, this is Officer Brown with USCIS. Your green card application has a problem. You will be deported unless you pay $1,500 in gift cards today.'],
  ]);
});

// Warnings whose words put the verb before "never" or name the scam in a compound, and that quote the text after naming it
// (audit23; real, from tune batches tune-2026-12-06af, -ag, -aj, -am): "ne demande jamais", "tritt niemals … heran",
// "Trickbetrüger", "ein SMS … que informa o destinatário", a quotation right after "Es sind Trickbetrüger am Werk!".
describe('warnings in pt, de and fr that tell of the scam are reported, not sent', () => {
  expectQuiet([
    ['pt, a carrier scheme told', 'Tudo começa com um SMS ou email que informa o destinatário de que a sua encomenda ficou retida na alfândega. A mensagem inclui logótipos de transportadoras conhecidas como os CTT, DHL ou FedEx e apresenta-se com linguagem cuidada e links aparentemente credíveis. Para “libertar” a encomenda, é pedido o pagamento de uma pequena taxa de desalfandegamento ou de processamento, valores que variam entre 1,50€ e 5€.'],
    ['de, a mail provider quoting the new-number text', 'Sie erhalten einen Hilferuf oder eine seltsame Botschaft per SMS, angeblich von Ihrem Sohn oder Ihrer Tochter? Aber Sie kennen die Handynummer gar nicht? Dann aufgepasst: Es sind Trickbetrüger am Werk!\n"Hallo Mama/Papa, das ist meine neue Nummer. Kannst du mir eine Nachricht auf WhatsApp schicken?"\n\n"Mama, Papa, mir geht es schlecht. Ich habe mein Handy verloren und brauche Geld – bitte meldet Euch unter dieser neuen Nummer bei mir."'],
    ['de, customs never contacts this way', 'Der Zoll rät, bei Erhalt einer solchen Nachricht, diese einfach zu löschen. Der Zoll tritt niemals auf diese Art an Paketempfänger heran, schickt Links oder fordert sie zu Zahlungen auf – überdies gibt es in der Kommunikation mit Behörden eine ausreichende Frist, um sich über die Echtheit von Schreiben und Mitteilungen zu informieren.'],
    ['fr, health insurance never asks by SMS', 'Votre Carte vitale est valable à vie, contrairement à votre carte bancaire qui a une date d’expiration. La Sécurité sociale ne demande jamais par SMS votre numéro de carte bancaire. Si un lien est présent dans le SMS officiel, celui-ci doit obligatoirement commencer par “ameli.fr/” Mettez à jour votre Carte vitale dans une borne officielle en ville (Pharmacie, centre de la Sécurité sociale…). En cas de doute, téléphonez au 36 46 (service gratuit + prix d’un appel), le numéro officiel d’Ameli'],
  ]);

  expectFlagged([
    ['pt, the parcel text', 'CTT: A sua encomenda ficou retida na alfândega. Para a libertar, pague a taxa de 1,99€ em https://ctt-pt-entregas.com/pagar'],
    ['de, the new-number text', 'Hallo Mama, das ist meine neue Nummer. Mein Handy ist kaputt. Kannst du mir schnell 850 Euro überweisen? Ich zahle es morgen zurück.'],
    ['de, the customs text', 'Zoll: Ihr Paket wird zurückgehalten. Zahlen Sie die Zollgebühr von 2,99 € unter https://zoll-paket-de.com/zahlung innerhalb von 24 Stunden.'],
    ['fr, the carte Vitale text', 'Assurance Maladie : votre carte Vitale expire. Pour la renouveler, cliquez sur https://ameli-vitale-renouvellement.fr et réglez 1,50€ de frais.'],
  ]);
});

// Session 24's opening: a police and e-wallet list of tips in Tagalog ("Huwag ibigay…", do not give…) at caution in the
// twelfth message hold-out. Read by the lead after the opening: not blind. The texts here are written for this test in
// the same shape; the prize message itself, sent to the reader, stays flagged.
describe('a Tagalog warning that tells the reader not to give or share', () => {
  expectQuiet([
    ['tl: do not give (prize)', 'Paalala: Huwag ibigay ang inyong personal na impormasyon sa mga nagsasabing nanalo kayo ng premyo sa text o tawag.'],
    ['tl: do not share the OTP', 'Huwag ibahagi ang inyong MPIN o OTP kaninuman, kahit sabihin nilang nanalo kayo sa raffle.'],
  ]);
  expectFlagged([['tl: the prize itself', 'Congrats! Nanalo ka ng P50,000 sa GCash raffle. I-send ang iyong MPIN at OTP para ma-claim ang premyo ngayon.']]);
});

// A French warning that sets the scene in the present ("Vous recevez un message (mail ou SMS) d'une administration vous indiquant
// qu'un remboursement d'un trop-perçu est en attente…": a bank's advice page, tune batch tune-2026-12-06q) and quotes the text:
// told, not sent (msg27). Written for this test in that shape; the text itself, sent to the reader, stays flagged.
describe('a French warning that sets the scene: "vous recevez un SMS…"', () => {
  expectQuiet([['fr, the tax refund text quoted', "Vous recevez un SMS des impôts : « Votre remboursement d'impôt de 312 € est disponible, cliquez ici pour le réclamer »."]]);
  expectFlagged([['fr, the tax refund text', "Impots.gouv : votre remboursement d'impôt de 312 € est disponible, cliquez ici pour le réclamer : https://impots-remboursement.top"]]);
});
