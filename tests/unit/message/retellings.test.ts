/**
 * Warnings that retell a scam message in the third person (session 20's opening: five news and consumer warnings in
 * fr, it, pt and en at caution in the eighth message hold-out): the victim, "if you receive a mail…", "e-mails that
 * state…", "nel messaggio si dice…", the trick explained ("to make the mail more credible, a fake ticket…"). The texts
 * here are written for this test in the same shapes; the scams they retell, sent to the reader, stay flagged.
 */
import { describe, expect, it } from 'vitest';
import { checkMessage } from '@/lib/message';

describe('a warning retelling the scam is reported, not sent', () => {
  it.each([
    ['fr lottery e-mail retold', 'Le plus souvent, le message explique à la victime qu’elle a été tirée au sort et a gagné un million d’euros. Pour rendre le mail plus crédible, un faux ticket gagnant est joint.'],
    ['fr advice: if you receive a mail', 'Si vous recevez un mail vous demandant vos données personnelles car vous êtes désigné gagnant de l’Euromillions, n’y répondez pas.'],
    ['it parcel e-mail retold', 'Nel messaggio si dice che c’è un pacco in giacenza e vi si chiede di pagare il costo di consegna in arretrato.'],
    ['en embassy: e-mails that state you won', 'Diversity Visa notifications are not sent by e-mail. Any e-mails that state you have won the lottery or a green card are not legitimate.'],
    ['pt new-number scam retold', 'Eles copiam a foto de perfil da vítima e usam um número novo: “Mudei de número, salva o novo aí”.'],
  ])('%s: below caution', (_why, text) => {
    expect(['none', 'notice']).toContain(checkMessage(text).level);
  });

  it.each([
    ['fr lottery e-mail sent', 'Félicitations ! Vous avez été tiré au sort et vous avez gagné 850 000 euros. Pour recevoir vos gains, envoyez vos coordonnées bancaires et payez 150 euros de frais.'],
    ['it parcel text sent', 'Poste Italiane: il tuo pacco è in giacenza. Paga 1,99 EUR di spese di consegna entro 24 ore: https://poste-consegna.info'],
    ['en DV winner e-mail sent', 'Congratulations! You have won the green card lottery. Send the $850 processing fee by Western Union within 7 days to receive your visa.'],
  ])('%s: still flagged', (_why, text) => {
    expect(['caution', 'danger']).toContain(checkMessage(text).level);
  });
});
