import { LOCALES, langTag, type LocaleCode, type Translate } from '@/lib/i18n';

export type LanguageSetting = 'auto' | LocaleCode;

export interface LanguagePickerProps {
  value: LanguageSetting;
  onChange: (value: LanguageSetting) => void;
  t: Translate;
}

function isSetting(v: string): v is LanguageSetting {
  return v === 'auto' || (LOCALES as readonly string[]).includes(v);
}

/** Language menu: "Same as browser" or one of the six UI languages, each named in its own language. */
export function LanguagePicker({ value, onChange, t }: LanguagePickerProps) {
  return (
    <label class="language-picker">
      <span>{t('popup_language_label')}</span>
      <select
        value={value}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          if (isSetting(v)) onChange(v);
        }}
      >
        <option value="auto">{t('options_language_auto')}</option>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={langTag(code)}>
            {t(`language_name_${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
