import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { expectQuotesPage, page } from './helpers';

// ein23 (tune batch real-2026-12at): the EIN and the ITIN, free from the IRS, offered by a business as its own service. The
// line (middleman/taxid.ts): a sentence in which the page speaks of itself and offers to obtain the number for the reader
// ("we handle your ITIN application", "let <brand> do all the work", "我们的ITIN申请服务", an "Order your ITIN" step) is the
// seller; a formation company whose EIN is a step of the company it forms, a tax office naming itself (a CPA, an EA after
// the name, an acceptance agent citing its own entry in the IRS list), an acceptance agent assisting, a guide speaking as
// the guide, and a blog reporting that such services exist stay quiet. Each page below is
// written for the test on the family's structure; none is copied from a stored page.
describe('ein23: a business offering the EIN or the ITIN as its own service', () => {
  it.each([
    [
      'an agency handling the ITIN application',
      'https://nonres-filings.example/itin',
      'ITIN guide for non-resident owners. An ITIN lets you file US taxes without a Social Security Number. We handle your ITIN application from start to finish.',
      'itin',
    ],
    [
      'a brand that does all the work on the ITIN',
      'https://taxrebate-usa.example/what-is-an-itin',
      'What is an ITIN? The IRS issues the ITIN to people without an SSN. Or simply apply using our form and let Tax Rebate USA do all the work on your ITIN.',
      'itin',
    ],
    [
      'an order step naming the ITIN',
      'https://usa-corporations.example/itin.html',
      'Start an LLC. Open US Bank Account. Order Your ITIN. How to obtain an ITIN: the IRS issues the Individual Taxpayer Identification Number to foreign nationals.',
      'itin',
    ],
    [
      'a Chinese agency recommending its own EIN service',
      'https://regpath.example/ein/',
      '申请EIN指南。EIN是美国国税局颁发的雇主识别号。最后我们将推荐我们的EIN申请代理服务,让整个过程更加便捷。',
      'ein',
    ],
    [
      'a Chinese agency booking its ITIN service',
      'https://us-company-cn.example/itin.html',
      '美国个人报税号码ITIN。申请人较多,故此我们的ITIN申请服务首先需要预约,请来我司美国办公室办理。',
      'itin',
    ],
  ])('fires: %s', (_why, url, text, service) => {
    const hit = middlemanService(page(text, { url }));
    expect(hit?.service).toBe(service);
    expectQuotesPage(hit, text);
  });

  it.each([
    [
      'a formation company whose EIN is a step of the company it forms',
      'https://wyoming-llc.example/ein',
      'Non-residents cannot use the online EIN application. We file your LLC within 24 hours, then we submit your Form SS-4 by fax immediately after. Save the CP575 EIN letter.',
    ],
    [
      'an enrolled agent who is an acceptance agent',
      'https://taxpros-office.example/caa',
      'Jane Doe, EA, CAA is authorized by the IRS to assist foreign taxpayers with applying for an ITIN. As ITIN specialists, we submit your Form W-7 application according to the rules.',
    ],
    [
      'an acceptance agent pointing to its entry in the IRS list',
      'https://easy-tax-shop.example/itin',
      'ITIN. We are a Certifying Acceptance Agent, so clients can use our service to apply for an ITIN without mailing their passport. Check our listing: https://www.irs.gov/individuals/international-taxpayers/acceptance-agents-serbia',
    ],
    [
      'an acceptance agent assisting with the ITIN',
      'https://global-office.example/itin',
      'Need a U.S. ITIN? We are a Certified Acceptance Agent and can assist you with obtaining a U.S. ITIN. If you need an ITIN, we can help.',
    ],
    [
      'a guide speaking as the guide',
      'https://ein-guide.example/',
      'How to get an EIN. This guide will help you apply for your EIN on the IRS website for free in about ten minutes.',
    ],
    [
      'a Japanese blog reporting that agency services exist, doing it alone',
      'https://dev-notes.example/ein',
      'EIN番号の取得方法。国際電話でIRSに申請しました。代行サービス利用 →1~2万円程度の取得代行サービスが存在するようです。この記事は自力解決を目指すので考慮外とします。',
    ],
  ])('does not fire: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
});
