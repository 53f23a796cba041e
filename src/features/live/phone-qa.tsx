import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QA_TEXT_MAX, type QaView } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

/** The Q&A round on a phone: ask a question, upvote the room's, see which the trainer answered. */
export function PhoneQa({ entries, onAsk, onVote }: { entries: QaView[]; onAsk: (text: string) => void; onVote: (id: string) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const id = useId();
  const [text, setText] = useState('');
  return (
    <div className="live-qa">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          onAsk(text);
          setText('');
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-ask`}>{t('live.qa.ask')}</label>
          <textarea id={`${id}-ask`} rows={2} maxLength={QA_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary" disabled={!text.trim()}>
          {t('live.qa.send')}
        </button>
      </form>
      <ul className="live-qa__list" aria-label={t('live.qa.list')}>
        {entries.map((e) => (
          <li key={e.id} className={e.answered ? 'live-qa__entry live-qa__entry--answered' : 'live-qa__entry'}>
            <span id={`${id}-${e.id}`} className="live-qa__text">
              {e.text}
            </span>
            {e.answered && <span className="live-qa__done">{t('live.qa.answered')}</span>}
            <button type="button" className="button button--small live-qa__vote" aria-pressed={Boolean(e.mine)} aria-describedby={`${id}-${e.id}`} disabled={e.answered} onClick={() => onVote(e.id)}>
              {t('live.qa.upvote', { count: e.votes, formatted: f.number(e.votes) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
