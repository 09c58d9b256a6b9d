import { describe, expect, it } from 'vitest';
import { LAW_PRACTICE_NAME } from '../../../lib/text/site-names';

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
