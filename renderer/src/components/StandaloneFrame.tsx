import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of screens shown without the sidebar (first run, recovery): a brand bar and the content. */
export function StandaloneFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="standalone">
      <div className="standalone-bar">
        <span className="brand-mark" aria-hidden="true">
          CD
        </span>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <main className="standalone-main">{children}</main>
    </div>
  );
}
