import { translate, type Translate } from '@/lib/i18n';
import { LOCALES, type Settings } from '@/lib/settings';

export interface GeneralSettingsProps {
  settings: Settings;
  t: Translate;
  onChange: (next: Settings) => void;
}

/** Language choice and the "show reminders" (notice level) switch. */
export function GeneralSettings({ settings, t, onChange }: GeneralSettingsProps) {
  return (
    <div class="general">
      <div class="field">
        <label for="language-select">{t('options_language')}</label>
        <select
          id="language-select"
          value={settings.language}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            if (v === 'auto' || (LOCALES as readonly string[]).includes(v)) {
              onChange({ ...settings, language: v as Settings['language'] });
            }
          }}
        >
          <option value="auto">{t('options_language_auto')}</option>
          {LOCALES.map((code) => (
            // Each language is named in itself, so people can find their own in a UI they can't read.
            <option key={code} value={code} lang={code.replace('_', '-')}>
              {translate(code, `language_name_${code}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field checkbox">
        <input
          id="show-notice"
          type="checkbox"
          checked={settings.showNotice}
          onChange={(e) => onChange({ ...settings, showNotice: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for="show-notice">{t('options_show_notice')}</label>
      </div>
    </div>
  );
}
