/**
 * The opening words of ssa.gov's and irs.gov's own page chrome, the pieces claims-official counts as FRAGMENTS
 * (lib/signals/claims-official/agency-pages.ts): the Social Security FAQ's answer lines, its card pages' question tool and
 * free-services box, its publications' header and back cover, its booklets' first lines, its operations manual's link
 * footer; the IRS's footer line, menu, archived-page banner and the layout of its notice and "About Form" pages.
 *
 * These agencies' pages are about Social Security numbers and taxes, and many name no immigration word at all, so the
 * relevance gate (./relevance.ts) lets a page that carries one of these pieces be read: the signals then decide, and a
 * page is a copy only with two different pieces. Every word here is an agency site's own chrome, rare in ordinary prose
 * (tests/unit/signals/claims-official.test.ts keeps each SSA and IRS fragment opening with one of them). Folded text
 * (lower case). Kept short: it is bundled into the page reader (tests/meta/bundle-size.test.ts).
 */
export const AGENCY_CHROME_WORDS: readonly string[] = [
  // ssa.gov
  'questions you may find helpful',
  'give us feedback',
  'start below and we',
  'answer a few questions and we',
  'social security number services are always free',
  'ssa publication no',
  'treat all calls confidentially',
  'second social security representative',
  'booklet explains some of your rights',
  'should read this booklet',
  'best place to get information about social security',
  'link to this section',
  // irs.gov
  'page last reviewed or updated',
  'popular for tax pros',
  'amend/fix return',
  'archival or historical document',
  'notice is about',
  'notice you have may have different',
  'other items you may find useful',
  'comment on tax forms',
];
