import { officeNotice as signal } from '@/lib/message/office-notice';
import { signalTable } from './signals/helpers';

const GUIDE =
  'How to pay a traffic fine in our city. ' +
  'If you got a parking ticket, the fine is due within 30 days. You can pay online, by mail or in person at the court. '.repeat(16) +
  'Click here for the court address.';

signalTable(
  'officeNotice (reported by claims-agency)',
  signal,
  [
    // government-impostor texts (tests/corpus/messages, batch tune-2026-12-06q)
    ['[182] 신호등미준수로 인해 범칙금 부과. [URL 클릭 후 확인하세요]', 'strong'],
    ['Irregularidade fiscal grave detectada. Recebemos um alerta referente ao seu CPF devido à existência de taxas pendentes não regularizadas. … https://receitafederal.regularizeagora.org/', 'strong'],
    ['你名下的医保已停用 请进******申换电子版使用', 'strong'],
    ['Hola, la Policía Nacional le ha ordenado con efecto inmediato que responda a la citación adjunta en el plazo de 72 horas.', 'strong'],
    ['AGENCIA TRIBUTARIA. Reembolso de impuestos de (263€). Encuentre su formulario de reembolso en el enlace: hxxps://hoo.be/tributaria.', 'strong'],
    // the office named in the words and a link dressed as that government's
    ['Votre nouvelle carte vitale est disponible … afin de continuer à être couvert via ameli-vital.fr', 'strong'],
    // written for this test in other languages and countries (not from a source)
    ['Cục Thuế thông báo: bạn có khoản nợ thuế chưa thanh toán. Vui lòng truy cập https://thue-vn.top để nộp trước 24h.', 'strong'],
    ['LTO: May paglabag ka sa trapiko. Bayaran ang multa mo dito: https://lto-ph.vip/pay', 'strong'],
    ['E-ZPass: You have an unpaid toll balance of $4.15. Pay now to avoid a late fee: https://ezpass-tolls.com/pay', 'strong'],
    ['【交警】您有一条违章记录未处理，请点击链接查看：http://12123-jg.cn', 'strong'],
    ['SSS: Your employer contribution will receive a benefit of P4,000. Please claim it here: https://bit.ly/My-SSS', 'strong'],
    // a sender's name that is a bare alert word, or a business name with a link dressed as a government's, still counts (written for this test)
    ['Final notice: Your Medicaid coverage is suspended. Click the link to restore it: https://medicaid-renew.top', 'strong'],
    ['Health Plan Center: Your Medicare benefit was suspended. Restore it at https://medicare-gov.help/restore', 'strong'],
    // a pasted e-mail with its header lines: "Betreff:" is the subject line, not a business's name (tune-2026-12-06ag, WRITE half)
    ['Betreff: Benachrichtigung über Steuerrückerstattung\nAbsender: Bundeszentralamt für Steuern\n\nNach den letzten Berechnungen haben wir festgestellt, dass Sie Anspruch auf eine Steuerrückzahlung von € 232,81 haben. Bitte reichen Sie die Anfrage ein. Weiter (LINK)', 'strong'],
    ['Oggetto: Rimborso\nAgenzia delle Entrate: il suo rimborso è in sospeso. Compili il modulo: https://agenzia-rimborsi.com', 'strong'],
    // the office still speaks when it opens the message or heads a line, even with a "we" (written for this test)
    ['IRS Notice: we have your refund of $500 waiting. Claim at https://refund-now.com', 'strong'],
    ['Police: we found an unpaid fine on your plate. Pay at https://pay-fines.com', 'strong'],
    // "your refund from the IRS" with no voice of its own is the impostor's text as well as a preparer's: still fires
    ['Your tax refund from the IRS has been approved. Claim it at https://refund-claims.com', 'strong'],
    // a "we" naming the office as a third party, but a link dressed as the government's
    ['We are writing to inform you that a refund from the IRS of $850 is waiting for you. Claim at https://irs-claims.com', 'strong'],
    // a "we" that holds the reader's money until they prove who they are or hand over bank data does the office's part:
    // the impostor's office speaking of itself by name, not a tax service or a lawyer (review17, written for this test)
    ['Your 2025 refund was approved by the IRS. To receive it we need your bank details today: https://refund-status.co/claim', 'strong'],
    ['Your tax refund from the IRS is on hold. We need to verify your identity before we can release it: https://bit.ly/3xYzR1', 'strong'],
    ['Dear taxpayer, your refund from the IRS could not be delivered. Please update our records via https://refund-update.info within 48 hours.', 'strong'],
    ['Tu reembolso del IRS está retenido en nuestro sistema. Confirma tus datos bancarios en https://reembolso-pago.co', 'strong'],
    ['Your benefit from the Social Security Administration was suspended. We can restore it today: https://ssa-restore.net', 'strong'],
    ['We detected a problem with your refund from the IRS. Log in to fix it: https://refund-fix.co', 'strong'],
    // the same Spanish "we" in the verb that holds the money until the reader hands over bank data, or an office that speaks
    ['Su reembolso del IRS fue aprobado. Le recomendamos confirmar sus datos bancarios hoy en https://reembolso-irs.co', 'strong'],
    ['Estamos procesando su multa de tránsito pendiente. Pague aquí antes de 24 horas: https://pago-multas.top', 'strong'],
    // round 2 of the batch (collected after the rule): a vehicle tax names its office; a cut link; a text too short to say "you"
    ['We have recalculated your vehicle tax. You are owed £48.84 due to over payment. Click the secure link http://103.208.86.54 to claim your refund.', 'strong'],
    ['[국세청 환급금 안내] 2025년 1분기 소득세 환급 대상입니다. 확인: https\\://...', 'strong'],
    // a payment to receive through a link in the IRS's name (Vietnamese, batch tune-2026-12-06)
    ['Tin tức COVID-19 từ Sở Thuế vụ (IRS): Hãy nhấn vào đường dẫn xxx.xxx/IRS-COVID-19 để đăng ký/cập nhật thông tin của bạn để nhận được khoản thanh toán cho tác động kinh tế bất kể tình trạng của bạn.', 'strong'],
    // an app to install in an office's name (written for this test)
    ['Cục Thuế: bạn có khoản hoàn thuế chưa nhận, vui lòng cài đặt ứng dụng eTax mới để nhận tiền.', 'strong'],
  ],
  [
    // a business's own notice naming an office in passing, with its own link (audit of session 16, fpaudit3)
    'Humana: Your 2026 Medicare Advantage benefits start Jan 1. View your plan details at Humana.com/member.',
    'UnitedHealthcare: Your Medicaid plan includes a $50 over-the-counter benefit each quarter. Shop at myuhc.com/communityplan.',
    'H&R Block: Your federal refund of $1,240 from the IRS has been deposited. View your return at hrblock.com/myblock.',
    'TurboTax: The IRS accepted your return. Track your refund at turbotax.com/refund.',
    // a matter word inside the link's own address is not the matter (California's benefits portal)
    'Medicaid renewal: Your health coverage must be renewed by June 30. Return the renewal form or renew online at benefitscal.com. If you do not renew, your coverage may end.',
    // real offices: their own links only, or no way to act in the message
    'If you can afford it, pay the full amount immediately to stop interest and penalties from growing. You can pay online at IRS.gov/payments.',
    'Receita Federal: sua restituição está disponível. Consulte em https://www.gov.br/receitafederal',
    'Your tax refund was approved. Confirm your refund status at https://www.irs.gov/refunds',
    'I received a parking ticket. What happens if I don’t take care of it? After 10 days the fine doubles. After an additional 10 days, a uniform traffic citation is mailed to the registered owner and the fine increases substantially. If the owner fails to respond to the show cause order, an arrest warrant is issued.',
    'Se ha ordenado el pago de su devolución del Impuesto sobre la Renta de las Personas Físicas del ejercicio de 2023. Por favor, no responda a este mensaje.',
    // warnings that quote the texts
    'Cuidado: la Policía Nacional nunca envía multas por SMS. Si recibe un mensaje con un enlace para pagar, es una estafa.',
    '国家医保局提醒：收到“你名下的医保已停用，请点击链接”这类诈骗短信，千万不要点击链接。',
    // a lawyer on fees, a family chat about a fine, a bank's alert: no office with a link to act on
    'Hi Maria, the USCIS filing fee for your I-130 is $675. Please bring a check to our office on Friday.',
    'Mom, I got a parking ticket, the fine is $60. I will pay it at the city website tomorrow.',
    'Chase Fraud Alert: Did you make a $500 purchase at Walmart? Reply YES or NO.',
    // a tax preparer texting a client about the refund, with its own portal (a tax refund does not name an office)
    'Hi John, your tax refund of $1,200 is ready. Please sign the return in our portal: https://portal.smithcpa.com',
    'Your property tax bill is overdue. Pay at https://www.nyc.gov/finance',
    // the real Shenzhen traffic-police text: a violation, the official channels named, no link (round 2 of the batch)
    '您绑定的粤B**于2023-03-19 07:49:03在福华三路-福华三路中心四路路口东方向有进入导向车道后变更车道或者不按照规定方向行驶的交通违法行为,可以向公安机关交通管理部门申请给予警告,免予罚款处罚。请您通过深圳公安、深圳交警微信公众号,i深圳APP及深圳交警支付宝生活号等渠道在线查询或处理。',
    // an agency's short name inside another word is not an office ("ssa" in "possamos", "irs" in "first")
    'Olá, para que o possamos processar o mais rapidamente possível, clique aqui para ver o seu reembolso da loja.',
    'Your first refund from our store is ready. Click here to see it.',
    // a warning naming the scammers' address as an example ("ad esempio …", "for example …") reports it (msgmail20, tune-2026-12-06ag)
    'A riguardo giungono SMS con un link per verificare il pagamento. L’indirizzo somiglia al dominio istituzionale dell’Agenzia delle Entrate: ad esempio “agenzia entrate-gov-it[.]top”.',
    'Some texts use addresses that look like the IRS, for example irs-gov-refund.top, and ask for card numbers.',
    // someone else's notice about an office matter: its own "we"/"I", the office only as a third party (tune-2026-12-06w)
    "Hi, your return has been successfully accepted by the IRS. Check the status of your refund using the IRS “Where's My Refund?” tool or log in to our portal: https://getyourrefund.org/en/portal/login",
    'Hola María, tu reembolso del IRS ya fue depositado. Puedes ver tu declaración en libertytax.com. Gracias por confiar en nosotros.',
    // Spanish and Portuguese say "we" in the verb alone (GetYourRefund's Spanish text, tune-2026-12-06w; session 23, written for this test)
    'Buenas noticias, Ana. Su declaración de impuestos fue aceptada por el IRS. Asegúrese de descargar una copia ingresando a: https://getyourrefund.org/es/portal/login Recomendamos guardarla por al menos tres años. Puede revisar el estado de su reembolso con la herramienta del IRS.',
    'Boa notícia! Sua declaração foi aceita pela Receita Federal e sua restituição está a caminho. Recomendamos baixar uma cópia no portal: https://portal.contabilidadesilva.com.br',
    'Your tax refund from the government should arrive next week, I filed it for you. Receipt: https://www.hrblock.com/receipt/123',
    'Hi Maria, your court hearing is next Tuesday at 9am. The summons is attached; call me if you have questions. - John (your lawyer)',
    // the same voices speaking of the reader's own records and account, not asking for them (review17)
    'Your return was accepted by the IRS and your refund is on its way to your bank account. Download a copy for your records at our portal: https://getyourrefund.org/en/portal/login',
    // a longer paste is a guide, not a notice
    GUIDE,
  ],
);
