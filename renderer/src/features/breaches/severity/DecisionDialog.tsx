import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { TextAreaField } from '../../../components/Field';
import { FormDialog } from '../../correspondence/FormDialog';
import { useSubmit } from '../useSubmit';

interface DecisionDialogProps {
  incident: BreachIncident;
  onClose: () => void;
  onSaved: (incident: BreachIncident) => void;
}

/** The user's decision to notify (or not) with its reason; the app never decides. */
export function DecisionDialog({ incident, onClose, onSaved }: DecisionDialogProps) {
  const { t } = useTranslation();
  const [notify, setNotify] = useState(incident.decision?.notify ?? true);
  const [reason, setReason] = useState(incident.decision?.reason ?? '');
  const { busy, error, fieldErrors, submit } = useSubmit();
  const save = async () => {
    const next = await submit((api) => api.breaches.decide({ id: incident.id, notify, reason }));
    if (next) onSaved(next);
  };
  return (
    <FormDialog
      title={t('breaches.decision.dialogTitle', { number: incident.number })}
      submitLabel={t('common.save')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onClose={onClose}
      busy={busy}
      error={error}
    >
      <fieldset className="radio-group">
        <legend className="field-label">{t('breaches.decision.title')}</legend>
        <label className="check">
          <input
            type="radio"
            name="notify"
            checked={notify}
            onChange={() => setNotify(true)}
            data-autofocus
          />
          <span>{t('breaches.decision.notify')}</span>
        </label>
        <label className="check">
          <input type="radio" name="notify" checked={!notify} onChange={() => setNotify(false)} />
          <span>{t('breaches.decision.dontNotify')}</span>
        </label>
      </fieldset>
      <TextAreaField
        label={t('breaches.decision.reason')}
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldErrors.reason}
      />
    </FormDialog>
  );
}
