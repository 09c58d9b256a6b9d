import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Translate } from '@/lib/i18n';
import { MAX_IMPORT_CHARS, importChanges, importSettings, unchanged, type ImportChanges, type Settings } from '@/lib/settings';

export interface ImportPreviewProps {
  t: Translate;
  changes: ImportChanges;
  onImport: () => void;
  onCancel: () => void;
}

/** Most hosts listed by name in each list; the rest are counted ("and 480 more"). */
const MAX_LISTED = 20;

function HostList({ hosts, t }: { hosts: readonly string[]; t: Translate }) {
  const shown = hosts.slice(0, MAX_LISTED);
  return (
    <ul class="import-hosts">
      {shown.map((h) => (
        <li key={h}>
          <bdi>{h}</bdi>
        </li>
      ))}
      {hosts.length > shown.length ? <li>{t('options_import_more', { COUNT: String(hosts.length - shown.length) })}</li> : null}
    </ul>
  );
}

/**
 * What a settings file would change, shown before anything is stored: the sites it would trust
 * (their warnings would stop), the sites it would stop trusting, whether other settings change,
 * and a reminder that a site asking you to import a file is a scam sign. The focus moves here.
 */
export function ImportPreview({ t, changes, onImport, onCancel }: ImportPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="import-preview" role="group" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" tabIndex={-1} ref={heading}>
        {t('options_import_check')}
      </h3>
      <p class="import-warning">{t('options_import_lure')}</p>
      {changes.trust.length > 0 ? (
        <>
          <p>{t('options_import_adds', { COUNT: String(changes.trust.length) })}</p>
          <HostList hosts={changes.trust} t={t} />
        </>
      ) : null}
      {changes.untrust.length > 0 ? (
        <>
          <p>{t('options_import_removes', { COUNT: String(changes.untrust.length) })}</p>
          <HostList hosts={changes.untrust} t={t} />
        </>
      ) : null}
      {changes.other ? <p>{t('options_import_other')}</p> : null}
      <div class="actions">
        <button type="button" onClick={onImport}>
          {t('options_import_apply')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('options_import_cancel')}
        </button>
      </div>
    </div>
  );
}

/** A read settings file waiting for the person to check what it changes. */
interface PendingImport {
  settings: Settings;
  repaired: boolean;
  changes: ImportChanges;
}

/** The options page's status line: a message key and its kind, or nothing. */
export type Status = { key: string; kind: 'ok' | 'error' } | null;

/**
 * Importing a settings file for the options page: reads and checks the file, then shows what it
 * would change (ImportPreview); nothing is stored (`apply`) until the person says so.
 */
export function useSettingsImport(
  settings: Settings,
  apply: (next: Settings, done?: Status) => void,
  setStatus: (status: Status) => void,
): { onImportFile(file: File): void; preview(t: Translate): JSX.Element | null } {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const read = (text: string) => {
    const r = importSettings(text);
    if ('error' in r) {
      setStatus({ key: 'options_import_bad', kind: 'error' });
      return;
    }
    const changes = importChanges(settings, r.settings);
    if (unchanged(changes)) {
      setStatus({ key: 'options_import_nothing', kind: 'ok' });
      return;
    }
    setStatus(null);
    setPending({ settings: r.settings, repaired: r.problem !== undefined, changes });
  };
  const onImportFile = (file: File) => {
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setStatus({ key: 'options_import_bad', kind: 'error' });
      return;
    }
    file.text().then(read, () => setStatus({ key: 'options_import_bad', kind: 'error' }));
  };
  const preview = (t: Translate) =>
    pending ? (
      <ImportPreview
        t={t}
        changes={pending.changes}
        onImport={() => {
          setPending(null);
          apply(pending.settings, { key: pending.repaired ? 'options_import_repaired' : 'options_import_ok', kind: 'ok' });
        }}
        onCancel={() => {
          setPending(null);
          setStatus({ key: 'options_import_cancelled', kind: 'ok' });
        }}
      />
    ) : null;
  return { onImportFile, preview };
}
