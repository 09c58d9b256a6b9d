import { describe, expect, it } from 'vitest';
import { LAW_PRACTICE_NAME, SITE_NAMES } from '../../../lib/text/site-names';

describe('LAW_PRACTICE_NAME: a site name that names a lawyer', () => {
  it.each([
    'xielaw',
    'robinettlaw',
    'usimmigrationcounsel',
    'uscitizenshiplawyers',
    'greencardattorney',
    'abogadosinmigracion',
    'immigration-law',
    'smithlawfirm',
    'lawofficeofmaria',
    'visa-lawyer-miami',
    'garcialaw-group',
  ])('%s is a law practice', (label) => {
    expect(LAW_PRACTICE_NAME.test(label)).toBe(true);
  });

  // Words that only contain the letters l-a-w: a copy of agency text on such a host is not quoted by a lawyer.
  it.each(['lawrence-visa', 'flawless-esta', 'claw-uscis', 'usalawn', 'lawsonforms', 'jigsawlawn', 'visacounseling', 'estacounselor'])(
    '%s is not a law practice',
    (label) => {
      expect(LAW_PRACTICE_NAME.test(label)).toBe(false);
    },
  );
});

// audit22: a site named after U.S. immigration or citizenship is a forms seller's name when the name is the topic alone or
// names the service ('usimmigration', 'uscitizenship', 'us-immigration-support', 'usimmigrationforms'), not when it names a
// publication, a community or a school after the topic ('usimmigrationnews', 'uscitizenshippodcast', 'usa-immigration-stories',
// 'uscitizenshiptestprep'): a news site, a podcast or a test-prep school does not file the forms.
describe('SITE_NAMES.forms: U.S. immigration or citizenship as a name', () => {
  it.each(['usimmigration', 'us-immigration', 'uscitizenship', 'us-immigration-support', 'us-immigrationservice', 'usaimmigrationsupport', 'usimmigrationforms', 'usimmigrationcitizenship', 'usimmigration-help', 'usimmigrationguide'])(
    '%s names the forms service',
    (label) => {
      expect(SITE_NAMES.forms.test(label)).toBe(true);
    },
  );

  it.each(['usimmigrationnews', 'us-immigration-news', 'uscitizenshippodcast', 'usimmigrationpodcast', 'usa-immigration-stories', 'usimmigrationtimes', 'usimmigrationjournal', 'usimmigrationblog', 'uscitizenshiptestprep', 'uscitizenshipquiz', 'uscitizenship-exam', 'usimmigrationforum', 'uscitizenshipacademy', 'usimmigrationradio'])(
    '%s names a publication, community or school',
    (label) => {
      expect(SITE_NAMES.forms.test(label)).toBe(false);
    },
  );
});

// itin26 (tune batch real-2026-12bf): a site named after the EIN or the tax ID beside an application word is an EIN filing
// business's name (tax-id-number.info's refund page names no EIN of its own); the bare word is not (a TIN-checking API,
// German "ein" words, a name that merely holds the letters).
describe('SITE_NAMES.ein: the EIN or tax ID as a name', () => {
  it.each(['tax-id-number', 'taxidnumber', 'taxid-apply', 'ein-number', 'irs-taxid-numbers', 'federal-tax-id-number', 'apply-ein', 'irs-ein', 'getein', 'ein-application'])(
    '%s names the EIN service',
    (label) => {
      expect(SITE_NAMES.ein.test(label)).toBe(true);
    },
  );

  it.each(['taxid', 'tax-id', 'einstein', 'speedein', 'stein-number', 'weinberg', 'einfach', 'eintracht', 'fein', 'reinhold', 'ein'])(
    '%s does not',
    (label) => {
      expect(SITE_NAMES.ein.test(label)).toBe(false);
    },
  );
});
