import { useTranslation } from 'react-i18next';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { showInstant } from '../../i18n/format';
import { useNavigate } from '../../shell/routes';
import { referenceText } from './referenceText';

/** A start-up finding about the audit trail, shown until the officer acknowledges it. */
export function AuditAlarm({
  onAcknowledged,
  showLink = false,
}: {
  onAcknowledged?: () => void;
  showLink?: boolean;
}) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const navigate = useNavigate();
  const state = useQuery('audit:startupCheck', (api) => api.audit.startupCheck());
  const alarm = state.data?.alarm;
  if (!alarm) return null;
  const acknowledge = async () => {
    const result = await run((api) => api.audit.acknowledge());
    if (result.ok) {
      notify(t('auditAlarm.acknowledged'));
      state.reload();
      onAcknowledged?.();
    }
  };
  const anchor = referenceText(t, alarm.anchor, alarm.anchor.foundCount);
  return (
    <div className="error-block audit-alarm" role="alert">
      <p>
        <strong>{t('auditAlarm.title')}</strong>
      </p>
      <p>{t('auditTrail.verify.startup', { at: showInstant(alarm.checkedAt), state: anchor })}</p>
      {alarm.firstBrokenId !== null && (
        <p>{t('auditTrail.verify.chainBroken', { id: String(alarm.firstBrokenId) })}</p>
      )}
      <div className="button-row">
        {showLink && (
          <button type="button" className="btn btn-small" onClick={() => navigate({ page: 'audit' })}>
            {t('auditAlarm.open')}
          </button>
        )}
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void acknowledge()}>
          {t('auditAlarm.acknowledge')}
        </button>
      </div>
    </div>
  );
}
