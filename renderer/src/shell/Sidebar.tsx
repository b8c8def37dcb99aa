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
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaBadges } from '../../../shared/domain/agenda';
import { useQuery } from '../hooks/useQuery';
import type { Section } from './routes';

const BADGE_REFRESH_MS = 5 * 60_000;

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
  // Overdue counts: reloaded on every change of section and every few minutes.
  const badges = useQuery(`agenda:badges:${active}`, (api) => api.agenda.badges());
  const { reload } = badges;
  useEffect(() => {
    const timer = window.setInterval(reload, BADGE_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  const countOf = (section: Section): number =>
    section in (badges.data ?? {}) ? (badges.data?.[section as keyof AgendaBadges] ?? 0) : 0;
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
            const count = countOf(section);
            return (
              <li key={section}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={section === active ? 'page' : undefined}
                  aria-describedby={count > 0 ? `nav-badge-${section}` : undefined}
                  onClick={() => onSelect(section)}
                >
                  <Icon className="nav-icon" size={18} strokeWidth={1.8} aria-hidden="true" />
                  {t(`nav.${section}`)}
                  {count > 0 && (
                    <span className="nav-badge" aria-hidden="true" title={t('agenda.badge', { count })}>
                      {count}
                    </span>
                  )}
                </button>
                {count > 0 && (
                  <span id={`nav-badge-${section}`} className="visually-hidden">
                    {t('agenda.badge', { count })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
    </aside>
  );
}
