import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { expectQuotesPage, page } from './helpers';

// forms27 (tune family 3 of miss27: form preparers and PDF fillers): a PDF-filling site's page for a USCIS form sells its own
// editable copy of the free form ("Download your fillable USCIS Form I-130 in PDF", "USCIS PDFs that you can edit and fill
// in online"). Beside it stay quiet: a library or guide sending the reader to the free fillable PDF at USCIS, a lawyer's and a
// nonprofit's fee sentences, and a PDF editor that names no USCIS form. Each page below is written for the test; none is
// copied from a stored page.
describe('forms27: a PDF filler selling its own editable copy of a USCIS form', () => {
  it.each([
    ['a fillable copy offered as the reader’s own', 'USCIS Form I-130. Fill out. Export or Print. Download your fillable USCIS Form I-130 in PDF. The petition lets a citizen bring a relative.'],
    ['USCIS PDFs to edit on the site', 'Form I-765, Application for Employment Authorization. Should you want more USCIS PDFs that you can edit and fill in online, see the list below.'],
    ['an editable green card form', 'Form I-90 renewal. Get your editable Form I-90 and finish it in minutes on any device.'],
  ])('fires: %s', (_why, text) => {
    const hit = middlemanService(page(text));
    expect(hit?.service).toBe('forms');
    expectQuotesPage(hit, text);
  });

  it.each([
    ['a library pointing to the free PDF at USCIS', 'Form I-130: download your fillable Form I-130 free from the USCIS website, print it and sign it in ink.'],
    ['a guide: the form is fillable at uscis.gov', 'Form I-765 is a fillable PDF at uscis.gov. You can edit the answers before you print it.'],
    ['a lawyer stating its fee', 'Form I-130 for your spouse: our attorneys prepare the petition for a flat fee of $1,500 plus the USCIS filing fee.'],
    ['an accredited nonprofit stating its fee', 'Citizenship clinic: our DOJ-accredited representatives help you fill out Form N-400 for a $50 fee; fee waivers are free.'],
    ['a PDF editor naming no USCIS form', 'Edit PDF files online. Download your fillable PDF, sign it and share it with your team.'],
  ])('stays quiet: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });
});
