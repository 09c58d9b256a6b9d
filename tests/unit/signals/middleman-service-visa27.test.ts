import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { page } from './helpers';

// visa27 (session 27): more of miss27's family of U.S. visa agencies, in the words their pages use where the engine read none
// (lib/signals/middleman/services.ts OFFER_WORDS, OFFER_WIDE; self.ts namesItself). Every 'fires' row was quiet before.
describe('visa27: a visa agency booking, checking or helping with the U.S. visa in its own voice', () => {
  it.each([
    ['uk: we check your answers before they go to the consulate', 'https://www.example-visa-agency.com/anketa', 'Анкета на візу до США. Якщо якесь питання викликає сумніви, повідомте нас — ми перевіримо ваші дані перед їх поданням до Консульства.'],
    ['ru: we check the answers before the consulate', 'https://www.example-visa-agency.com/anketa', 'Анкета DS-160 для визы в США. Заполните опросник, а мы проверим ответы перед подачей в консульство.'],
    ['pl: the consulate date set for you', 'https://www.example-visa-agency.com/wiza-usa', 'Wiza do USA. Dokumenty prosimy przynieść do naszego biura. Następnie zostanie wyznaczony dla Państwa termin rozmowy w konsulacie.'],
    ['pl: we book the embassy date', 'https://www.example-visa-agency.com/wiza-usa', 'Wiza do USA dla turystów. Umówimy dla Ciebie termin rozmowy w ambasadzie.'],
    ['de: the brand helps you, written as one word', 'https://visacenter.example/usa', 'Wenn Sie eine Reise in die USA planen, benötigen Sie ein Visum. VisaCenter hilft Ihnen dabei, Ihr US-Visum schnell und unkompliziert zu erhalten.'],
  ])('fires: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))?.service).toBe('visa');
  });

  // The same words where the page is not the business doing the step: a writer checking with the reader, a guide's imperative,
  // a guide's next step, an agency named by a guide, the topic's words on a site named after it. Each but the imperative fires
  // with its check removed (the checking verbs' own row, "for you", the helper read apart from OFFER_SPEAKER, CAMEL).
  it.each([
    ['ru: a writer checks whether a visa is needed (check verbs pair only with the consulate)', 'https://www.example-travel-guide.com/usa', 'Мы проверим, нужна ли вам виза в США, и расскажем, как заполнить анкету DS-160 самостоятельно.'],
    ['uk: a guide tells the reader to check (no first person)', 'https://www.example-travel-guide.com/usa', 'Перевірте всі дані перед поданням до консульства США: помилка в анкеті DS-160 може коштувати відмови.'],
    ['pl: a guide\'s next step (no "for you")', 'https://www.example-travel-guide.com/wiza-usa', 'Wniosek DS-160 wypełnia się samodzielnie. Następnie zostanie wyznaczony termin rozmowy w konsulacie USA.'],
    ['de: an agency named by a guide (speaksAt)', 'https://www.example-travel-guide.com/usa', 'Eine Agentur hilft Ihnen, Ihr US-Visum zu beantragen, doch das Formular DS-160 ist kostenlos und schnell ausgefüllt.'],
    ['de: the topic in small letters on a site named after it (CAMEL)', 'https://visacenter.example/usa', 'Das visacenter hilft Ihnen, Ihr US-Visum zu beantragen: so füllen Sie das Formular DS-160 selbst aus.'],
  ])('quiet: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
});
