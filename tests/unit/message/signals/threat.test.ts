import signal from '@/lib/message/signals/threat';
import { signalTable } from './helpers';

signalTable(
  'threat',
  signal,
  [
    ['Failure to pay will result in your arrest and deportation.', 'weak'],
    ['A warrant has been issued in your name.', 'weak'],
    ['Su visa será cancelada si no responde.', 'weak'],
    ['Your green card will be revoked tomorrow.', 'weak'],
    ['this is in reference to suspend your existing social security number on an immediate basis.', 'strong'],
    ['We are prepared to take legal action against you because of suspicious activity on your social security number.', 'strong'],
    ['Si usted paga 4,500 dólares, su hermano será libre.', 'weak'],
    // "your case has a problem": the USCIS impostor's opening (weak)
    ['There is a problem with your immigration file.', 'weak'],
    ['Buenas tardes. Su caso tiene un problema y necesita una cita hoy.', 'weak'],
    ['고객님의 I-94 번호와 이민국 기록이 일치하지 않습니다.', 'weak'],
    ['Hi, your case needs an update, call me today.', 'weak'],
    ['Su caso necesita una actualización urgente.', 'weak'],
    ['移民系统中出现负面报告', 'weak'],
    // benefits under threat are Social Security's: strong
    ['Your benefits will be suspended unless you call us today.', 'strong'],
    // a real DHS notice ends benefits with a stern line: a weak threat, not the Social Security script
    ['If you do not depart immediately you will be subject to law enforcement actions. Any benefits you receive such as work authorization will also terminate.', 'weak'],
    // the seized-parcel script (strong)
    ['一箱正在運送的毒品和錢,上麵有你的名字,它已被截獲。', 'strong'],
    ['A box of drugs and cash with your name on it has been intercepted. Press 1.', 'strong'],
    // the whole impostor script: a problem in your records, then removal (tests/corpus/messages)
    ['移民系统中出现负面报告 … 容易被驱逐出境', 'strong'],
    ['We found a problem with your immigration records. You will be deported unless you call us today.', 'strong'],
    ['Su caso tiene un problema. Si no responde hoy, habrá una orden de deportación.', 'strong'],
    // a lawyer's condition, not the script
    ['If there is a problem with your case, you could face removal proceedings. Call our office.', 'weak'],
    // the reader accused of a crime: Chinese and Korean police and consulate impostor openings (batch tune-2026-12-06e)
    ['你的护照在境外有违法记录,请配合调查', 'strong'],
    ['마약 범죄에 연루되었다 … 곧 검찰청에서 연락이 올 것', 'strong'],
    ['본인 명의 계좌가 범죄에 사용되어 구속영장이 발부되었다', 'strong'],
    // the identity-theft opening (weak, an amplifier): DHS OIG and SSA impostors
    ['당신이 신분도용 피해를 당한 것 같다.', 'weak'],
    ['You may be a victim of identity theft. Please confirm a few details.', 'weak'],
    // a summons to appear in person (weak)
    ['대사관에서 공문이 발송되었습니다. 직접 출두하셔야 합니다.', 'weak'],
    // the fake Korean immigration-office lines (round 2 of batch tune-2026-12-06e)
    ['법무부입니다. 귀하의 여권이 도용되었거나 무효화되었습니다.', 'strong'],
    // the accusation in English and Spanish (the fake police script, batch tune-2026-12-06h; a Spanish version written for this test)
    ['Your bank account is being used for illegal money transfers. If you don’t do anything, you will be arrested and deported.', 'strong'],
    ['Su cuenta bancaria fue usada para lavado de dinero. Debe colaborar con la investigación.', 'strong'],
    ['여권 도용으로 현재 불법체류 상태이므로 문제 해결을 위해 개인정보가 필요하다', 'strong'],
    ['귀하에대한 출국금지가되었음을 통지합니다', 'strong'],
    ['Xin thông báo đến anh/chị về việc bị cấm xuất cảnh theo Điều 4-2.', 'strong'],
    // the impostor's court threat: certain, and on paying (fpaudit5, session 18)
    ['Si no paga hoy la multa, será deportado.', 'weak'],
    ['You missed your court date. A warrant has been issued for your arrest unless you pay the bond today.', 'weak'],
  ],
  [
    // the writer's own trouble (the family-emergency script), not a threat to the reader
    "Grandma, it's me. I was in a car accident and the police arrested me. I need $2,000 for bail.",
    "I'm in jail and they have kept all my ID and cards.",
    'Abuela, estoy preso y necesito dinero para la fianza.',
    'Scammers threaten people with deportation. It is fraud.',
    'The case was closed in 2019 with a good result.',
    'Scammers say there is a problem with your case and ask for money.',
    // news of a seizure names no reader
    'CBP officers seized 50 pounds of cocaine and $20,000 in cash at the Laredo port of entry.',
    // warnings and news that quote the accusations (third person, scam words): quiet
    '사기범은 김 씨가 큰 사건에 연루되었고 검사가 전화를 걸 것이라며 불안감을 조성했다.',
    '骗子谎称受害人涉嫌洗钱,要求将钱款转入安全账户。',
    // a real consulate notice: the passport is ready to collect
    '총영사관입니다. 신청하신 여권이 발급되었으니 방문하여 수령하시기 바랍니다.',
    // identity theft named in a warning
    'Scammers tell people they are victims of identity theft to get their Social Security number.',
    // the same words in news and advice: third person, a warning, or a question
    '사기범은 여권 도용으로 불법체류 상태가 됐다며 개인정보를 요구하는 보이스피싱 수법을 쓴다.',
    '출국금지 여부는 하이코리아에서 조회할 수 있으며, 통지는 우편(등기)으로만 합니다.',
    'Người bị cấm xuất cảnh sẽ nhận thông báo bằng văn bản.',
    // a warning telling the script, and a bank's real note on a suspicious charge
    'Scammers tell victims that their bank account is being used for money laundering.',
    'Your account was used for a suspicious transaction. Call the number on the back of your card.',
    // a legal-aid court-date reminder: what a judge may order if the hearing is missed (batch tune-2026-12-06ac)
    'Si no asistes a la audiencia o llegas tarde, es posible que el/la juez/a decida ordenar tu deportación.',
    'If you miss your hearing, the immigration judge may order you removed in absentia.',
  ],
);
