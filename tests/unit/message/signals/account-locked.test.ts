import signal from '@/lib/message/signals/account-locked';
import { signalTable } from './helpers';

signalTable(
  'account-locked',
  signal,
  [
    // bank and wallet smishing (tests/corpus/messages, batch tune-2026-12-06d)
    ['FRM:USBANK SUBJ:USBANK Unusual Activity! MSG:Acc Frozen TO UNLOCK GO = http://gkkn.site?USBANK ID: EDGWGNGKNZQBDMCM', 'strong'],
    ['Chase Bank Urgent Notice: Verification Required for Account Security. Our security systems have detected potential unauthorized activity on your account. Please verify your account details using the secure verification link below. This verification must be completed within two hours to avoid temporary account restrictions.', 'strong'],
    ['Good day from GCash, we would like to inform you that your account is under review, we request you to verify your account to continually access our eWallet services.', 'strong'],
    ['Tài khoản của Quý khách sẽ bị khóa sau 24h do chưa cập nhật định danh/sinh trắc học. Vui lòng đăng nhập tại [link lạ] để xác thực ngay', 'strong'],
    ['根据相关监管要求,您的支付宝账户需要重新进行实名认证。请在24小时内登录(此处为链接)进行身份验证,否则该账户将被限制使用【支付宝】。', 'strong'],
    ['Su cuenta ha sido bloqueada. Verifique sus datos aquí: http://bbva-seguro.top/login', 'strong'],
    // a lock and a request with no push: a bank may say it
    ['Your card is locked. Please confirm your identity.', 'weak'],
    // batch tune-2026-12-06f: a look-alike page to open (es), a short deadline ("You have 2 days from"), a card that "can no longer be used" (es)
    ['Su tarjeta ha sido bloqueada debido a un cargo sospechoso realizado a las 17:24. Abre la página fraudesantander. com para revisar el cargo de su cuenta.', 'strong'],
    ['Therefore, we have locked your account and can not offer the service for you. What can i do? Update account information … You have 2 days from the date of your PayPal restrictions to fully restore your account access through the Resolution Center.', 'strong'],
    ['(BBVA) A partir de ahora, no podrá utilizar su tarjeta. Debe actualizar el nuevo sistema de seguridad.', 'weak'],
    // the other languages (tune-2026-12-06af, WRITE half, and written for this test)
    ['Ihre Legitimation endet Heute am 13.09.2023, bitte Aktualisieren Sie Ihre Daten unter:', 'strong'],
    ['本日より当社サイトのご利用を一時制限させていただきました。本人確認後、制限を解除することができます。以下をクリックしてご本人様確認を行ってください。※一定期間ご確認いただけない場合、口座取引を制限させていただきます。', 'strong'],
    ['Il tuo conto è stato sospeso. Clicca qui per verificare i tuoi dati: bit.ly/conto-it', 'strong'],
    ['Twoje konto zostało zablokowane. Zaloguj się w ciągu 24 godzin, aby je odblokować.', 'strong'],
    // locked and a request, no push: a real bank may say it
    ['Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Identität in der Filiale.', 'weak'],
    // the pasted e-mails of tune-2026-12-06ag (WRITE half) and written for this test: a transfer or activity the reader did not
    // do, data or an app "not yet confirmed", a restriction run into the word before it, a button, a fee for not doing it
    ['Guten Tag, Wir haben eine unbekannte Überweisung von Ihrem Konto festgestellt. Die Transaktion wurde blockiert, bis Sie sie bestätigen. Bitte folgen Sie dem Link unten. <LINK>', 'strong'],
    ['Sie haben Ihre mobile Banking-App noch nicht synchronisiert. Synchronisieren Sie Ihre App (<LINK>)', 'strong'],
    ['Wir haben festgestellt, dass Sie Ihre Kontoangaben noch nicht bestätigt haben. Eine Bestätigung ist zur weiteren Nutzung notwendig. Dabei wird eine Bearbeitungsgebühr in Höhe von 37,00 Euro fällig.', 'strong'],
    ['Aus diesem Grund mussten wir vorsorglich Ihr Kontoeinschränken. Bitte bestätigen Sie Ihre Daten über nachfolgendenButton.', 'strong'],
    ['Abbiamo rilevato un accesso non autorizzato al suo conto. La invitiamo a confermare i suoi dati: clicca qui', 'strong'],
  ],
  [
    'Scammers send texts saying your account is locked. Never verify your account through a link.',
    'Your debit card ending 1234 is locked. Call the number on the back of your card.',
    'Your green card application is on hold while we review your file. Please update your address within 30 days.',
    'MSB nhấn mạnh, ngân hàng không bao giờ yêu cầu khách hàng cung cấp mật khẩu, mã OTP. Tài khoản bị khóa? Đừng bấm vào đường link lạ.',
    'Your payment of $40 was received. Thank you.',
    // a lock with the bank's app or a dispute window, no request: not a hit
    'Su tarjeta ha sido bloqueada por seguridad. Abra la app de su banco para ver sus movimientos.',
    'Your card is locked. You have 60 days to dispute the charge.',
    // a lock alone, and a bank's warning
    'Ihre Karte wurde gesperrt. Die neue Karte kommt mit der Post.',
    'Betrüger schreiben, Ihr Konto sei gesperrt, und Sie sollen sich über einen Link anmelden. Klicken Sie nie auf solche Links.',
    'Jeśli otrzymasz SMS, że Twoje konto zostało zablokowane i musisz się zalogować, to oszuści.',
    // a news story retelling the e-mail: its subject line, what it "allegedly" says, the recipients in the third person (msgmail20)
    'Unter dem Betreff „Neue Benachrichtigung“ wird auf einen angeblich unbekannten Anmeldeversuch hingewiesen. Das Konto sei eingeschränkt worden. Die Empfänger werden aufgefordert, die Identität über den Button zu bestätigen.',
    'Nel messaggio il presunto consulente scrive che il conto è stato sospeso e i destinatari sono invitati a confermare i dati.',
    // a real bank's notice: activity the reader did not do and a lock, no request to verify through anything
    'Ihre Karte wurde wegen einer ungewöhnlichen Aktivität vorübergehend gesperrt. Die neue Karte kommt mit der Post.',
  ],
);
