import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicQuestion } from '../../domain';
import { optionLabel, useText } from './live-text';
import { useFormatters } from '../../ui/use-formatters';

export type PhoneAnswer = { optionIds?: string[]; text?: string; rating?: number };

/** The phone's answer form for each kind of question: options, a rating, or words of its own. */
export function PhoneAnswerForm({ question, disabled, onAnswer }: { question: PublicQuestion; disabled: boolean; onAnswer: (a: PhoneAnswer) => void }) {
  if (question.kind === 'poll' || question.kind === 'quiz') return <OptionsForm question={question} disabled={disabled} onAnswer={onAnswer} />;
  if (question.kind === 'rating') return <RatingForm question={question} disabled={disabled} onAnswer={onAnswer} />;
  if (question.kind === 'qa') return null;
  return <TextForm kind={question.kind} disabled={disabled} onAnswer={onAnswer} />;
}

function OptionsForm({ question, disabled, onAnswer }: { question: Extract<PublicQuestion, { kind: 'poll' | 'quiz' }>; disabled: boolean; onAnswer: (a: PhoneAnswer) => void }) {
  const { t } = useTranslation();
  const text = useText();
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const many = question.kind === 'quiz' && question.multiple;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.length) onAnswer({ optionIds: chosen });
      }}
    >
      <fieldset className="live-options" disabled={disabled}>
        <legend className="visually-hidden">{text(question.prompt)}</legend>
        {many && <p className="hint">{t('live.chooseMany')}</p>}
        {question.options.map((o, i) => (
          <label key={o.id} className={`live-option live-option--${i % 4}`}>
            <input
              type={many ? 'checkbox' : 'radio'}
              name={`${id}-option`}
              checked={chosen.includes(o.id)}
              onChange={(e) => setChosen((c) => (many ? (e.target.checked ? [...c, o.id] : c.filter((x) => x !== o.id)) : [o.id]))}
            />
            <span>{optionLabel(t, text, o)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary live-phone__send" disabled={disabled || !chosen.length}>
        {t('live.answer')}
      </button>
    </form>
  );
}

function RatingForm({ question, disabled, onAnswer }: { question: Extract<PublicQuestion, { kind: 'rating' }>; disabled: boolean; onAnswer: (a: PhoneAnswer) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const text = useText();
  const id = useId();
  const [rating, setRating] = useState<number | undefined>();
  const values = Array.from({ length: question.max }, (_, i) => i + 1);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (rating) onAnswer({ rating });
      }}
    >
      <fieldset className="live-rating" disabled={disabled} aria-describedby={`${id}-ends`}>
        <legend className="visually-hidden">{text(question.prompt)}</legend>
        <p id={`${id}-ends`} className="hint">
          {t('live.rating.ends', { max: f.number(question.max), low: text(question.low), high: text(question.high) })}
        </p>
        <div className="live-rating__scale">
          {values.map((v) => (
            <label key={v} className="live-rating__value">
              <input type="radio" name={`${id}-rating`} checked={rating === v} onChange={() => setRating(v)} />
              <span>{f.number(v)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button--primary live-phone__send" disabled={disabled || !rating}>
        {t('live.answer')}
      </button>
    </form>
  );
}

const textLabels = {
  smart: { label: 'live.goalLabel', hint: 'live.goalHint' },
  objection: { label: 'live.replyLabel', hint: 'live.replyHint' },
  open: { label: 'live.openLabel', hint: 'live.openHint' },
} as const;

function TextForm({ kind, disabled, onAnswer }: { kind: 'smart' | 'objection' | 'open'; disabled: boolean; onAnswer: (a: PhoneAnswer) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onAnswer({ text: value });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{t(textLabels[kind].label)}</label>
        <textarea id={`${id}-text`} rows={kind === 'open' ? 2 : 4} value={value} maxLength={1000} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(e) => setValue(e.target.value)} />
        <p id={`${id}-hint`} className="hint">
          {t(textLabels[kind].hint)}
        </p>
      </div>
      <button type="submit" className="button button--primary live-phone__send" disabled={disabled || !value.trim()}>
        {t('live.answer')}
      </button>
    </form>
  );
}
