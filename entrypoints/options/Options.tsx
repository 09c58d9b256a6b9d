/**
 * The options page: trusted sites, language and reminders, backup (export / import / restore
 * defaults), "report a mistake" and "report a scam". Collaborators (storage, clock, download,
 * clipboard, confirm) come in as props so tests pass fakes; main.tsx wires the real ones.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { langTag, makeT, resolveLocale } from '@/lib/i18n';
import {
  defaultSettings,
  exportSettings,
  removeTrustedHost,
  tryTrustSite,
  type Settings,
} from '@/lib/settings';
import type { ReportPrefill } from '@/lib/report';
import { TrustedSiteList } from '@/components/options/TrustedSiteList';
import { AddTrustedSite } from '@/components/options/AddTrustedSite';
import { GeneralSettings } from '@/components/options/GeneralSettings';
import { BackupSettings } from '@/components/options/BackupSettings';
import { useSettingsImport, type Status } from '@/components/options/ImportPreview';
import { ReportMistake } from '@/components/options/ReportMistake';
import { ReportScam } from '@/components/options/ReportScam';

export interface OptionsProps {
  /** What getSettings() returned; `problem` shows the "settings were reset" message. */
  initial: { settings: Settings; problem?: string };
  /** Store settings; resolves with what was stored. */
  save: (s: Settings) => Promise<Settings>;
  /** Subscribe to changes made elsewhere (the popup trusting a site). Returns unsubscribe. */
  watch?: (cb: (s: Settings) => void) => () => void;
  browserLanguages: readonly string[];
  extensionVersion: string;
  repositoryUrl: string;
  /** Where e-mailed reports go (package.json bugs.email); the e-mail button is hidden without it. */
  reportEmail?: string;
  reportPrefill: ReportPrefill | null;
  /** Report-a-scam links, by UI language (facts.json). */
  scamUrls: (lang: string) => { ftc: string; uscis: string };
  now: () => Date;
  download: (filename: string, text: string) => void;
  copy: (text: string) => Promise<void>;
  confirm: (message: string) => boolean;
  /** Set the document's lang and title (the page does it; tests may skip). */
  onLocale?: (lang: string, title: string) => void;
}

/** The settings shown, kept in step with storage: `apply` shows a change at once and then what was stored. */
function useStoredSettings(initial: OptionsProps['initial'], save: OptionsProps['save'], watch: OptionsProps['watch']) {
  const [settings, setSettings] = useState<Settings>(initial.settings);
  const [status, setStatus] = useState<Status>(initial.problem ? { key: initial.problem, kind: 'error' } : null);
  useEffect(() => (watch ? watch(setSettings) : undefined), [watch]);

  const apply = (next: Settings, done?: Status) => {
    setSettings(next);
    save(next).then(
      (stored) => {
        setSettings(stored);
        if (done !== undefined) setStatus(done);
      },
      () => setStatus({ key: 'options_save_failed', kind: 'error' }),
    );
  };
  return { settings, status, setStatus, apply };
}

/** The page's one status line (a polite live region); the symbol repeats the kind for those who do not see colour. */
function StatusLine({ status, t }: { status: Status; t: (key: string) => string }) {
  return (
    <p role="status" aria-live="polite" class={status ? `status ${status.kind}` : 'status empty'}>
      {status && (
        <>
          <span aria-hidden="true">{status.kind === 'ok' ? '✓ ' : '⚠ '}</span>
          {t(status.key)}
        </>
      )}
    </p>
  );
}

export function Options(props: OptionsProps) {
  const { initial, save, watch, browserLanguages } = props;
  const { settings, status, setStatus, apply } = useStoredSettings(initial, save, watch);

  const locale = resolveLocale(settings.language, browserLanguages);
  const t = useMemo(() => makeT(locale), [locale]);
  const lang = langTag(locale);

  useEffect(() => props.onLocale?.(lang, t('options_title')), [lang, t]);

  const onAdd = (input: string): boolean => {
    const r = tryTrustSite(settings, input, 'none', [], props.now());
    if (!r.ok) return false;
    apply(r.settings, null);
    return true;
  };

  const settingsImport = useSettingsImport(settings, apply, setStatus);

  const scam = props.scamUrls(locale);

  return (
    <main lang={lang}>
      <h1>{t('options_title')}</h1>
      <StatusLine status={status} t={t} />

      <section aria-labelledby="h-trusted">
        <h2 id="h-trusted">{t('options_trusted_heading')}</h2>
        <TrustedSiteList sites={settings.trusted} t={t} lang={lang} onRemove={(host) => apply(removeTrustedHost(settings, host))} />
        <AddTrustedSite t={t} onAdd={onAdd} />
      </section>

      <section aria-labelledby="h-general">
        <h2 id="h-general">{t('options_general_heading')}</h2>
        <GeneralSettings settings={settings} t={t} onChange={(next) => apply(next)} />
      </section>

      <section aria-labelledby="h-backup">
        <h2 id="h-backup">{t('options_backup_heading')}</h2>
        <BackupSettings
          t={t}
          confirm={props.confirm}
          onExport={() => props.download('official-or-not-settings.json', exportSettings(settings))}
          onImportFile={settingsImport.onImportFile}
          onRestoreDefaults={() => apply(defaultSettings(), { key: 'options_restore_done', kind: 'ok' })}
        />
        {settingsImport.preview(t)}
      </section>

      <section aria-labelledby="h-report" id="report">
        <h2 id="h-report">{t('report_mistake_button')}</h2>
        <ReportMistake
          t={t}
          prefill={props.reportPrefill}
          extensionVersion={props.extensionVersion}
          browserLanguage={browserLanguages[0] ?? ''}
          repositoryUrl={props.repositoryUrl}
          {...(props.reportEmail ? { reportEmail: props.reportEmail } : {})}
          copy={props.copy}
        />
      </section>

      <section aria-labelledby="h-scam">
        <h2 id="h-scam">{t('report_scam_heading')}</h2>
        <ReportScam t={t} ftcUrl={scam.ftc} uscisUrl={scam.uscis} />
      </section>
    </main>
  );
}
