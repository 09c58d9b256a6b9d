import signal from '@/lib/message/signals/press-one';
import { signalTable } from './helpers';

signalTable(
  'press-one',
  signal,
  [
    ['您好!这里是中国驻美国领事馆,您有一份重要通知书尚未领取,邮件咨询请按1。', 'weak'],
    ['Press 1 to speak to an immigration officer now.', 'weak'],
    ['Para hablar con un agente, oprima 1.', 'weak'],
    ['다시 들으려면 0번을 눌러주시고, 상담을 원하시면 9번을 눌러주세요.', 'weak'],
    ['Press #1 to speak with an officer.', 'weak'],
    ['Для получения подробной информации нажмите 0', 'weak'],
    ['詳細確認をお望みでしたら0番を押してください', 'weak'],
  ],
  [
    'USCIS will never call you and ask you to press 1. It is a scam.',
    'Call me back at 7 tonight.',
    'Мошенники просят нажать 0, чтобы соединиться с оператором. Это обман.',
    '明日の会議は3番の部屋です。',
  ],
);
