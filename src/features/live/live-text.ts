import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/use-formatters';

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

type Text = Record<string, string>;

/**
 * What the phone, the audience screen and the console say of a question: its prompt (a SMART
 * round the trainer gave no words of its own asks for a goal for the scenario's company and
 * year), and, for a Q&A round, which takes questions rather than answers, how many were asked.
 */
export function useQuestionText() {
  const { t } = useTranslation();
  const text = useText();
  const f = useFormatters();
  return {
    prompt: (q: { kind: string; prompt: Text; scenario?: { name: Text; year: number } }) =>
      q.kind === 'smart' && Object.keys(q.prompt).length === 0
        ? t('live.smartCall', { company: q.scenario ? text(q.scenario.name) : t('live.yourCompany'), year: q.scenario ? f.plain(q.scenario.year) : '' })
        : text(q.prompt),
    questionCount: (n: number) => t('live.screen.questions', { count: n, formatted: f.number(n) }),
  };
}
