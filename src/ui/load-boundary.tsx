import { Suspense, useState, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

interface Props {
  /** Said while the content loads. */
  loading: string;
  /** Said when it could not load. */
  failed: string;
  retry: string;
  children: ReactNode;
}

/** A part of a page that loads on demand: a loading line meanwhile, and a real retry if it fails. */
export function LoadBoundary({ loading, failed, retry, children }: Props) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary
      key={attempt}
      fallback={() => (
        <div className="load-error" role="alert">
          <p>{failed}</p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {retry}
          </button>
        </div>
      )}
    >
      <Suspense
        fallback={
          <p className="loading" role="status">
            {loading}
          </p>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
