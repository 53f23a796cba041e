import { useTranslation } from 'react-i18next';
import type { Answer, AttemptItem, QuizItemType } from '../../domain';
import { SingleQuestion, MultipleQuestion, TrueFalseQuestion } from './choice-question';
import { OrderingQuestion } from './ordering-question';
import { MatchingQuestion } from './matching-question';
import { NumericQuestion } from './numeric-question';
import { useLocalized } from './use-localized';

const typeLabel = {
  single: 'quiz.types.single',
  multiple: 'quiz.types.multiple',
  truefalse: 'quiz.types.truefalse',
  ordering: 'quiz.types.ordering',
  matching: 'quiz.types.matching',
  numeric: 'quiz.types.numeric',
} as const satisfies Record<QuizItemType, string>;

interface Props {
  entry: AttemptItem;
  number: string;
  answer: Answer | undefined;
  locked: boolean;
  onAnswer: (answer: Answer | undefined) => void;
}

/** One question: its scenario, its prompt as the group's name, and the input its type needs. */
export function Question({ entry, number, answer, locked, onAnswer }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { item, order } = entry;
  const promptId = `prompt-${entry.key.replace(/\W/g, '-')}`;
  return (
    <div className="question" role="group" aria-labelledby={promptId}>
      <p className="question__meta">
        <span>{number}</span> <span className="badge">{t(typeLabel[item.type])}</span>
      </p>
      {item.case && (
        <div className="question__case">
          <p className="question__case-label">{t('quiz.case')}</p>
          <p>{l(item.case)}</p>
        </div>
      )}
      <h2 className="question__prompt" id={promptId} tabIndex={-1}>
        {l(item.prompt)}
      </h2>
      {item.type === 'single' && <SingleQuestion item={item} order={order} answer={answer} locked={locked} onAnswer={onAnswer} />}
      {item.type === 'multiple' && <MultipleQuestion item={item} order={order} answer={answer} locked={locked} onAnswer={onAnswer} />}
      {item.type === 'truefalse' && <TrueFalseQuestion item={item} answer={answer} locked={locked} onAnswer={onAnswer} />}
      {item.type === 'ordering' && <OrderingQuestion item={item} order={order} answer={answer} locked={locked} onAnswer={onAnswer} />}
      {item.type === 'matching' && <MatchingQuestion item={item} order={order} answer={answer} locked={locked} onAnswer={onAnswer} />}
      {item.type === 'numeric' && <NumericQuestion item={item} answer={answer} locked={locked} onAnswer={onAnswer} />}
    </div>
  );
}
