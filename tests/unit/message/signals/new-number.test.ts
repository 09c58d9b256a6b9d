import signal from '@/lib/message/signals/new-number';
import { signalTable } from './helpers';

signalTable(
  'new-number',
  signal,
  [
    // the script: a new number with its story, a move to WhatsApp, or money (tests/corpus/messages)
    ["Hi mum I'm texting off a mate's phone I've dropped mine and their phones about to die can you message my new number on WhatsApp 0485860395 it is urgent x", 'strong'],
    ["Hi mum, I've changed provider temporarily have this number. Waiting for number porting you can save this one", 'strong'],
    ['How are you all? This is my new roaming number. Please text me here. I love you!', 'strong'],
    ['Hi love. Magpapadala n ako ng pera jan. Ito na nga pla ang bago kong roaming number, d2 n ku txt.', 'strong'],
    ['Buenos días saludos, guarda mi número, soy Carlos, el otro estará inhabilitado', 'strong'],
    ['Hola tía, este es mi nuevo número, se me cayó el celular. ¿Me puedes hacer una transferencia urgente?', 'strong'],
    ['妈,这是我的新号码,手机坏了,急需用钱。', 'strong'],
    // a new number alone: people do change numbers
    ["Hi, it's Maria from church, this is my new number", 'weak'],
    ['Hola, soy Ana. Este es mi nuevo número.', 'weak'],
    // on a friend's phone (batch tune-2026-12-06d)
    ['Hola, me he quedado sin batería y te hablo desde el móvil de un amigo. Necesito coger un taxi, ¿me haces una transferencia a este número?', 'strong'],
    ['Te escribo desde el móvil de mi hermana para decirte que ya llegamos.', 'weak'],
    // the other languages (tune-2026-12-06af, WRITE half, and written for this test)
    ['Hallo Mama, mein Handy ist defekt. Dies hier ist meine neue Nummer. Schreib mir bitte.', 'strong'],
    ['Hallo Mama, hallo Papa. Ihr werdet nicht glauben, was passiert ist, mein Handy ist kaputt. Hier ist meine neue Nummer, die alte könnt ihr löschen', 'strong'],
    ['Ciao mamma, il mio nuovo numero è questo, il telefono rotto non funziona più', 'strong'],
    ['Mamo, to mój nowy numer, napisz do mnie na WhatsApp', 'strong'],
    ['أمي هذا رقمي الجديد، هاتفي تعطل', 'strong'],
    // a new number alone is news
    ['Hallo Oma, das ist meine neue Nummer. Liebe Grüße, Lena', 'weak'],
    ['Hoi, dit is mijn nieuwe nummer!', 'weak'],
    // review19: the claim in other words and the ask in the other languages (a transfer, a bill, urgency) - the script
    ['Hi Papa, ich hab ein neues Handy, das hier ist jetzt meine Nummer. Kannst du mir bitte eine Überweisung machen? Ist dringend.', 'strong'],
    ['Ciao mamma, ho cambiato numero, scrivimi qui. Devo fare un bonifico', 'strong'],
    ['Cześć mamo, mam nowy numer. Możesz mi zrobić pilnie przelew? Oddam jutro', 'strong'],
    ['Мам, у меня новый номер. Переведи мне срочно 5000, потом объясню', 'strong'],
    ['お母さん、番号を変えました。至急お金を振り込んでほしい', 'strong'],
    ['אמא, זה המספר החדש שלי. את יכולה להעביר לי כסף?', 'strong'],
    // ...and a real mother's new number, with no story and no ask: news ('weak', none alone), even naming money
    ['Hallo Schatz, ich habe eine neue Nummer. Speicher sie dir bitte ab. Kommst du Sonntag zum Essen? Mama', 'weak'],
    ['Сынок, у меня новый номер, запиши. Приезжай в воскресенье. Мама', 'weak'],
    ['היי, החלפתי מספר, תשמרו אותו. נתראה בשבת. אמא', 'weak'],
    ['Hoi, ik heb een nieuw nummer. Het geld voor de verjaardag van oma heb ik al gegeven. Liefs, mama', 'weak'],
  ],
  [
    // a carrier's message: the number is not the writer's own
    'Your new number is active. Welcome to the network! Pay your first bill at the store.',
    'Your number porting request is complete.',
    // a warning quotes the script
    "Scammers text 'Hi mum, this is my new number' and then ask for money.",
    'Estafadores escriben "guarda mi número, el otro estará inhabilitado" para pedir dinero.',
    'Call me on my usual number, the one you have.',
    'Los estafadores escriben "te hablo desde el móvil de un amigo" para pedir una transferencia.',
    // a carrier's, and a warning in German
    'Ihre neue Rufnummer ist ab sofort aktiv. Willkommen!',
    'Betrüger schreiben „Hallo Mama, das ist meine neue Nummer“ und bitten dann um Geld.',
  ],
);
