import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { Section } from '../../../components/Layout';
import { showText } from '../../../i18n/format';
import { showZoned } from '../zonedTime';
import { RecordNotificationDialog } from './RecordNotificationDialog';

interface NotificationsSectionProps {
  incident: BreachIncident;
  onChanged: (incident: BreachIncident) => void;
}

/** Who was notified, when, how, with which reference; a recorded notice stops its clock. */
export function NotificationsSection({ incident, onChanged }: NotificationsSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const titleOf = (ruleId: string) => incident.clocks.find((c) => c.ruleId === ruleId)?.titleRu ?? ruleId;
  return (
    <Section
      title={t('breaches.notifications.title')}
      actions={
        <button
          type="button"
          className="btn"
          disabled={incident.status === 'closed'}
          onClick={() => setOpen(true)}
        >
          {t('breaches.notifications.record')}
        </button>
      }
    >
      {incident.notifications.length === 0 ? (
        <p className="muted">{t('breaches.notifications.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table is-static" aria-label={t('breaches.notifications.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('breaches.notifications.fields.sentAt')}</th>
                <th scope="col">{t('breaches.notifications.fields.addressee')}</th>
                <th scope="col">{t('breaches.notifications.fields.channel')}</th>
                <th scope="col">{t('breaches.notifications.fields.reference')}</th>
                <th scope="col">{t('breaches.notifications.fields.documentKind')}</th>
                <th scope="col">{t('breaches.notifications.stopped')}</th>
              </tr>
            </thead>
            <tbody>
              {incident.notifications.map((n) => (
                <tr key={n.id}>
                  <td>{showZoned(n.sentAt, incident.timeZone)}</td>
                  <td>
                    {t(`breaches.notifications.addressee.${n.addressee}`)}
                    {n.addresseeName && ` — ${n.addresseeName}`}
                    <div className="muted">{t(`breaches.notifications.purpose.${n.purpose}`)}</div>
                  </td>
                  <td>{t(`breaches.notifications.channel.${n.channel}`)}</td>
                  <td>{showText(n.reference)}</td>
                  <td>{showText(n.documentKind)}</td>
                  <td>{n.stoppedClocks.length > 0 ? n.stoppedClocks.map(titleOf).join('; ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <RecordNotificationDialog
          incident={incident}
          onClose={() => setOpen(false)}
          onSaved={(next) => {
            setOpen(false);
            onChanged(next);
          }}
        />
      )}
    </Section>
  );
}
