import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The button that signs in through the company's identity provider: a plain link, as the sign-in
 * leaves the page for the provider and comes back. A slow provider keeps the browser on this page
 * a while after the click, so a line below the button then says that its sign-in page is on its way.
 */
export function CompanySignInLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [going, setGoing] = useState(false);
  useEffect(() => {
    // Back here from the provider (the browser's page cache): not on the way anywhere.
    const shown = () => setGoing(false);
    window.addEventListener('pageshow', shown);
    return () => window.removeEventListener('pageshow', shown);
  }, []);
  return (
    <>
      <div className="button-row">
        <a className="button button--primary" href={href} onClick={() => setGoing(true)}>
          {children}
        </a>
      </div>
      {going && (
        <p className="hint" role="status">
          {t('signIn.going')}
        </p>
      )}
    </>
  );
}
