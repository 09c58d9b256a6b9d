import signal from '@/lib/message/signals/free-host-link';
import { signalTable } from './helpers';

signalTable(
  'free-host-link',
  signal,
  [
    // a fake "Visa immigration Canadienne CIC" page's site, pasted alone (tests/corpus/messages)
    ['https://sites.google.com/view/citoyennet-et-immigration-cana/accueil', 'strong'],
    // an agency's name on a free site builder, whatever else the message says
    ['Renew your green card here before Friday: uscis-renewal.weebly.com', 'strong'],
    ['Formulario oficial: https://embajada-usa-citas.wixsite.com/inicio', 'strong'],
    // a program's name inside a longer message: a nonprofit's page may be on Wix
    ['Our volunteers help with citizenship forms every Saturday, see https://casa-amiga.wixsite.com/citizenship-help for the address.', 'weak'],
  ],
  [
    'Photos from the picnic: https://maria-family.wixsite.com/photos',
    'https://www.uscis.gov/green-card',
    'Check bit.ly/USCIS-fee',
    'Our code is on https://github.com/example/visa-tools',
  ],
);
