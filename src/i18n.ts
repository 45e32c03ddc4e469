/** Messages are zh-CN by default (the users are budget clerks), English on request. */

export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** A datum of a message: a plain value, or a text in both languages (picked by the message's locale). */
export type MessageValue = string | number | boolean | null | undefined | LocalizedText;
export type MessageData = Readonly<Record<string, MessageValue>>;

export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText)['zh-CN'] === 'string' && typeof (value as LocalizedText).en === 'string';
}

function show(value: MessageValue, locale: Locale): string | undefined {
  if (value === undefined || value === null) return undefined;
  return isLocalizedText(value) ? value[locale] : String(value);
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/**
 * Fills `{{name}}` slots, a localised datum in the given locale; an unknown slot stays visible so
 * a missing datum is noticed, not hidden.
 */
export function interpolate(template: string, data: MessageData | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, key: string) => show(data[key], locale) ?? whole);
}

export function localize(text: LocalizedText, locale: Locale, data?: MessageData): string {
  return interpolate(text[locale] ?? text['zh-CN'], data, locale);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}
