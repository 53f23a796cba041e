import { useTranslation } from 'react-i18next';

/** Text in the reader's language, else whatever language the trainer wrote it in. */
export function useText() {
  const { i18n } = useTranslation();
  return (text: Record<string, string>) => text[i18n.language] ?? Object.values(text)[0] ?? '';
}

/** An option's label; true/false options have no text of their own and are named in the reader's language. */
export function optionLabel(t: (key: 'live.true' | 'live.false') => string, text: (x: Record<string, string>) => string, option: { id: string; text: Record<string, string> }) {
  if (Object.keys(option.text).length === 0 && (option.id === 'true' || option.id === 'false')) return t(option.id === 'true' ? 'live.true' : 'live.false');
  return text(option.text);
}
