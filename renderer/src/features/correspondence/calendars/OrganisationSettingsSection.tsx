import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBlock, Loading, Section } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { useAppData, useCurrentOrganisation } from '../../../shell/appData';
import { OrganisationSettingsForm } from './OrganisationSettingsForm';

/** Per organisation: number formats, time zone, signatory and executor of answers, breach targets. */
export function OrganisationSettingsSection() {
  const { t } = useTranslation();
  const { organisations } = useAppData();
  const current = useCurrentOrganisation();
  const selectId = useId();
  const [organisationId, setOrganisationId] = useState(current.id);
  const settings = useQuery(`correspondence:settings:${organisationId}`, (api) =>
    api.correspondence.getSettings({ organisationId }),
  );
  const organisation = organisations.find((o) => o.id === organisationId) ?? current;
  const data = settings.data?.organisationId === organisationId ? settings.data : undefined;

  return (
    <Section title={t('correspondence.orgSettings.title')}>
      <div className="filters filters-simple">
        <div className="filter filter-wide">
          <label htmlFor={selectId} className="filter-label">
            {t('correspondence.orgSettings.organisation')}
          </label>
          <select
            id={selectId}
            value={organisationId}
            onChange={(e) => setOrganisationId(Number(e.target.value))}
          >
            {organisations
              .filter((o) => !o.archivedAt || o.id === organisationId)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </div>
        {data && !data.saved && <p className="search-hint">{t('correspondence.orgSettings.defaults')}</p>}
      </div>
      {settings.error && !data && <ErrorBlock error={settings.error} onRetry={settings.reload} />}
      {!settings.error && !data && <Loading />}
      {data && (
        <OrganisationSettingsForm
          key={`${organisationId}:${data.updatedAt ?? ''}`}
          settings={data}
          organisation={organisation}
          onSaved={settings.reload}
        />
      )}
    </Section>
  );
}
