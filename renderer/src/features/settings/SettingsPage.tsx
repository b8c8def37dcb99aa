import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UiLanguage } from '../../../../shared/domain/settings';
import { Detail, PageHeader, Section } from '../../components/Layout';
import { SelectField, TextField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { useAppData } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';

const MAX_PERSON = 200;

export function SettingsPage() {
  const { t } = useTranslation();
  const { info, settings, updateSettings } = useAppData();
  const { notify, showError } = useToast();
  const navigate = useNavigate();
  const [person, setPerson] = useState(settings.responsiblePerson);
  const [personError, setPersonError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const changeLanguage = async (value: string) => {
    const parsed = UiLanguage.safeParse(value);
    if (!parsed.success) return;
    const result = await updateSettings({ uiLanguage: parsed.data });
    if (!result.ok) showError(result.error);
  };

  const savePerson = async (event: FormEvent) => {
    event.preventDefault();
    if (person.trim().length > MAX_PERSON) {
      setPersonError('validation.tooLong');
      return;
    }
    setPersonError(undefined);
    setSaving(true);
    const result = await updateSettings({ responsiblePerson: person.trim() });
    setSaving(false);
    if (result.ok) notify(t('settings.saved'));
    else showError(result.error);
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('settings.title')} />
      <Section title={t('settings.interface')}>
        <div className="form-grid form-grid-narrow">
          <SelectField
            label={t('settings.language')}
            value={settings.uiLanguage}
            onChange={(e) => void changeLanguage(e.target.value)}
            options={UiLanguage.options.map((l) => ({ value: l, label: t(`settings.languages.${l}`) }))}
          />
        </div>
      </Section>
      <Section
        title={t('correspondence.settings.title')}
        actions={
          <button
            type="button"
            className="btn btn-small"
            onClick={() => navigate({ page: 'deadlineSettings' })}
          >
            {t('correspondence.settings.open')}
          </button>
        }
      >
        <p className="muted">{t('correspondence.settings.lead')}</p>
      </Section>
      <Section title={t('settings.audit')}>
        <form className="inline-form" noValidate onSubmit={(e) => void savePerson(e)}>
          <TextField
            label={t('settings.responsible')}
            value={person}
            maxLength={MAX_PERSON + 50}
            error={personError}
            hint={t('settings.responsibleHint', { osUser: info.osUser })}
            onChange={(e) => setPerson(e.target.value)}
            wide
          />
          <div className="button-row">
            <button type="submit" className="btn btn-primary" disabled={saving}>
              {t('common.save')}
            </button>
          </div>
        </form>
      </Section>
      <Section title={t('settings.storage')}>
        <dl className="details details-single">
          <Detail label={t('settings.dataDir')} wide>
            <code className="path">{info.dataDir}</code>
          </Detail>
          <Detail label={t('settings.databasePath')} wide>
            <code className="path">{info.databasePath}</code>
          </Detail>
        </dl>
      </Section>
      <Section title={t('settings.about')}>
        <dl className="details">
          <Detail label={t('settings.version')}>{info.version}</Detail>
          <Detail label={t('settings.schemaVersion')}>{info.schemaVersion}</Detail>
          <Detail label={t('settings.osUser')}>{info.osUser}</Detail>
        </dl>
      </Section>
    </div>
  );
}
