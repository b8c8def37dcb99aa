import { Search } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../shared/domain/settings';
import { useAppData } from './appData';

const languages: readonly UiLanguage[] = ['ru', 'en'];

interface HeaderProps {
  onOrganisationChange: (id: number) => void;
  onSearch: () => void;
}

/** Always shows which organisation the user works on, and switches it. */
export function Header({ onOrganisationChange, onSearch }: HeaderProps) {
  const { t } = useTranslation();
  const { organisations, currentOrganisation, settings, updateSettings } = useAppData();
  const selectId = useId();
  const visible = organisations.filter((o) => !o.archivedAt || o.id === currentOrganisation?.id);

  return (
    <header className="topbar">
      <div className="org-switcher">
        <label htmlFor={selectId}>{t('header.currentOrganisation')}</label>
        <select
          id={selectId}
          value={currentOrganisation?.id ?? ''}
          onChange={(e) => onOrganisationChange(Number(e.target.value))}
        >
          {visible.map((o) => (
            <option key={o.id} value={o.id}>
              {o.archivedAt ? t('header.archivedOption', { name: o.name }) : o.name}
            </option>
          ))}
        </select>
        {currentOrganisation && (
          <span className="org-meta" title={t(`labels.jurisdiction.${currentOrganisation.jurisdiction}`)}>
            <span className="org-jurisdiction">{currentOrganisation.jurisdiction}</span>
            {t(`organisations.regNumberLabel.${currentOrganisation.jurisdiction}`)}{' '}
            <span className="mono">{currentOrganisation.registrationNumber}</span>
          </span>
        )}
      </div>
      <button type="button" className="search-trigger" onClick={onSearch} aria-keyshortcuts="Control+K">
        <Search size={15} aria-hidden="true" />
        {t('desktop.search.open')}
        <kbd aria-hidden="true">{t('desktop.search.shortcut')}</kbd>
      </button>
      <div className="lang-switch" role="group" aria-label={t('header.language')}>
        {languages.map((lang) => (
          <button
            key={lang}
            type="button"
            className="lang-button"
            aria-pressed={settings.uiLanguage === lang}
            onClick={() => void updateSettings({ uiLanguage: lang })}
          >
            {lang.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}
