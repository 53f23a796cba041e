import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLY_MAX } from '../../domain';
import { safeStorage } from '../../stores/safe-storage';
import { storageKey } from '../../stores/storage-keys';
import { useFormatters } from '../../ui/use-formatters';
import { ReplyLength, replyTooLong } from './reply-length';

/** Where a reply being written waits, one per role-play: which run and turn it belongs to, and its text. */
const draftKey = (scenarioId: string) => storageKey(`roleplay-draft:${scenarioId}`);

function readDraft(scenarioId: string, turn: string): string {
  try {
    const d = JSON.parse(safeStorage.get(draftKey(scenarioId)) ?? 'null') as { turn?: unknown; text?: unknown } | null;
    return d && d.turn === turn && typeof d.text === 'string' ? d.text : '';
  } catch {
    return '';
  }
}

interface Props {
  /** The role-play, and the run and turn the reply is for: a draft of another turn is never shown. */
  scenarioId: string;
  turn: string;
  boxRef: RefObject<HTMLTextAreaElement | null>;
  onSend: (text: string) => void;
  onPickInstead: () => void;
}

/** The trainee's reply in their own words; an empty or too long reply gets a clear message, nothing is sent and nothing typed is lost. */
export function OwnWordsReply({ scenarioId, turn, boxRef, onSend, onPickInstead }: Props) {
  const { t } = useTranslation();
  // Kept on the device as it is typed: leaving the page or a reload does not lose the reply.
  const [text, setTextState] = useState(() => readDraft(scenarioId, turn));
  const setText = (value: string) => {
    setTextState(value);
    if (value) safeStorage.set(draftKey(scenarioId), JSON.stringify({ turn, text: value }));
    else safeStorage.remove(draftKey(scenarioId));
  };
  const f = useFormatters();
  const [problem, setProblem] = useState<'empty' | 'long' | null>(null);
  const id = useId();
  const send = () => {
    const wrong = !text.trim() ? 'empty' : replyTooLong(text.trim()) ? 'long' : null;
    setProblem(wrong);
    if (wrong) {
      boxRef.current?.focus();
      return;
    }
    onSend(text.trim());
    setText('');
  };
  return (
    <form
      className="field"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor={`${id}-own`}>{t('roleplay.ownLabel')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('roleplay.ownHint')}
      </p>
      <textarea
        id={`${id}-own`}
        ref={boxRef}
        rows={3}
        value={text}
        aria-describedby={problem ? `${id}-hint ${id}-count ${id}-error` : `${id}-hint ${id}-count`}
        aria-invalid={problem !== null || replyTooLong(text) || undefined}
        onChange={(e) => {
          setText(e.target.value);
          // The reason answered the last Send; the counter below goes on saying whether the reply fits.
          setProblem(null);
        }}
      />
      <ReplyLength id={`${id}-count`} text={text} />
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problem === 'empty' ? t('roleplay.emptyReply') : t('roleplay.longReply', { max: f.number(REPLY_MAX) })}
        </p>
      )}
      <div className="done__actions">
        <button type="submit" className="button button--primary">
          {t('roleplay.send')}
        </button>
        <button type="button" className="button" onClick={onPickInstead}>
          {t('roleplay.pickInstead')}
        </button>
      </div>
    </form>
  );
}
