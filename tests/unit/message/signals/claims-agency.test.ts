import signal from '@/lib/message/signals/claims-agency';
import { signalTable } from './helpers';

signalTable(
  'claims-agency',
  signal,
  [
    ['USCIS: Your case has an outstanding fee. Pay at uscis-fee.com', 'strong'],
    // another country's office about the reader's fine or money, with a way to act that is not the government's (office-notice.ts)
    ['[182] 신호등미준수로 인해 범칙금 부과. [URL 클릭 후 확인하세요]', 'strong'],
    ['AGENCIA TRIBUTARIA. Reembolso de impuestos de (263€). Encuentre su formulario de reembolso en el enlace: hxxps://hoo.be/tributaria.', 'strong'],
    ['From: USCIS <alerts@gmail.com> Your case needs an update', 'strong'],
    ['This is a notice from the Department of Homeland Security. Call 202-555-0100 now.', 'strong'],
    ['Le escribimos de parte de USCIS. Visite uscis-ayuda.com', 'strong'],
    ['This is ICE. Call 1-888-555-0199 today.', 'strong'],
    ['Message from ICE: your bond is due. Pay at ice-bond-pay.com', 'strong'],
    // a letter from the agency as this message, not one to come
    ['You have received a notice from USCIS. View it at uscis-notice.com', 'strong'],
    ["Hi. I'm calling you from the legal affairs at the US Department of Treasury. Call 202-555-0100.", 'strong'],
    ['您好!这里是中国驻美国领事馆,您有一份重要通知书尚未领取', 'context'],
    ['Congratulations, you were selected. Reply to claim. Kentucky Consular Center', 'context'],
    ['USCIS: Your case status was updated. Visit https://egov.uscis.gov/casestatus', 'context'],
    ['From: USCIS <news@uscis.gov> Your case was updated.', 'context'],
    // Korean, Spanish, French voices (issue 18)
    ['안녕하세요, 출입국 관리 사무국입니다. 등기 우편물이 있습니다.', 'context'],
    ['안녕하세요, USCIS 직원입니다. uscis-help.com 에서 확인하세요.', 'strong'],
    ['Buenas tardes. Le escribe un oficial de USCIS. Llame al 305-555-0100.', 'strong'],
    ['Buenas tardes, yo soy un investigador de inmigración (ICE).', 'context'],
    ["Ici l'ambassade des Etats-Unis. Payez sur visa-ambassade.com", 'strong'],
    ["well I'm from Citizenship and Immigration Canada, and we're calling about your parents", 'context'],
    // Vietnamese agency names are matched as fold() leaves them ("đại sứ quán" → "đại sứ quan")
    ['Đại sứ quán Hoa Kỳ: hồ sơ của bạn đã được cập nhật.', 'context'],
    // a consulate named with its city; "le escribe la oficina de inmigración"
    ['您好，这里是中国驻纽约总领事馆，您有一份重要文件未领取，请按1查询。', 'context'],
    ['Hola, le escribe la oficina de inmigración. Llame al 305-555-0100.', 'strong'],
    // the embassy robocall, given in Korean (batch tune-2026-12-06d)
    ['안녕하세요. 여기는 주중한국대사관이다. 당신은 긴급한 공문을 처리해야 한다. 1번 혹은 8번을 누르세요', 'context'],
    // Korean consulate and embassy voices, Chinese "our embassy" (batch tune-2026-12-06e); no channel: context
    ['한국에서 문제가 발생하여 대사관에서 공문이 발송되었습니다. 직접 출두하셔야 합니다.', 'context'],
    ['한국 법원에서 사건 관련 문서가 도착했으니 영사관으로 찾으러 오라. 1-888-555-0199', 'strong'],
    ['你要是不相信的话,可以来我们大使馆看一看。', 'context'],
    // the spoofed caller's proof: "check our number on the official site" (strong)
    ['你要是不相信的话,可以来我们大使馆看一看,也可以去官网验证电话号码。', 'strong'],
    ['This is the Social Security Administration. You can verify our number on the official website.', 'strong'],
    // the fake immigration-office robocalls in Korean, Russian and Japanese
    ['법무부입니다. 귀하의 여권이 도용되었거나 무효화되었습니다.', 'context'],
    ['Иммиграционная служба США отправила вам посылку, но доставка не была завершена.', 'context'],
    ['アメリカ出入国機関から帰港に郵便物を送りましたが、不在により伝達できず', 'context'],
  ],
  [
    'USCIS warns that scammers send texts asking for fees. Read more at example.com',
    'Cuidado: estafadores dicen que les escribe la oficina de inmigración. Más en example.com',
    'I called USCIS yesterday about my case, see notes.example.com',
    // the agency's letter as something the reader will get, not this message (a free tax service's text, tune-2026-12-06w)
    'Hello from your tax team - If you received Child Tax Credit payments in 2021, you will receive a 6419 Letter from the IRS in January 2022. Questions? getyourrefund.org',
    'You should get a notice from USCIS in the mail in 2-3 weeks. Our office: smithimmigration.example.com',
    'We had ice cream from the shop at icecream.example.com',
    // ICE as the place someone is held, not the sender (a letter asking for bond donations, tune-2026-12-06i)
    'Parents in detention cannot get released from ICE custody until they pay the full amount of their immigration bond. Please join us by donating at raices.example.org',
    'My uncle was released from ICE on Friday. Call me at 305-555-0100',
    'My lawyer says the USCIS fee went up. Call me at 305-555-0100',
    // news about a consulate, not speaking as it
    '총영사관 민원실로 사실관계 확인을 요청하여 보이스피싱임을 인지했다.',
    '我们在大使馆门口排队等了两个小时。',
    // news about these calls, not speaking as the agency
    'Мошенники представляются сотрудниками иммиграционной службы и просят личные данные.',
    '법무부는 출국금지 통지를 우편으로만 보낸다고 밝혔다.',
    // the proof line in a warning, or with no agency voice
    'Scammers will tell you to check that their number matches the one on the official website. Hang up.',
    '你可以去官网验证电话号码，再决定是否回电。',
    // a real office's text: no link, the official channels named (batch tune-2026-12-06q)
    'Se ha ordenado el pago de su devolución del Impuesto sobre la Renta de las Personas Físicas del ejercicio de 2023. Por favor, no responda a este mensaje.',
  ],
);
