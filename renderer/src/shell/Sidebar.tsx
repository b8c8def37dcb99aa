import { useTranslation } from 'react-i18next';
import type { Section } from './routes';

const sections: readonly Section[] = [
  'deadlines',
  'correspondence',
  'breaches',
  'recipients',
  'imports',
  'subjects',
  'organisations',
  'policies',
  'audit',
  'backups',
  'settings',
];

const icons: Record<Section, string> = {
  deadlines: '◷',
  correspondence: '✉',
  breaches: '⚠',
  recipients: '▤',
  imports: '⤓',
  subjects: '☺',
  organisations: '⌂',
  policies: '§',
  audit: '✓',
  backups: '⟲',
  settings: '⚙',
};

interface SidebarProps {
  active: Section;
  onSelect: (section: Section) => void;
}

export function Sidebar({ active, onSelect }: SidebarProps) {
  const { t } = useTranslation();
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          CD
        </span>
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          {sections.map((section) => (
            <li key={section}>
              <button
                type="button"
                className="nav-item"
                aria-current={section === active ? 'page' : undefined}
                onClick={() => onSelect(section)}
              >
                <span className="nav-icon" aria-hidden="true">
                  {icons[section]}
                </span>
                {t(`nav.${section}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
