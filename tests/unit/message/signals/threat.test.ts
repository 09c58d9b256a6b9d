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
  ],
  [
    'Scammers threaten people with deportation. It is fraud.',
    'The case was closed in 2019 with a good result.',
    'Scammers say there is a problem with your case and ask for money.',
    // news of a seizure names no reader
    'CBP officers seized 50 pounds of cocaine and $20,000 in cash at the Laredo port of entry.',
  ],
);
