import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSVG } from 'uqr';
import { paths } from '../../config/paths';
import { remoteLinkHash, type ConsoleRemoteInput, type ConsoleRemoteLink, type RemoteCommand } from '../../domain';
import { downloadResults, useRoomReach } from './use-room-reach';

/** The live feature's hook: says where the console is, passes on the remote's commands, and gives the session. */
export type UseConsoleRemote = (input: ConsoleRemoteInput, onCommand: (command: RemoteCommand) => void) => ConsoleRemoteLink | undefined;

interface Props {
  moduleId: string;
  /** This console's id: the remote and the remote screen follow this console only. */
  source: string;
  remote: ConsoleRemoteLink | undefined;
}

/**
 * The room around the console: a warning when phones cannot reach the server, the phone remote's
 * QR code (it carries the trainer's key, so only the trainer should scan it), the audience screen
 * for another computer, and the session's results once there are some.
 */
export function ConsoleRoom({ moduleId, source, remote }: Props) {
  const { t, i18n } = useTranslation();
  const reach = useRoomReach();
  const [failed, setFailed] = useState(false);
  const base = reach?.base ?? location.origin;
  const remoteUrl = remote ? `${base}${paths.presentRemote.href(moduleId)}${remoteLinkHash({ code: remote.code, key: remote.key, console: source })}` : '';
  const qr = useMemo(() => (remoteUrl ? `data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(remoteUrl, { border: 2 }))}` : ''), [remoteUrl]);
  const download = async (format: 'csv' | 'xlsx') => {
    if (!remote) return;
    setFailed(!(await downloadResults(remote.code, remote.key, format, i18n.language)));
  };
  return (
    <section className="present-room" aria-labelledby="present-room-title">
      <h2 id="present-room-title" className="present-console__label">
        {t('present.room.title')}
      </h2>
      {reach?.loopbackOnly && (
        <p className="present-room__warning" role="note">
          {t('present.room.loopback')} <code>HOST=0.0.0.0 npm start</code>
        </p>
      )}
      {remote ? (
        <>
          <div className="present-room__remote">
            <img src={qr} alt={t('present.room.remoteQr')} width={120} height={120} />
            <div>
              <p className="hint">{t('present.room.remoteHint')}</p>
              <a href={remoteUrl} target="_blank" rel="noreferrer">
                {t('present.room.openRemote')}
              </a>
            </div>
          </div>
          <p>
            <a href={`${base}${paths.presentScreen.href(moduleId, undefined, remote.code)}&console=${encodeURIComponent(source)}`} target="_blank" rel="noreferrer">
              {t('present.room.remoteScreen')}
            </a>
          </p>
          <div className="present-room__results" role="group" aria-label={t('present.room.results')}>
            <button type="button" className="button button--small" onClick={() => void download('csv')}>
              {t('present.room.resultsCsv')}
            </button>
            <button type="button" className="button button--small" onClick={() => void download('xlsx')}>
              {t('present.room.resultsXlsx')}
            </button>
          </div>
          {failed && (
            <p role="alert" className="field-error">
              {t('present.room.resultsFailed')}
            </p>
          )}
        </>
      ) : (
        <p className="hint">{t('present.room.noSession')}</p>
      )}
    </section>
  );
}
