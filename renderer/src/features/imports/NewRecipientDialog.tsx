import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { Recipient } from '../../../../shared/domain/recipient';
import { Dialog } from '../../components/Dialog';
import { RecipientForm } from '../recipients/RecipientForm';

interface NewRecipientDialogProps {
  organisation: Organisation;
  /** The delivery service or payment method found in the file: the new recipient's name to start with. */
  value: string;
  onClose: () => void;
  onSaved: (recipient: Recipient) => void;
}

/** The register's recipient form in a dialog, so the wizard keeps its place while a recipient is added. */
export function NewRecipientDialog({ organisation, value, onClose, onSaved }: NewRecipientDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('ledger.values.newRecipientTitle', { value })} onClose={onClose} size="large">
      <p className="dialog-lead muted">{t('ledger.values.newRecipientLead')}</p>
      <RecipientForm
        organisation={organisation}
        prefill={{ legalName: value }}
        onCancel={onClose}
        onSaved={onSaved}
      />
    </Dialog>
  );
}
