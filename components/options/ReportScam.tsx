import type { Translate } from '@/lib/i18n';
import { hostOfUrl } from '@/lib/domain/url';

export interface ReportScamProps {
  t: Translate;
  /** The FTC's report page (facts.json `url.ftc-report`, or its Spanish twin). */
  ftcUrl: string;
  /** USCIS's "report immigration scams" page (facts.json `url.report-scam-uscis`). */
  uscisUrl: string;
}

/** Where to report a scam: official government pages only. */
export function ReportScam({ t, ftcUrl, uscisUrl }: ReportScamProps) {
  return (
    <ul class="link-list">
      <li>
        <a href={ftcUrl} target="_blank" rel="noopener noreferrer">{t('report_scam_ftc')}</a>
        <span class="url" dir="ltr"> ({hostOfUrl(ftcUrl)})</span>
      </li>
      <li>
        <a href={uscisUrl} target="_blank" rel="noopener noreferrer">{t('report_scam_uscis')}</a>
        <span class="url" dir="ltr"> ({hostOfUrl(uscisUrl)})</span>
      </li>
    </ul>
  );
}
