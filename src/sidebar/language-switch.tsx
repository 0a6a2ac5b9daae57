/**
 * The sidebar's language switch (English / 日本語), beside the step heading so it takes no
 * line of its own: the priorities step's live top list must start within a 720-pixel window.
 */
import { LANGUAGES, type Language } from '../shared/i18n/language';
import { LANGUAGE_NAMES, type SidebarText } from '../shared/i18n/sidebar';

/** A compact select; disabled until a draft exists to keep the choice in. */
export function LanguageSwitch(props: {
  t: SidebarText;
  language: Language;
  disabled: boolean;
  onChange: (language: string) => void;
}) {
  return (
    <select
      id="language"
      class="language"
      aria-label={props.t.language}
      title={props.t.language}
      value={props.language}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
