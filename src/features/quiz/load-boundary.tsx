import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../ui/error-boundary';

/** Shows a loading line while banks load, and a retry when they cannot. */
export function LoadBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary
      key={attempt}
      fallback={() => (
        <div className="load-error" role="alert">
          <p>{t('quiz.loadFailed')}</p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('reader.retry')}
          </button>
        </div>
      )}
    >
      <Suspense fallback={<p className="loading" role="status">{t('quiz.loading')}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}
