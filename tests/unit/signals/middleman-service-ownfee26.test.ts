import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { page } from './helpers';

// left26 (session 26, tune batch real-2026-12be): the agency's own fee in other languages (lib/signals/middleman/agency-fee.ts,
// where the line is). News and guides say the U.S. government, CBP or the State Department charges, levies or collects a
// fee, or that the law refunds it when the traveller keeps to the visa's terms: the government's fee, told to the reader.
// Every 'quiet' row fired before (a Chinese blog on the visa integrity fee was at caution in a hold-out, session 25).
describe("middleman-service: the government's own fee named in other languages", () => {
  it.each([
  ['de: refund under the visa terms, fees the regular ones', 'Wer das ESTA-System nutzt, ist nicht betroffen. Rückerstattung: Unter bestimmten Bedingungen könnte die Gebühr zurückerstattet werden, wenn die Aufenthaltsbedingungen eingehalten werden. Wichtig: Diese Gebühr ist eine zusätzliche Kosten, die auf die regulären Visum- und Bearbeitungsgebühren hinzukommt.'],
  ['de: the USA levy the fee, the law refunds it', 'Wer über das visumfreie ESTA-Programm reist, muss die Zusatzgebühr nicht zahlen. Die USA erheben nun eine zusätzliche Gebühr von 250 Dollar für viele Visa. Im Gesetz ist eine Rückerstattung vorgesehen, wenn bestimmte Bedingungen erfüllt sind.'],
  ['zh: the fees the U.S. government collects', '持ESTA入境的旅客无需缴纳此费用。签证诚信费250美元，由美国政府收取。ESTA手续费也由美国政府收取。'],
  ['es: the fees the U.S. government charges', 'Quienes viajan con ESTA no pagan esta tarifa. La tarifa de integridad de 250 dólares la cobra el gobierno de Estados Unidos al emitir la visa. La tarifa de procesamiento de la solicitud también la cobra el gobierno de Estados Unidos.'],
  ['fr: the fees the American government collects', "Les voyageurs avec un ESTA ne paient pas cette taxe. Les frais d'intégrité de 250 dollars sont perçus par le gouvernement américain. Les frais de traitement sont aussi perçus par le gouvernement américain."],
  ['pt: the fees the American government charges', 'Quem viaja com ESTA não paga essa taxa. A taxa de integridade de 250 dólares é cobrada pelo governo americano na emissão do visto. A taxa de processamento também é cobrada pelo governo americano.'],
  ['vi: the fees the U.S. government applies', 'Du khách dùng ESTA không phải nộp khoản phí này. Phí liêm chính 250 USD do chính phủ Mỹ áp dụng khi cấp thị thực. Phí xử lý hồ sơ cũng do chính phủ Mỹ áp dụng.'],
  ['ko: the fees the U.S. government levies', 'ESTA로 입국하는 여행자는 이 수수료를 내지 않는다. 250달러의 비자 무결성 수수료는 미국 정부가 부과한다. 서비스 수수료 역시 미국 정부가 부과한다.'],
  ])('quiet: %s', (_why, text) => {
    expect(middlemanService(page(text, { url: 'https://www.example-travel-news.com/fees' }))).toBeUndefined();
  });

  // A fee the site charges for its own work still is one, whatever agency's fee it names beside it: the page speaks as
  // the business (nuestra, unsere, 我们, 저희, nos, nossa, kami/aming).
  it.each([
  ['de', 'ESTA-Antrag mit unserem Service: Unsere Bearbeitungsgebühr beträgt 29 € zuzüglich der Gebühr, die die US-Regierung erhebt. Wir übermitteln Ihren Antrag für Sie.'],
  ['zh', '我们代办ESTA申请，服务费300元，美国政府收取的40美元申请费另计。我们为您提交申请。'],
  ['ko', '저희가 ESTA를 대신 신청해 드립니다. 대행 수수료 30,000원이며 미국 정부가 부과하는 수수료 40달러는 별도입니다.'],
  ['fr', "Nous remplissons votre ESTA pour vous. Nos frais de service de 59 € s'ajoutent aux frais perçus par le gouvernement américain. Remboursement garanti."],
  ['pt', 'Nós enviamos seu ESTA por você. Nossa taxa de serviço é de 39 euros, mais a taxa cobrada pelo governo americano. Reembolso garantido.'],
  ['tl', 'Kami ang magfa-file ng ESTA mo. Ang aming bayad sa serbisyo ay $49, hiwalay sa binabayaran sa gobyerno ng Amerika. May refund kung ma-deny.'],
  ])('a seller still fires: %s', (_lang, text) => {
    expect(middlemanService(page(text, { url: 'https://www.example-travel-news.com/fees' }))?.service).toBe('esta');
  });
});
