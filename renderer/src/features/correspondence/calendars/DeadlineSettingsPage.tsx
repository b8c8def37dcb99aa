import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/Layout';
import { useNavigate } from '../../../shell/routes';
import '../correspondence.css';
import './calendars.css';
import { CalendarPanel } from './CalendarPanel';
import { OrganisationSettingsSection } from './OrganisationSettingsSection';

/** Settings → «Сроки и календари»: working-day calendars and the correspondence settings per organisation. */
export function DeadlineSettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="page page-deadline-settings">
      <PageHeader
        title={t('correspondence.settings.title')}
        subtitle={t('correspondence.settings.subtitle')}
        back={{ label: t('correspondence.settings.back'), onClick: () => navigate({ page: 'settings' }) }}
      />
      <CalendarPanel />
      <OrganisationSettingsSection />
    </div>
  );
}
