import type { Translate } from '@/lib/i18n';

export interface BackupSettingsProps {
  t: Translate;
  onExport: () => void;
  /** Called with the chosen file; the parent validates it and reports the result. */
  onImportFile: (file: File) => void;
  /** Called after the user confirmed. */
  onRestoreDefaults: () => void;
  /** Ask the user to confirm (window.confirm in the page; a fake in tests). */
  confirm: (message: string) => boolean;
}

/** Export to a file, import from a file, and restore the defaults (after confirmation). */
export function BackupSettings({ t, onExport, onImportFile, onRestoreDefaults, confirm }: BackupSettingsProps) {
  return (
    <div class="backup">
      <button type="button" class="secondary" onClick={onExport}>{t('options_export')}</button>
      <label class="file-button secondary">
        {/* The visible text labels the file input; the input stays keyboard-focusable. */}
        <span>{t('options_import')}</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onImportFile(file);
            input.value = ''; // the same file can be chosen again
          }}
        />
      </label>
      <button
        type="button"
        class="danger-button"
        onClick={() => {
          if (confirm(t('options_restore_confirm'))) onRestoreDefaults();
        }}
      >
        {t('options_restore_defaults')}
      </button>
    </div>
  );
}
