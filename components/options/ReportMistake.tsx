import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { MAX_COMMENT, buildReport, type ReportPrefill } from '@/lib/report';
import { LEVELS } from '@/lib/types';
import { reasonTitle } from './reason-title';

export interface ReportMistakeProps {
  t: Translate;
  /** What the popup passed (page, level, reasons), or null when opened directly. */
  prefill: ReportPrefill | null;
  extensionVersion: string;
  browserLanguage: string;
  /** package.json repository.url. */
  repositoryUrl: string;
  /** Where e-mailed reports go (package.json bugs.email); no e-mail button without one. */
  reportEmail?: string;
  /** Copy text to the clipboard; rejects when not allowed. */
  copy: (text: string) => Promise<void>;
}

/**
 * "Report a mistake": the user sees exactly the text that would be sent (host only unless they
 * tick the box) and nothing leaves until they click the issue link, the e-mail link or Copy.
 */
export function ReportMistake({ t, prefill, extensionVersion, browserLanguage, repositoryUrl, reportEmail = '', copy }: ReportMistakeProps) {
  const [pageUrl, setPageUrl] = useState(prefill?.pageUrl ?? '');
  const [level, setLevel] = useState(prefill?.level || 'caution');
  const [includeAddress, setIncludeAddress] = useState(false);
  const [comment, setComment] = useState('');
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');
  const reasonIds = prefill?.reasonIds ?? [];

  const report = useMemo(
    () => buildReport({ pageUrl, includeAddress, level, reasonIds, extensionVersion, browserLanguage, comment, repositoryUrl, email: reportEmail }),
    [pageUrl, includeAddress, level, reasonIds, extensionVersion, browserLanguage, comment, repositoryUrl, reportEmail],
  );

  // A new text has not been copied yet.
  useEffect(() => setCopied('idle'), [report.text]);

  return (
    <div class="report-form">
      <div class="field">
        <label for="report-site">{t('report_site_label')}</label>
        <input id="report-site" type="text" inputMode="url" dir="ltr" autocomplete="off" spellcheck={false}
          value={pageUrl} onInput={(e) => setPageUrl((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="field checkbox">
        <input id="report-include-address" type="checkbox" checked={includeAddress}
          onChange={(e) => setIncludeAddress((e.currentTarget as HTMLInputElement).checked)} />
        <label for="report-include-address">{t('report_include_address')}</label>
      </div>
      <div class="field">
        <label for="report-level">{t('report_level_label')}</label>
        <select id="report-level" value={level} onChange={(e) => setLevel((e.currentTarget as HTMLSelectElement).value)}>
          {LEVELS.map((l) => <option key={l} value={l}>{t(`level_${l}`)}</option>)}
        </select>
      </div>
      {reasonIds.length > 0 && (
        <ul class="reasons" aria-label={t('report_reasons_label')}>
          {reasonIds.map((id) => <li key={id}>{reasonTitle(t, id)}</li>)}
        </ul>
      )}
      <div class="field">
        <label for="report-comment">{t('report_comment_label')}</label>
        <textarea id="report-comment" rows={3} maxLength={MAX_COMMENT} value={comment}
          onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)} />
      </div>

      <h3 id="report-preview-heading">{t('report_preview_heading')}</h3>
      <pre class="preview" role="region" aria-labelledby="report-preview-heading" tabIndex={0} data-testid="report-preview">{report.text}</pre>

      <div class="actions">
        {report.issueUrl !== '' && (
          <a class="button" href={report.issueUrl} target="_blank" rel="noopener noreferrer">{t('report_open_issue')}</a>
        )}
        {report.mailtoUrl !== '' && <a class="button secondary" href={report.mailtoUrl}>{t('report_open_email')}</a>}
        <button type="button" class="secondary" onClick={() => {
          copy(report.text).then(() => setCopied('ok'), () => setCopied('failed'));
        }}>
          {t('report_copy')}
        </button>
      </div>
      <p role="status" class="status-inline">
        {copied === 'ok' ? t('report_copied') : copied === 'failed' ? t('report_copy_failed') : ''}
      </p>
    </div>
  );
}
