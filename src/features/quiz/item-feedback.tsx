import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import { scoreItem, type Answer, type AttemptItem, type ItemStatus } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { useLocalized } from './use-localized';
import { YourAnswer } from './your-answer';

const statusText = {
  correct: 'quiz.status.correct',
  partial: 'quiz.status.partial',
  wrong: 'quiz.status.wrong',
  unanswered: 'quiz.status.unanswered',
  invalid: 'quiz.status.invalid',
} as const satisfies Record<ItemStatus, string>;

/** Right or wrong, the right answer, what the chosen option's feedback says, why, and where to read more. */
export function ItemFeedback({ entry, answer, showAnswer = false }: { entry: AttemptItem; answer: Answer | undefined; showAnswer?: boolean }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const l = useLocalized();
  const { item } = entry;
  const result = scoreItem(item, answer);
  const slide = findModule(i18n.language as Locale, entry.moduleId)?.slides.find((s) => s.id === item.slide);
  const chosenFeedback =
    (item.type === 'single' || item.type === 'multiple') && answer
      ? item.options.filter((o) => o.feedback && (answer.type === 'single' ? answer.optionId === o.id : answer.type === 'multiple' && answer.optionIds.includes(o.id)))
      : [];

  return (
    <div className={`feedback feedback--${result.status}`}>
      <p className="feedback__status" tabIndex={-1}>{t(statusText[result.status], { score: f.ratio(result.score) })}</p>
      {showAnswer && answer && result.status !== 'correct' && chosenFeedback.length === 0 && <YourAnswer entry={entry} answer={answer} />}
      {result.status !== 'correct' && <RightAnswer entry={entry} />}
      {chosenFeedback.map((o) => (
        <p key={o.id} className="feedback__option">
          <span className="feedback__option-text">{l(o.text)}</span> {l(o.feedback!)}
        </p>
      ))}
      <p className="feedback__explanation">
        <strong>{t('quiz.explanation')}</strong> {l(item.explanation)}
      </p>
      {slide && (
        <Link to={paths.module.href(entry.moduleId, slide.id)}>{t('quiz.reviewSlide', { title: slide.title })}</Link>
      )}
    </div>
  );
}

function RightAnswer({ entry }: { entry: AttemptItem }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const l = useLocalized();
  const { item } = entry;
  let content;
  switch (item.type) {
    case 'single':
      content = item.options.filter((o) => o.correct).map((o) => l(o.text)).join(' · ');
      break;
    case 'multiple':
      // Several right options read as a list, one a line, never as one joined sentence.
      return (
        <div className="feedback__right">
          <strong>{t('quiz.rightAnswer')}</strong>
          <ul className="feedback__right-list">
            {item.options
              .filter((o) => o.correct)
              .map((o) => (
                <li key={o.id}>{l(o.text)}</li>
              ))}
          </ul>
        </div>
      );
    case 'truefalse':
      content = item.answer ? t('quiz.true') : t('quiz.false');
      break;
    case 'ordering':
      content = item.entries.map((e, i) => `${f.number(i + 1)}. ${l(e.text)}`).join('  ');
      break;
    case 'matching':
      content = item.pairs.map((p) => `${l(p.left)} → ${l(p.right)}`).join(' · ');
      break;
    case 'numeric':
      content = `${f.number(item.answer)}${item.unit ? ` ${l(item.unit)}` : ''}`;
      break;
  }
  return (
    <p className="feedback__right">
      <strong>{t('quiz.rightAnswer')}</strong> {content}
    </p>
  );
}
