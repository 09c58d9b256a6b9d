import { describe, expect, it } from 'vitest';
import freeServiceForSale from '@/lib/signals/free-service-for-sale';
import middlemanService from '@/lib/signals/middleman-service';
import { expectQuotesPage, page } from './helpers';

describe('free-service-for-sale', () => {
  it.each([
    ['forms download', 'Download Form I-130 now. Instant PDF forms download: $29.95 per form.', 'forms'],
    ['Spanish forms', 'Formularios de inmigración para descargar por solo $39.99. Comprar ahora.', 'forms'],
    ['ESTA above the official fee', 'ESTA application with expert review: $89 per traveler. Apply now.', 'esta'],
    ['ESTA service fee without amount', 'What is included in the service fee: one transparent fee. The official ESTA government processing fee.', 'esta'],
    ['Spanish ESTA', 'Tramitamos su ESTA en 24 horas. Precio de la solicitud ESTA: 95 USD. Solicite ahora.', 'esta'],
    ['DV entry', 'Enter the Green Card Lottery DV-2027 with our registration service: only $49. Order now.', 'dv-lottery'],
    ['Spanish DV', 'Participe en la lotería de visas DV-2027. Precio del servicio: $35. Pague ahora.', 'dv-lottery'],
    ['case status', 'USCIS case status monitoring for $9.99 per month. Subscribe today.', 'case-status'],
    ['E-Verify Self Check', 'Our E-Verify Self Check service: $24.95. Buy now.', 'e-verify'],
    ['EIN', 'Get your EIN fast. Application service: $149. Order online today.', 'ein'],
    // an EIN seller that only borrows the tax words ("tax ID", "we are not a CPA firm") still fires
    ['EIN seller saying it is not a CPA firm', 'Get your EIN (tax ID) today. Our filing service: $149. Order now. We are not a CPA firm or law firm.', 'ein'],
    // an ESTA seller that also names student visas: its own ESTA price is in the ESTA's entry
    // a Korean ESTA agency still fires (its price in won, its own fee word)
    ['Korean ESTA agency', '미국 ESTA 신청 대행 서비스. 대행 수수료 1인 3만원, 카드 결제 가능.', 'esta'],
    ['ESTA seller naming F1 too', 'ESTA application service: $89 per applicant, order now. We also help with F1 student visas and the SEVIS fee.', 'esta'],
  ])('fires: %s', (_why, text, service) => {
    const hit = freeServiceForSale(page(text));
    expect(hit?.strength).toBe('strong');
    expect(hit?.service).toBe(service);
    expectQuotesPage(hit, text);
  });

  it.each([
    ['official ESTA fee', 'The official ESTA fee is $40, paid by card on the official site. Apply now at esta.cbp.dhs.gov.'],
    // Korean news (batch real-2026-12k, rk-heraldcorp-esta-fee): the fee restated in won in brackets
    ['Korean news restating the fee in won', '21일 미 세관국경보호국(CBP) 홈페이지에 따르면 이달 30일부터 ESTA 신청자는 40달러(약 5만6000원)를 내야 한다. 당초 수수료는 21달러(약 3만원)였는데 갑절 가까이로 오른 것이다.'],
    ['Spanish "esta" (this)', 'Esta solicitud cuesta $95 y puede pagar ahora en esta página de viajes.'],
    ['attorney own fee', 'Our flat legal fee to prepare your I-130 petition is $1,500. Download the free forms at uscis.gov/forms.'],
    ['news about third-party ESTA sites', 'Some third-party sites charge as much as $100 to $200 for an ESTA you can file yourself.'],
    ['warning about forms', 'Never pay for blank forms: USCIS forms are free. Scammers charge $50 for a PDF form download.'],
    ['DV official fee', 'From DV-2027 the official entry carries a $1 registration fee, paid on dvprogram.state.gov.'],
    ['German ein', 'Das ist ein Angebot für $149, jetzt kaufen und bestellen.'],
    ['Spanish warning', 'No pague por formularios en blanco para descargar: son gratuitos. Cuidado con sitios que cobran $30.'],
    // a Korean guide comparing the official fee with what agency sites "may charge" (reporting)
    ['Korean guide on agency sites', 'ESTA 공식 홈페이지를 통해 신청하면 수수료는 21달러입니다. 하지만 대행 사이트를 이용하면 최대 145달러까지 청구될 수 있습니다.'],
    // a table of several programs' official fees: the F1 and SEVIS fees are not a price of the ESTA
    // (tune batch real-2026-12f, a Korean guide)
    ['fee table of several programs', 'US visas at a glance: check now! - ESTA (travel authorization): fee $21, valid 2 years - F1 (student visa): fee $185 + SEVIS $350 - J1 (exchange visa): fee $185 + SEVIS $220'],
    ['Korean fee table', '지금 확인하세요! - ESTA (전자여행허가): 90일 이하 단기 입국 가능, 수수료 $21, 유효기간 2년 - F1 (학생비자): 학위 유학용, 수수료 $185 + SEVIS $350'],
    // Korean news: the victim mistook an agency site for the official one and paid six times the fee
    ['Korean news on a victim', "A씨는 ESTA를 신청하기 위해 포털사이트에 'ESTA 신청'이라고 검색한 뒤 화면 상단에 노출된 홈페이지에 접속했다. 이 사이트에서 135달러를 결제했다. 공식 홈페이지 수수료의 6배를 지불한 것이다."],
    // a licensed tax office naming itself, its EIN work priced among its other services: the tax-ID line of
    // middleman-service (TAX_OFFICE_SELF, itin20) holds here too — the EIN belongs with such an office
    ['CPA firm listing EIN among priced services', 'Smith & Co. CPAs, certified public accountants. Our services: individual tax returns from $150, business returns, bookkeeping, payroll, ITIN applications as a Certifying Acceptance Agent $100 per applicant, EIN registration, IRS representation. Call our office.'],
    ['enrolled agent', 'Maria Rivera, Enrolled Agent. New business package: LLC filing and EIN application $199, payroll setup. Book now.'],
  ])('does not fire: %s', (_why, text) => {
    expect(freeServiceForSale(page(text))).toBeUndefined();
  });

  // Chinese sentences end at 。: prices of other things two sentences before the ESTA are not its price
  it('does not read a Chinese guide\'s ticket and hotel prices as the price of the ESTA', () => {
    expect(freeServiceForSale(page('机票价格约5000元。酒店每晚800元。签证也很重要。申请ESTA需要护照和信用卡。'))).toBeUndefined();
    // the price in the ESTA's own sentence still is
    expect(freeServiceForSale(page('签证也很重要。ESTA代办服务价格800元。'))?.service).toBe('esta');
  });
});

// fpaudit4 (session 17): news reporting other businesses' DV offers ("Web sites that say they will submit …
// for fees ranging from $40 to $250", tune batch real-2026-12y) is not the page selling the entry.
describe('free-service-for-sale and middleman-service: other websites\' offers, reported', () => {
  const news =
    'The lottery represents many people’s only chance to live and work legally in the U.S. Applying to the lottery has become an entirely online process, leading to an explosion of websites that offer to help people with their applications – for a fee. ' +
    'Typing “DV lottery” into a Google search reveals an array of Web sites that say they will submit participants’ lottery applications for fees ranging from $40 to $250. These services are perfectly legal, but are they necessary?';
  it('does not fire on news about DV entry websites and their fees', () => {
    expect(freeServiceForSale(page(news))).toBeUndefined();
    expect(middlemanService(page(news))).toBeUndefined();
  });
  it('still fires on a seller that names other websites but speaks as the business', () => {
    const seller = 'Unlike other websites that charge hidden fees, we submit your DV lottery entry for you. Our price: $29 per entry, order now.';
    expect(freeServiceForSale(page(seller))?.service).toBe('dv-lottery');
    expect(middlemanService(page(seller))?.service).toBe('dv-lottery');
  });
});

// dv22: the diversity visa fee a winner pays the embassy (or a scam e-mail's "processing fee" for winners, quoted to
// warn) is not a price of the DV entry (middleman/dv.ts VISA_STAGE_FEE); a seller's own price beside it still is.
describe('free-service-for-sale: the DV visa stage after selection', () => {
  it.each([
    ['a guide on the winners\' visa fee', 'DV Lottery visa fees. Up to April 2012, winners were requested to pay US$ 819 as processing fee and later the rate of the diversity visa processing fee is US$ 330 per person.'],
    ['an embassy blog quoting a scam e-mail', 'Although the Diversity Visa participation was free, the law and regulations require to every diversity visa winner to pay a visa processing fee of $879.'],
  ])('does not fire: %s', (_why, text) => {
    expect(freeServiceForSale(page(text))).toBeUndefined();
  });
  it('still fires on a seller whose own price sentence names the visa fee', () => {
    expect(freeServiceForSale(page('Green Card Lottery entry: our price is $49 per application, the visa fee paid at the embassy not included. Buy now.'))).toBeDefined();
  });
});

// audit23 (tune batch real-2026-12au): a public office doing a step for free names what the agencies charge for it — news of
// a district office or city hall filing the ESTA for residents who cannot use the internet, "so they save the 20,000–30,000 won
// travel agencies charge" (a Korean news item of this shape was at caution on a sealed part: the proxy-filing word and the
// agencies' fee read as the page's offer). The fee named is the agencies' (OTHERS_CHARGE, middleman/cues.ts), not the page's.
// The two written texts below follow the shape; the real ones are pages of the batch. A seller's own price stays a price.
describe('free-service-for-sale and middleman-service: a public office doing the step for free, naming the agencies\' fee', () => {
  it.each([
    ['a county office files the ESTA; the agencies\' fee is saved', '△△군, 미국 전자여행허가 신청 대행서비스 실시. △△군은 다음 달 1일부터 ‘미국 전자여행허가 신청 대행서비스’를 운영한다. 미국을 90일 이내로 여행하려면 인터넷 사이트(ESTA)에서 전자여행허가를 받아야 하는데, 컴퓨터가 익숙하지 않은 군민들의 신청을 군청에서 대행해 줌으로써 여행사 등에 맡길 때 드는 수수료 약 20,000원~30,000원을 아낄 수 있게 된다.'],
    ['a district office files it free; travel agencies charge', '○○구는 인터넷 이용이 어려운 구민을 위해 ESTA 신청을 무료로 대행해 준다. 여행사에 맡기면 건당 2만~3만원의 대행 수수료를 내야 한다.'],
    // real (kgnews.co.kr, rau-kgnews-gwangmyeong-esta-free): the city files it because some firms charge 20,000-30,000 won
    ['Gwangmyeong city hall (real)', '그러나 미국여행허가신청 절차를 잘 모르는 사람들을 대상으로 일부 업체 및 웹사이트에서 이를 대행해 주고 건당 2~3만원의 수수료를 챙기는 신종수법으로 인해 시민들의 피해가 발생함에 따라 광명시는 5월 1일부터 시청 민원정보통신과 여권발급창구에서 고령자와 장애인 등 인터넷 이용이 어려운 시민을 위해 ESTA 신청을 대신해 주는 서비스를 시작했다.'],
    ['a town hall helps for free; agencies charge up to 40 euros', 'El ayuntamiento ayudará gratis a los vecinos mayores a tramitar el ESTA en la oficina de atención al ciudadano. Las agencias de viajes cobran hasta 40 euros por hacer el mismo trámite.'],
  ])('does not fire: %s', (_why, text) => {
    const p = page(text, { url: 'https://www.example-news.kr/article/1' });
    expect(freeServiceForSale(p)).toBeUndefined();
    expect(middlemanService(p)).toBeUndefined();
  });

  it.each([
    ['a Korean ESTA agency naming its own fee', '미국 ESTA 신청 대행서비스. 복잡한 전자여행허가 신청을 저희가 대행해 드립니다. 대행 수수료 25,000원, 미국 정부 수수료 40달러는 별도입니다. 급행 처리 가능.'],
    ['a Korean agency: "we file it for you, fee 30,000 won"', 'ESTA 신청 대행 서비스. 저희가 고객님의 ESTA를 대신 신청해 드립니다. 대행 수수료 30,000원 (미국 정부 수수료 별도). 여권 사본을 보내주시면 24시간 내에 처리합니다.'],
    ['a Spanish agency comparing itself with travel agencies', 'Tramitamos tu ESTA por ti en 24 horas. Nuestra tarifa es de 59 euros, tasa oficial incluida. Las agencias de viajes cobran más; nosotros te lo hacemos fácil.'],
  ])('still fires: %s', (_why, text) => {
    expect(freeServiceForSale(page(text, { url: 'https://esta-daehaeng.example.kr/' }))?.service).toBe('esta');
  });

  it('a Japanese scrivener selling the ESTA at 6,000 yen (real, ogawa-agency.com) still fires', () => {
    const text = '2009年1月からアメリカ渡航にはESTA(エスタ)が必要です ESTA(エスタ)の申請代行業務を 取り扱っております(全国対応)。 | ESTA申請代行ご依頼料金 ご依頼内容 | 当事務所にお支払いいただく報酬 | ESTA申請代行ご依頼料金 | 6,000円 | 申請料金(CBPへの支払い分) | 10ドル+4ドル=14ドル(当日のレートで日本円換算) |';
    expect(middlemanService(page(text, { url: 'http://ogawa-agency.com/esta' }))?.service).toBe('esta');
  });
});
