import {
  ScrollText,
  Archive,
  BookUser,
  CalendarClock,
  Building2,
  DatabaseBackup,
  FileUp,
  Mail,
  Settings,
  ShieldAlert,
  ShieldCheck,
  type LucideIcon,
} from 'lucide-react';
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

const icons: Record<Section, LucideIcon> = {
  deadlines: CalendarClock,
  correspondence: Mail,
  breaches: ShieldAlert,
  recipients: Archive,
  imports: FileUp,
  subjects: BookUser,
  organisations: Building2,
  policies: ScrollText,
  audit: ShieldCheck,
  backups: DatabaseBackup,
  settings: Settings,
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
          {sections.map((section) => {
            const Icon = icons[section];
            return (
              <li key={section}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={section === active ? 'page' : undefined}
                  onClick={() => onSelect(section)}
                >
                  <Icon className="nav-icon" size={18} strokeWidth={1.8} aria-hidden="true" />
                  {t(`nav.${section}`)}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
    </aside>
  );
}
