import signal from '@/lib/message/signals/job-offer';
import { signalTable } from './helpers';

signalTable(
  'job-offer',
  signal,
  [
    // two cues: strong (corpus families: Australia jobs, "VISA CANADA GRATUIT", WhatsApp task jobs)
    ['The government is looking for applicants who can fill the Shortage of jobs in Australia. Australian Public services are giving out thousands of jobs.', 'strong'],
    ["VISA CANADA GRATUIT. Obtenez facilement un VISA Canadien cher citoyen.", 'strong'],
    ['Você pode trabalhar meio período no seu telefone. Salário diário: 500-1500 reais.', 'strong'],
    ['Tenemos un trabajo con un salario diario de 300-2000MXN. Sólo hay 6 vacantes.', 'strong'],
    // one cue: weak
    ['We are hiring for a part-time position at our bakery.', 'weak'],
    ['招聘兼职,日结工资', 'strong'],
    // a work visa or a job abroad, and no experience needed (a Mexican social-media ad, tests/corpus/messages)
    ['“Visa laboral, trabajo en Canadá o Estados Unidos. No necesitas conocimientos previos”', 'strong'],
    ['Work visa jobs in Canada, no experience needed. Apply today!', 'strong'],
    // one of them: a real recruiter may say it
    ['Warehouse associate, no experience required, weekly pay.', 'weak'],
    // batch tune-2026-12-06d: a CV never sent, approved, and a move to WhatsApp; paid tasks; a country "needs a million workers"
    ['Su currículum ha sido aprobado, sueldo 300000 pesos. Por favor agregue mis datos de contacto: wa.me/573194625582.', 'strong'],
    ['Hello! We need someone to rate booking hotel bookings. We pay US$300-US$800. If you want to join us, whatsapp details: +12048004916', 'strong'],
    ['Canadian President: Canada needs one million workers starting from 2021. The academic and language level is not important.', 'strong'],
    ['Su currículum ha sido aprobado.', 'weak'],
    // scholarships and jobs "available" by the hundred, through WhatsApp; free immigration and "share this post" (batch tune-2026-12-06e)
    ["Plus de 1850 bourses d’étude et plus de 600 offres d’emplois disponibles. Pour postuler contactez-nous par whatsapp au +1 587 600 8380", 'strong'],
    ['قدّم الآن طلب هجرة الى كندا مجاناً من جميع الدول العربية كل ما عليك هو مشاركة هذا المنشور لحفظ اسمك في سجلات السفارة', 'strong'],
    ['Share this post with 15 friends to get your free visa form.', 'strong'],
    ['Over 600 jobs available in Canada this year.', 'weak'],
    // a flyer for stranded migrants: a job in Canada by CV to a stranger, the trip paid (round 2 of batch e)
    ['If you want to find a job in Canada, give us a call or send your CV, … Travel costs are paid by the company.', 'strong'],
    ['Travel costs are paid by the company.', 'weak'],
  ],
  [
    'Scammers offer part-time jobs with a daily salary. Do not answer them.',
    'Your appointment at the Application Support Center is on Monday at 9 am.',
    'The labor market report came out today.',
    'Canada changed its work visa rules for students this year, the ministry said.',
    // a visa guide (a Mexican newspaper page in the page corpus, pasted as a message)
    'Si quieres buscar trabajo en Estados Unidos necesitas otro tipo de visa.',
    'Contact us on WhatsApp for your appointment.',
    'Your application has been approved. Your card will be mailed to you.',
    'Please rate our service on a scale from 1 to 5.',
    // a university's and a news site's plain sentences
    'The university offers 12 scholarships; applications close in March.',
    'Scammers ask people to share this post with 15 friends to get a free visa. It is fake.',
    // a settlement agency and an employer's plain words
    'To find a job in Canada, use the Job Bank website and a settlement counsellor.',
    'Relocation costs are covered by the employer under the program rules.',
  ],
);
