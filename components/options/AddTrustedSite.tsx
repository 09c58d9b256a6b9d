import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';

export interface AddTrustedSiteProps {
  t: Translate;
  /** Try to trust what the user typed; returns false when it is not a valid site. */
  onAdd: (input: string) => boolean;
}

/** "Add a site by hand": a labelled text field; invalid input is refused with a visible message. */
export function AddTrustedSite({ t, onAdd }: AddTrustedSiteProps) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    if (onAdd(value)) {
      setValue('');
      setInvalid(false);
    } else {
      setInvalid(true);
    }
  };
  return (
    <form class="add-site" onSubmit={submit} noValidate>
      <label for="add-site-input">{t('options_add_label')}</label>
      <div class="row">
        <input
          id="add-site-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          dir="ltr"
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'add-site-error' : undefined}
          onInput={(e) => {
            setValue((e.currentTarget as HTMLInputElement).value);
            setInvalid(false);
          }}
        />
        <button type="submit">{t('options_add_button')}</button>
      </div>
      {invalid && (
        <p id="add-site-error" class="error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('options_add_invalid')}
        </p>
      )}
    </form>
  );
}
