import { describe, expect, it } from 'vitest';
import signal from '@/lib/message/signals/sender-link-mismatch';
import { checkMessage } from '@/lib/message';
import { prepareMessage } from '@/lib/message/prepare';
import { signalTable } from './helpers';
import customerHosts from '@/lib/data/customer-subdomain-hosts.json';

signalTable(
  'sender-link-mismatch',
  signal,
  [
    // an address dressed as another one: ".com" in front of its real ending (tests/corpus/messages, ExpressToll)
    ['Final Notice from ExpressToll: You have an unpaid toll balance. Pay now: https://expresstoll.com-isgwt.xin', 'strong'],
    ['Your PayPal access is limited. Restore it at paypal.com.verify-id.top/login', 'strong'],
    // the sender's name as a label in front of someone else's domain
    ['Sagawa: お荷物をお届けに上がりましたが不在の為持ち帰りました。https://sagawa.xkrpost.jp/track', 'strong'],
    ['BCA: rekening Anda diblokir. Aktifkan di https://bca.login-aktivasi.com/id', 'strong'],
    // a tagged sender whose link goes elsewhere, to a cheap host or an IP address
    ['(BBVA) A partir de ahora, no podrá utilizar su tarjeta. Actualice en https://clientes-seguros.top/acceso', 'strong'],
    ['[DIGID]: U ontvangt nog een teruggave van 817,38 EUR. Vraag uw teruggave aan via http://45.12.9.8/digid', 'strong'],
    // the name as one hyphenated part of a domain, even on a cheap host: the Jakarta police's own
    // e-ticket site is etle-pmj.info (weak)
    ['【高速ETC】尊敬的车主您好!您ETC认证已失效,请及时点击 https://etc-renzheng.top/a 完成办理。', 'weak'],
    ['Konfirmasi pelanggaran ETLE Anda di https://etle-pmj.info/id dalam lima hari.', 'weak'],
    ['BCA mengingatkan Anda bahwa rekening poin Anda akan habis. Harap segera tukarkan poin Anda: https://id-bca.org/id/', 'weak'],
    // a tagged sender whose link goes elsewhere on an ordinary host (weak: mailing services)
    ['(BBVA) A partir de ahora, no podrá utilizar su tarjeta. Debe actualizar el nuevo sistema de seguridad web: https://urlgo.co/r/clientebbva', 'weak'],
    ['Correos: Informamos que sua encomenda foi retida. Consulte detalhes acessando: pedidobarrado.com', 'weak'],
    // a salutation keeps the sender's name when it is written as a company's (in capitals)
    ['Dear BBVA Customer: your card has been blocked. Update it at https://clientes-seguros.top/acceso', 'strong'],
    // a company whose name opens with a greeting's word is still the sender
    ['Good Neighbor Pharmacy: your refill is on hold. Pay the balance at https://rx-balance.top/pay', 'strong'],
    // a real sender's tag next to the headings that name nobody (the name as a hyphenated part: weak)
    ['BBVA: su tarjeta ha sido bloqueada. Actualice en https://bbva-secure.top/', 'weak'],
    // a two-letter own name found inside the text's words ("ta" in "tarjeta") is not the name written in full
    ['BBVA: su tarjeta ha sido bloqueada. Actualice en https://bbva.ta.top/acceso', 'strong'],
  ],
  [
    // the sender's own domain: its name, a name containing it, or the name written in full
    'DHL: Ihre Sendung 00340434 kommt heute zwischen 10 und 14 Uhr. https://www.dhl.de/sendung',
    'ING: uw nieuwe pas is onderweg. Bekijk de status in de app of op https://mijn.ing.nl/',
    'BBVA México: consulta tus movimientos en https://www.bbvanet.com.mx',
    'Deutsche Bank: Ihr Kontoauszug ist da. https://www.deutsche-bank.de/postbox',
    'Banco Santander: su tarjeta nueva ya está activa. https://www.bancosantander.es',
    'Poste Italiane: il pacco è in consegna, segui la spedizione su https://www.poste.it/cerca',
    // a brand's page on a service that gives every customer a subdomain
    'Nike: your order has shipped. Track it: https://nike.narvar.com/nike/tracking/ups?tracking_numbers=1Z999',
    // a government site, a shortener (shortened-link says what it hides), the sender's mail domain
    'DVLA: your vehicle tax is due. Renew at https://www.gov.uk/vehicle-tax',
    'Walgreens: Your prescription is ready for pickup. Details: bit.ly/3xYzAbC',
    'Da: BANCA CARIGE (informa@gruppocarige.it) Oggetto: estratto conto disponibile',
    // no sender named, generic words, a router guide's private address, a retailer whose name begins with "net-"
    'Hi! Here are the photos from Sunday: https://photos.example-family.net/album',
    'Important: log in to your router at http://192.168.1.1 and change the password.',
    'Your order from NET-A-PORTER is on its way: https://www.net-a-porter.com/en-us/account',
    'Attention: the library closes early today. Info: https://www.springfield-library.org/hours',
    // a salutation opening the message names the reader, not a sender: a friend's, a clinic's, a teacher's note
    'Hey Maria: here are the photos from Sunday https://photos.app.goo.gl/abc123',
    'Estimada Sra. López: su cita en la clínica está confirmada. Detalles: https://www.clinicalafamilia.org/citas',
    'Dear Mr. Nguyen - the class moved to room 4, see https://www.lincolnadultschool.org/esl',
    'Querido Juan: te mando el enlace de la reunión https://meet.jit.si/familia-perez',
    // a mail gateway's tag before a pasted e-mail's subject names no sender
    '[EXTERNAL] Your library hold is ready for pickup: https://www.springfield-library.org/holds',
    '[SPAM] Weekly deals from your grocery store https://www.safeway.com/weeklyad',
    // a regional site of the sender on an ordinary host is weak at most; this one names the site in full
    'ETLE PMJ: konfirmasi pelanggaran Anda di https://etle-pmj.id/',
    // a two-letter own name written as a whole word is the name written in full
    'LG Electronics: registre su producto en https://electronics.lg.com/registro',
    // a heading opening a friend's note names nobody: it is no sender's tag
    'Note: photos from Sunday at https://photos-xyz.top/album',
    'Tip: the recipe is at https://recetas-abuela.top/flan',
    'Nota: las fotos del domingo en https://fotos-xyz.top/album',
    'Update: the party moved, details at https://party-xyz.top/info',
  ],
);

describe('sender-link-mismatch in the verdict', () => {
  it('a toll text on an address dressed as the operator is flagged', () => {
    const v = checkMessage('Final Notice from ExpressToll: You have an unpaid toll balance. Please pay by March 15 to avoid penalties. Pay now: https://expresstoll.com-isgwt.xin');
    expect(['caution', 'danger']).toContain(v.level);
    expect(v.reasons.map((r) => r.id)).toContain('sender-link-mismatch');
  });

  it("a carrier's notice linking to its own site stays quiet", () => {
    expect(checkMessage('DHL: Ihre Sendung 00340434 kommt heute zwischen 10 und 14 Uhr. https://www.dhl.de/sendung').level).toBe('none');
  });

  it('a warning that quotes the fake address is not flagged', () => {
    const v = checkMessage('Scam alert: texts from "ExpressToll" asking you to pay at expresstoll.com-isgwt.xin are phishing. ExpressToll never sends payment links by text.');
    expect(['none', 'notice']).toContain(v.level);
  });
});

describe('sender-link-mismatch and services that give each customer a subdomain', () => {
  it.each(customerHosts.hosts.map((h) => h.host))("a sender's page on %s is its own", (host) => {
    expect(signal(prepareMessage(`(BBVA) Consulte su pedido en https://bbva.${host}/pedido`))).toBeUndefined();
  });
});
