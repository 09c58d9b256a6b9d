import { describe, expect, it } from 'vitest';
import claimsOfficial from '@/lib/signals/claims-official';
import { page } from './helpers';

describe('claims-official', () => {
  it.each([
    ['USWDS banner', "An official website of the United States government. Here's how you know. USCIS case status."],
    ['.gov banner line', "The .gov means it's official. Federal government websites often end in .gov."],
    ['DHS banner', 'Official website of the Department of Homeland Security. U.S. Citizenship and Immigration Services.'],
    ['first person', 'Welcome to USCIS. Sign in to your account.'],
    ['Spanish banner', 'Un sitio oficial del Gobierno de Estados Unidos. Así es como usted puede verificarlo.'],
    ['Spanish .gov line', 'El .gov significa que es oficial. Servicio de Ciudadanía e Inmigración.'],
  ])('fires: %s', (_why, text) => {
    const hit = claimsOfficial(page(text));
    expect(hit?.strength).toBe('strong');
  });

  it.each([
    ['guide quoting the banner', 'At the top of the USCIS homepage you\'ll find the statement "Official website of the Department of Homeland Security".'],
    ['quoted in quotation marks', 'Look for the words "An official website of the United States government" at the top.'],
    ['pointing to the official site', 'Apply only on the official ESTA website, esta.cbp.dhs.gov.'],
    ['pointing to USCIS', 'Enter your receipt number on the official USCIS website or mobile app.'],
    ['warning', 'Fake sites copy the line an official website of the United States government to fool you.'],
    ['Spanish quote', 'Busque la frase "Un sitio oficial del Gobierno de Estados Unidos" en la parte superior.'],
  ])('does not fire: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });
});
