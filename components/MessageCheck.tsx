import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { checkMessage, type MessageVerdict } from '@/lib/message';
import { MessageResult } from './MessageResult';

export interface MessageCheckProps {
  t: Translate;
  locale: string;
  /** Text to check at once (the link a person right-clicked: "Check this link"). */
  initialText?: string;
  /** The checker. @default checkMessage (lib/message) */
  check?: (text: string) => MessageVerdict;
  /** Wait after the last keystroke before checking. @default 250 */
  debounceMs?: number;
}

/**
 * "Check a message": a text box and the verdict on what is in it. The text lives only in this
 * component's memory: it is never stored or sent (the checker is the pure lib/message engine),
 * and it is gone when the popup closes. Checking waits until typing pauses, so a 1 MB paste does
 * not run the checker on every keystroke.
 */
export function MessageCheck({ t, locale, initialText = '', check = checkMessage, debounceMs = 250 }: MessageCheckProps) {
  const [text, setText] = useState(initialText);
  const [verdict, setVerdict] = useState<MessageVerdict | null>(() => (initialText.trim() ? check(initialText) : null));
  const box = useRef<HTMLTextAreaElement>(null);

  // A link handed in later (the popup reads it after mounting) replaces the box's text.
  useEffect(() => {
    if (!initialText) return;
    setText(initialText);
    setVerdict(check(initialText));
  }, [initialText, check]);

  useEffect(() => {
    if (text.trim() === '') {
      setVerdict(null);
      return undefined;
    }
    const timer = setTimeout(() => setVerdict(check(text)), debounceMs);
    return () => clearTimeout(timer);
  }, [text, check, debounceMs]);

  return (
    <div class="message-check">
      <h2 class="sr-only">{t('popup_tab_message')}</h2>
      <label class="message-label" for="message-input">
        {t('message_label')}
      </label>
      <textarea
        id="message-input"
        ref={box}
        class="message-input"
        rows={5}
        value={text}
        spellcheck={false}
        autocomplete="off"
        aria-describedby="message-privacy"
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id="message-privacy" class="muted small">
        {t('message_privacy')}
      </p>
      <div class="message-actions">
        <button
          type="button"
          class="button"
          disabled={text === ''}
          onClick={() => {
            setText('');
            box.current?.focus();
          }}
        >
          {t('message_clear')}
        </button>
      </div>
      <section aria-labelledby="message-result-heading">
        <h3 id="message-result-heading" class="sr-only">
          {t('message_result_heading')}
        </h3>
        {verdict ? <MessageResult verdict={verdict} locale={locale} t={t} /> : <p class="muted">{t('message_empty')}</p>}
      </section>
    </div>
  );
}
