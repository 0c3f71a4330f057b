// The language numbers are written in (3.321 in Vietnamese, 3,321 in English), kept apart
// from the i18n context so that format.ts can read it without importing React code.
export type FormatLanguage = 'vi' | 'en';

let current: FormatLanguage = 'vi';

/** Set by the i18n provider whenever the user switches, before the pages render again. */
export function setFormatLanguage(language: FormatLanguage): void {
  current = language;
}

export function formatLanguage(): FormatLanguage {
  return current;
}
