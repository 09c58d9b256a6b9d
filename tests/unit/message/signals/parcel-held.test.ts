import signal from '@/lib/message/signals/parcel-held';
import { signalTable } from './helpers';

signalTable(
  'parcel-held',
  signal,
  [
    // delivery smishing (tests/corpus/messages)
    ['The USPS package has arrived at the warehouse and cannot be delivered due to incomplete address information. Please confirm your address in the link.', 'strong'],
    ['USPS Package Hold Notification. Dear Customer: Your package was ready for delivery today, but our courier could not verify your location due to an address-ZIP Code conflict. We tried to get in touch with you by phone, but there was no response. Your parcel has since been moved to the USPS Operations Center and is being kept safely. To proceed with delivery, please visit our official page via the link below within 24 hours to update your address and select a new delivery time.', 'strong'],
    ['U.S. Customs: You have a USPS parcel being cleared, due to the detection of an invalid zip code address, the parcel can not be cleared, the parcel is temporarily detained, please confirm the zip code address information in the link within 24 hours.', 'strong'],
    ['Su paquete no pudo ser entregado. Confirme su dirección aquí y pague la tarifa de envío de $1.99.', 'strong'],
    ['您的包裹无法投递,请在24小时内更新地址。', 'strong'],
    // a held parcel alone: carriers say this too
    ['We could not deliver your package today. We will try again tomorrow.', 'weak'],
    // batch tune-2026-12-06d
    ['Estimado cliente, su paquete no se ha podido entregar el 02/09 porque no se han pagado las tasas de aduanas. Siga las instrucciones', 'strong'],
    ['Correos: Informamos que sua encomenda foi retida para anlise pela fiscalizao alfandegria. Consulte detalhes acessando: pedidobarrado.com', 'strong'],
    ['Bonjour, c’est le livreur, votre colis est trop volumineux pour votre boîte aux lettres. Veuillez choisir un nouveau créneau', 'strong'],
    ['Your package has been held at our shipping center. Please follow the instructions here:', 'strong'],
    ['Your parcel (#US91177J) which includes the following products: 1.PS5. Cannot be approved for delivery pending the outstanding tax balance has been paid.', 'strong'],
    // the "delivery failure" e-mail with a label to print (malware) and a storage fee per day (batch tune-2026-12-06f)
    ['Courier service couldn’t make the delivery of your parcel. Label is enclosed to the letter. You should print the label and show it in the nearest post office to get a parcel.', 'strong'],
    ['Courier service couldn’t make the delivery of your parcel. We will try again tomorrow.', 'weak'],
    // the other languages (tune-2026-12-06af, WRITE half, and written for this test)
    ['DPOST: Ihr Paket DE78870SKT unterliegt einer Zollgebühr (2,99€), die Sie bezahlen müssen unter: post-d-export.com', 'strong'],
    ['Salve, il tuo pacco è stato trattenuto presso il nostro centro di spedizione. Si prega di seguire le istruzione qui', 'strong'],
    ['お客様が不在の為 お荷物を持ち帰りました こちらにてご確認ください', 'strong'],
    ['Jusu uzsakymo pristatyti nepavyko. Patikrinkite ir atnaujinkite pristatymo informacija, kad isvengtumete grazinimo', 'strong'],
    ['החבילה שלך ממתינה למשלוח. אישור תשלום (12.80 שקל). יש לבצע את המבחן באופן מקוון תוך תאריך היעד באמצעות הקישור הבא', 'strong'],
    ['Twoja przesyłka została wstrzymana. Dopłata 1,99 zł: https://inpost-dopłata.top/pl', 'strong'],
    ['Uw pakket kon niet worden bezorgd. Betaal de douanekosten van € 2,99 via pakket-nl.xyz', 'strong'],
    ['Vaše zásilka nebyla doručena, čeká na doplatek 45 Kč.', 'strong'],
    ['Paket Anda tertahan di gudang. Konfirmasi alamat di bit.ly/paket-id', 'strong'],
    // the recipient named in the singular is the reader, not a warning's third person (msgmail20: the retelling words take plurals only)
    ['Poste Italiane: il suo pacco è in giacenza perché il destinatario era assente. Paghi 1,99 € per la riconsegna: https://poste-it.top/pacco', 'strong'],
    ['La Poste : le destinataire était absent, votre colis est en attente. Payez 1,99 € ici : https://laposte-colis.top', 'strong'],
    // a held parcel with no request: 'weak' at most
    ['Ihre Sendung konnte heute nicht zugestellt werden. Wir versuchen es morgen erneut.', 'weak'],
    // review19: a real carrier's notice that names the address or links to a carrier not in CARRIER_DOMAINS is a held
    // parcel with no request ('weak'): the address as the reason ("adresát nezastižen", "alıcı adreste yok", "alamat tidak
    // ditemukan") is not a request to confirm it, and the world's carriers are more than any list
    ['Česká pošta: Zásilka RR123456789CZ nebyla doručena, adresát nezastižen. Uložena na poště Praha 1 do 15.12.', 'weak'],
    ['Aras Kargo: Kargonuz teslim edilemedi, alıcı adreste yok. https://www.araskargo.com.tr', 'weak'],
    ['J&T Express: Paket Anda gagal dikirim karena alamat tidak ditemukan. Kurir akan mengirim ulang besok. Info: https://jet.co.id', 'weak'],
    ['Нова пошта: посилка не може бути доставлена за адресою. Заберіть у відділенні №5. https://novaposhta.ua/tracking', 'weak'],
    ['OnTrac: We were unable to deliver your package 1Z999 today. We will attempt delivery again tomorrow. Track: https://www.ontrac.com/tracking', 'weak'],
    ['GLS: Ihr Paket konnte nicht zugestellt werden und liegt im GLS PaketShop. Details: https://gls-pakete.de/sendungsverfolgung', 'weak'],
    ['СДЭК: посылка не доставлена, получатель отсутствовал. Заберите её в пункте выдачи. https://www.cdek.ru/ru/tracking', 'weak'],
    ['سمسا: تعذر تسليم شحنتك اليوم. سيتم إعادة المحاولة غدا. تتبع: https://www.smsaexpress.com/track', 'weak'],
  ],
  [
    'Scammers text that your package could not be delivered. Do not click.',
    'Your package was delivered at 2:14 pm.',
    'Your order has shipped and will arrive Tuesday.',
    'Estafadores envían mensajes diciendo que su paquete no pudo ser entregado.',
    'Votre colis a été livré dans votre boîte aux lettres.',
    'Su paquete fue entregado hoy a las 14:00.',
    // a shop's return label: nothing held
    'Your return label is attached. Print the label and drop the package at any UPS Store.',
    // warnings and real notices in the other languages (tune-2026-12-06af)
    'Das Hauptzollamt warnt vor betrügerischen SMS-Mitteilungen. Darin wird behauptet, eine Sendung läge beim Zoll und es wären Gebühren fällig.',
    'Je ontvangt een sms-bericht over een pakketje. Maar let op, het kan om een phishingbericht gaan: je moet invoerkosten betalen via een link.',
    'В съобщенията се уведомява, че „клиентът“ има пратка и трябва да заплати определена сума за освобождаване от митница.',
    'Anot Lietuvos pašto, sukčių siunčiamose SMS žinutėse skelbiama apie esą sulaikytą siuntą. Nespauskite nuorodų.',
    'Nous avons le plaisir de vous annoncer que votre colis est disponible dans votre point Chrono Relais. Il sera conservé 8 jours.',
    'Ihr DHL Paket kommt heute zwischen 10 und 12 Uhr.',
    // an office that "does not request payment by link", said with a verb ending (tune-2026-12-06af round 2)
    'Posta ve hızlı kargo işlemlerinde gümrük idareleri vatandaşlara mesaj yoluyla bir bildirimde bulunmamakta, herhangi bir web sitesi linki yoluyla ödeme talep etmemektedir.',
    'Die Zollverwaltung fordert niemals per SMS zur Zahlung von Zollgebühren für ein Paket über einen Link auf.',
    'Il tuo pacco è stato consegnato alle 14:02.',
    // a Turkish police warning: the scam text quoted, then "diye gelen SMS'lere" (texts that come saying…; review19)
    "Emniyet uyarıyor: 'Kargonuz teslim edilemedi, ödeme yapın' diye gelen SMS'lere itibar etmeyin, linke tıklamayın.",
    // ...and the wave told in the plural: "messages such as '…' began to be sent", "these messages usually contain short links
    // such as bit.ly" (session 21's opening: news for Turkish readers in Germany, fresh hold-out 9)
    "Almanya'da paket bekleyen kişilere “Adres hatası nedeniyle teslim edilemiyor” gibi mesajlar gönderilmeye başlandı. Bu mesajlar genellikle kısa bağlantılar içeriyor.",
    // a notice whose every link is the carrier's or a government's own (a real DHL or InPost duty SMS, a national post on
    // its government's domain, a customs office's tracking page): no lure to follow, not a hit (review19: with a payment
    // demand it made two weak flags, caution)
    'Für Ihre Sendung fallen Zollgebühren von 19,00 EUR an. Bezahlen Sie hier: https://www.dhl.de/de/privatkunden/zoll',
    'Przesyłka zatrzymana przez urząd celny. Opłać cło 23,50 zł w aplikacji InPost: https://inpost.pl/sledzenie',
    'PTT: Yurt dışından gelen gönderiniz gümrükte bekletiliyor. Gümrük vergisi 120 TL. Detay: https://gonderitakip.ptt.gov.tr',
    'Paket kiriman dari luar negeri tertahan? Lacak status di laman beacukai.go.id menggunakan nomor resi pengiriman.',
  ],
);
