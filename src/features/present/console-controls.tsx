import { useTranslation } from 'react-i18next';
import type { PresentAction } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { toggleFullscreen } from './use-present-keys';

interface Props {
  first: boolean;
  last: boolean;
  black: boolean;
  white: boolean;
  /** The slide's hidden parts, when it has any: how many the room has seen. */
  reveal?: { shown: number; total: number };
  onAction: (action: PresentAction) => void;
  onDialog: (dialog: 'goto' | 'help') => void;
}

/** The console's controls in one row of the header, always in view: turn, reveal, blank, go to, full screen, keys. */
export function ConsoleControls({ first, last, black, white, reveal, onAction, onDialog }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <div className="present-console__actions" role="group" aria-label={t('present.actions.label')}>
      <button type="button" className="button button--small" onClick={() => onAction({ type: 'prev' })} disabled={first}>
        ← {t('present.actions.previous')}
      </button>
      <button type="button" className="button button--small button--primary" onClick={() => onAction({ type: 'next' })} disabled={last && (!reveal || reveal.shown >= reveal.total)}>
        {t('present.actions.next')} →
      </button>
      {reveal && (
        <span className="present-console__reveal" role="group" aria-label={t('present.reveal.label')}>
          <button type="button" className="button button--small button--primary" onClick={() => onAction({ type: 'reveal' })} disabled={reveal.shown >= reveal.total}>
            {t('present.reveal.next')}
          </button>
          <span role="status">{t('present.reveal.status', { shown: f.number(reveal.shown), total: f.number(reveal.total) })}</span>
        </span>
      )}
      <button type="button" className="button button--small" aria-pressed={black} aria-keyshortcuts="B" onClick={() => onAction({ type: 'black' })}>
        {t('present.actions.black')}
      </button>
      <button type="button" className="button button--small" aria-pressed={white} aria-keyshortcuts="W" onClick={() => onAction({ type: 'white' })}>
        {t('present.actions.white')}
      </button>
      <button type="button" className="button button--small" onClick={() => onDialog('goto')} aria-keyshortcuts="G">
        {t('present.actions.goto')}
      </button>
      <button type="button" className="button button--small" onClick={toggleFullscreen} aria-keyshortcuts="F">
        {t('present.actions.fullscreen')}
      </button>
      <button type="button" className="button button--small" onClick={() => onDialog('help')} aria-keyshortcuts="?">
        {t('present.actions.help')}
      </button>
    </div>
  );
}
