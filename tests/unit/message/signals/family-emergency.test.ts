import signal from '@/lib/message/signals/family-emergency';
import { describe, expect, it } from 'vitest';
import { prepareMessage } from '@/lib/message/prepare';
import { signalTable } from './helpers';

signalTable(
  'family-emergency',
  signal,
  [
    ["Hi Grandpa. I need some cash. Can you wire it to me? Don't tell Mom and Dad, please.", 'strong'],
    ['Grandma, I was in an accident and I am at the police station. I need money for bail right now.', 'strong'],
    ['Abuela, soy yo. Estoy detenido en la frontera y necesito dinero para la fianza. No le digas a mi mamá.', 'strong'],
    ["It's me. I'm in jail and I need $500 for bail, please.", 'strong'],
    // the voice as "this is your grandson"; the secret as "don't let anyone know"
    ["This is your oldest grandson. I'm in jail and need $1,200 for bail. Please don't call my mom.", 'strong'],
    ["They arrested me. I need money for bail. Please don't let anyone know.", 'weak'],
    // trouble, money and secrecy without the relative's voice at the start
    ["They arrested me. I need money for bail. Please don't tell Mom.", 'weak'],
    // zh: the nearby "别告诉" is the grandchild's secret, not a warning (a negated request counts only without the voice)
    ['奶奶，是我。我出车祸了，被警察抓了。快寄钱给我。别告诉爸妈。', 'strong'],
    ['奶奶，是我。我出了车祸，请马上汇款。别告诉爸妈。', 'strong'],
    // vi, tl, ko: the relative's voice, trouble, money, secret
    ['Bà ơi, cháu đây. Cháu bị công an bắt rồi, bà chuyển tiền bảo lãnh gấp cho cháu nhé. Đừng nói với bố mẹ.', 'strong'],
    ['Alo mẹ ơi, con đây. Con bị tai nạn đang ở bệnh viện, mẹ gửi tiền gấp cho con. Đừng cho ba biết nhé.', 'strong'],
    ['Lola, ako ito. Nahuli ako ng pulis at nasa presinto ako. Kailangan ko ng piyansa, padalhan mo ako sa GCash. Huwag mong sabihin kina Mama at Papa.', 'strong'],
    ['할머니, 저예요. 교통사고가 나서 합의금이 필요해요. 돈 좀 보내주세요. 엄마한테 말하지 마세요.', 'strong'],
    // fr: bail is 'la caution'
    ["Mamie, c'est moi. La police m'a arrêté, il faut payer la caution. Envoie-moi de l'argent.", 'strong'],
    // a mishap with money asked the scam's way: by Western Union, or a large sum
    ["Mom, I was robbed at the border and lost everything. Send $300 by Western Union to my friend's name.", 'strong'],
    ["Grandma, I'm in the hospital after an accident. I need $1,500 for the surgery, please send it today.", 'strong'],
  ],
  [
    // a relative's ordinary request: no trouble, no secret
    'Mom, can you send me $20 for lunch?',
    "Grandma, I'm in the hospital with a broken leg, don't worry, I'm fine.",
    'Hi mum, happy birthday! Dad says he will send the money for the car tomorrow.',
    // news and warnings about the scam
    'A grandmother sent $9,000 in bail money after a caller claimed her grandson was in jail.',
    'Scammers call grandparents: "Grandma, I\'m in jail, send bail money." Hang up and call your family.',
    // zh: a police warning quoting the scam; an ordinary family message about money
    '警方提醒：近期有骗子冒充孙子打电话："奶奶，是我，我出车祸了，快汇款，别告诉爸妈。"请立即挂断，并打电话给家人核实。',
    '"奶奶，是我，我被警察抓了，快寄钱，别告诉爸妈。"这是常见的诈骗电话，请不要汇款。',
    '奶奶，我下个月回家。妈妈说她已经给你汇款了。',
    // vi: a police warning that opens with the scammer's words; an ordinary message
    '"Bà ơi, cháu đây, cháu bị công an bắt, bà chuyển tiền gấp, đừng nói với bố mẹ." Đây là chiêu lừa đảo, hãy gọi cho con cháu để kiểm tra.',
    'Công an cảnh báo thủ đoạn lừa đảo: kẻ gian gọi điện giả làm cháu bị tai nạn ở bệnh viện, xin ông bà chuyển tiền gấp và dặn đừng nói với bố mẹ.',
    'Mẹ ơi, con đây. Tháng này con gửi tiền về cho mẹ rồi nhé, mẹ nhớ kiểm tra tài khoản.',
    // tl: a bank warning quoting the scam; an ordinary message
    'Mag-ingat sa scam: "Lola, ako ito. Nakakulong ako, padalhan mo ako ng pera. Huwag mong sabihin kay Mama." Tawagan muna ang pamilya.',
    'Lola, ako ito. Nakapagpadala na si Mama ng pera para sa gamot mo, salamat po.',
    // ko: a bank warning quoting the scam; an ordinary message
    '"할머니, 저예요. 사고가 나서 돈 좀 보내주세요. 엄마한테 말하지 마세요." 이런 문자는 가족 사칭 사기입니다.',
    '할머니, 저예요. 엄마가 용돈 송금했대요. 이번 주말에 찾아뵐게요.',
    // real family texts about a mishap with a small, ordinary request (audit of session 16, tune batch tune-2026-12-06t)
    "Mom, I'm at the hospital with Dad. He's fine, just a check-up. Can you send $20 for parking?",
    'Dad, I had a small accident with the car, everyone is ok. Can you send me $50 for the tow truck?',
    'Mami, ya crucé la frontera, estoy en la central de autobuses. Mándame $40 para el boleto a Houston.',
    // the English word 'caution' is not the French bail ('la caution')
    'Mom, caution: the roads are icy. Can you send me $20 for gas?',
  ],
);

describe('family-emergency evidence', () => {
  it('quotes the trouble the reader is asked to pay for, not the secret (secrecy.ts quotes that)', () => {
    const hit = signal(prepareMessage("Hi Grandma, it's me. I was in a car accident and the police arrested me. I need $2,000 for bail. Don't tell Mom and Dad."));
    expect(hit?.evidence).toBe('I was in a car accident and the police arrested me');
  });
  it('quotes the secret when there is no trouble', () => {
    expect(signal(prepareMessage("Hi Grandpa. I need some cash. Can you wire it to me? Don't tell Mom and Dad, please."))?.evidence).toBe("Don't tell Mom and Dad, please");
  });
});
