import { DateField } from '../../../components/dates/DateField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import {
  NotificationAddressee,
  NotificationChannel,
  NotificationPurpose,
} from '../../../../../shared/domain/breachClock';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../../components/Field';
import { FormDialog } from '../../correspondence/FormDialog';
import { useSubmit } from '../useSubmit';
import { zoneDisplay } from '../../../../../shared/format/timeZoneLabel';
import { asLang } from '../../../i18n/format';
import { fromZonedInput, toZonedInput } from '../zonedTime';
import { DOCUMENT_KINDS } from './documentKinds';

interface RecordNotificationDialogProps {
  incident: BreachIncident;
  onClose: () => void;
  onSaved: (incident: BreachIncident) => void;
}

/** Records a notification that was sent; the clocks it answers stop. */
export function RecordNotificationDialog({ incident, onClose, onSaved }: RecordNotificationDialogProps) {
  const { t, i18n } = useTranslation();
  const zone = incident.timeZone;
  const [addressee, setAddressee] = useState<NotificationAddressee>('regulator');
  const [purpose, setPurpose] = useState<NotificationPurpose>('initial');
  const [addresseeName, setAddresseeName] = useState('');
  const [recipientId, setRecipientId] = useState('');
  const [sentAt, setSentAt] = useState(() => toZonedInput(new Date().toISOString(), zone));
  const [channel, setChannel] = useState<NotificationChannel>('portal');
  const [reference, setReference] = useState('');
  const [documentKind, setDocumentKind] = useState('');
  const [note, setNote] = useState('');
  const [attachFile, setAttachFile] = useState(false);
  const { busy, error, fieldErrors, submit } = useSubmit();

  const save = async () => {
    const next = await submit((api) =>
      api.breaches.recordNotification({
        incidentId: incident.id,
        addressee,
        purpose,
        addresseeName,
        recipientId: addressee === 'recipient' && recipientId ? Number(recipientId) : null,
        sentAt: fromZonedInput(sentAt, zone),
        channel,
        reference,
        documentKind: documentKind ? t(`breaches.documents.${documentKind as 'breachReport'}`) : '',
        note,
        attachFile,
      }),
    );
    if (next) onSaved(next);
  };

  const opts = <V extends string>(values: readonly V[], prefix: 'addressee' | 'purpose' | 'channel') =>
    values.map((v) => ({
      value: v,
      label: t(`breaches.notifications.${prefix}.${v}` as 'breaches.notifications.addressee.regulator'),
    }));

  return (
    <FormDialog
      title={t('breaches.notifications.dialogTitle', { number: incident.number })}
      submitLabel={t('breaches.notifications.save')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onClose={onClose}
      busy={busy}
      error={error}
      size="large"
    >
      <div className="form-grid">
        <SelectField
          label={t('breaches.notifications.fields.addressee')}
          required
          value={addressee}
          onChange={(e) => setAddressee(NotificationAddressee.parse(e.target.value))}
          options={opts(NotificationAddressee.options, 'addressee')}
          error={fieldErrors.addressee}
          data-autofocus
        />
        <SelectField
          label={t('breaches.notifications.fields.purpose')}
          value={purpose}
          onChange={(e) => setPurpose(NotificationPurpose.parse(e.target.value))}
          options={opts(NotificationPurpose.options, 'purpose')}
          error={fieldErrors.purpose}
        />
        {addressee === 'recipient' && (
          <SelectField
            label={t('breaches.notifications.fields.recipient')}
            value={recipientId}
            placeholder={t('breaches.notifications.chooseRecipient')}
            onChange={(e) => setRecipientId(e.target.value)}
            options={incident.recipients.map((r) => ({ value: String(r.id), label: r.name }))}
            error={fieldErrors.recipientId}
          />
        )}
        <TextField
          label={t('breaches.notifications.fields.addresseeName')}
          value={addresseeName}
          onChange={(e) => setAddresseeName(e.target.value)}
          error={fieldErrors.addresseeName}
        />
        <DateField
          withTime
          label={t('breaches.notifications.fields.sentAt')}
          required
          hint={t('breaches.form.zoneHint', { zone: zoneDisplay(zone, asLang(i18n.language)) })}
          value={sentAt}
          onChange={setSentAt}
          error={fieldErrors.sentAt}
        />
        <SelectField
          label={t('breaches.notifications.fields.channel')}
          required
          value={channel}
          onChange={(e) => setChannel(NotificationChannel.parse(e.target.value))}
          options={opts(NotificationChannel.options, 'channel')}
          error={fieldErrors.channel}
        />
        <TextField
          label={t('breaches.notifications.fields.reference')}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          error={fieldErrors.reference}
        />
        <SelectField
          label={t('breaches.notifications.fields.documentKind')}
          value={documentKind}
          placeholder={t('breaches.notifications.noDocument')}
          onChange={(e) => setDocumentKind(e.target.value)}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`breaches.documents.${k}`) }))}
          error={fieldErrors.documentKind}
        />
        <TextAreaField
          label={t('breaches.notifications.fields.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={fieldErrors.note}
        />
        <div className="field field-wide">
          <Checkbox
            label={t('breaches.notifications.fields.attachFile')}
            checked={attachFile}
            onChange={(e) => setAttachFile(e.target.checked)}
          />
        </div>
      </div>
    </FormDialog>
  );
}
