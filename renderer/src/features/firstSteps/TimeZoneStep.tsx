import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CorrespondenceSettingsData,
  type CorrespondenceSettings,
} from '../../../../shared/domain/correspondenceSettings';
import { zoneDisplay } from '../../../../shared/format/timeZoneLabel';
import { SelectField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { asLang } from '../../i18n/format';
import { TIME_ZONES } from '../correspondence/calendars/timeZones';

interface TimeZoneStepProps {
  organisationId: number;
  settings: CorrespondenceSettings;
}

/**
 * The organisation's time zone, confirmed once: the zone in which a claim's last day ends at 24:00 and
 * a breach clock's hours are shown. Saved with the organisation's deadline settings (validated by
 * the same schema, audited as a change of those settings); until then the country's zone is assumed.
 */
export function TimeZoneStep({ organisationId, settings }: TimeZoneStepProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [zone, setZone] = useState(settings.timeZone);
  const [error, setError] = useState<string | undefined>(undefined);

  if (settings.saved)
    return <>{t('desktop.firstSteps.timeZoneDone', { zone: zoneDisplay(settings.timeZone, lang) })}</>;

  const save = async () => {
    const parsed = CorrespondenceSettingsData.safeParse({ ...settings, timeZone: zone });
    if (!parsed.success) {
      setError(parsed.error.issues.find((i) => i.path[0] === 'timeZone')?.message ?? 'validation.invalid');
      return;
    }
    const result = await run((api) =>
      api.correspondence.updateSettings({
        organisationId,
        data: parsed.data,
        expectedUpdatedAt: settings.updatedAt,
      }),
    );
    if (result.ok) notify(t('desktop.firstSteps.timeZoneSaved'));
  };

  return (
    <form
      className="first-steps-person"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <SelectField
        label={t('desktop.firstSteps.timeZoneLabel')}
        hint={t('desktop.firstSteps.timeZoneHint')}
        value={zone}
        error={error}
        options={[...new Set([...TIME_ZONES, settings.timeZone])].map((z) => ({
          value: z,
          label: zoneDisplay(z, lang),
        }))}
        onChange={(e) => {
          setZone(e.target.value);
          setError(undefined);
        }}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('desktop.firstSteps.timeZoneConfirm')}
      </button>
    </form>
  );
}
