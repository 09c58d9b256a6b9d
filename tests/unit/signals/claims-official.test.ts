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
    ['we are USCIS (a name)', 'We are U.S. Citizenship and Immigration Services, the agency that grants green cards.'],
    ['this is the official USCIS site (Spanish)', 'Este es el sitio web oficial de USCIS. Inicie sesión en su cuenta.'],
    ['welcome (Spanish, with "web")', 'Bienvenidos al sitio web oficial de USCIS.'],
    ['welcome to the official DHS website', 'Welcome to the official website of the Department of Homeland Security.'],
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
    ['adjective compound', 'We are USCIS-experienced immigration attorneys. Call us for a consultation.'],
    ['adjective, no hyphen', 'We are USCIS approved civil surgeons for your medical exam.'],
    ['Spanish pointer: visite', 'Abogados de inmigración. Visite el sitio oficial de USCIS para descargar formularios gratis.'],
    ['Spanish pointer: en el sitio web', 'Descargue los formularios en el sitio web oficial de USCIS sin costo.'],
    ['Spanish pointer: vaya al', 'Vaya al sitio oficial del Departamento de Seguridad Nacional para más información.'],
    ['English pointer to a department site', 'Visit the official website of the Department of State to apply for a passport.'],
  ])('does not fire: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });
});
