import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SubjectListItem } from '../../../../../shared/domain/ledger';
import { call } from '../../../api';
import { TextField } from '../../../components/Field';
import { useToast } from '../../../components/Toast';
import { BlockedBadge } from '../StatusBadge';
import { SubjectSearchBox } from '../SubjectSearchBox';
import { useBlockedSubjects } from '../useBlockedSubjects';
import type { ItemFormApi } from './itemFormValues';

interface SenderFieldsProps {
  form: ItemFormApi;
  organisationId: number;
}

/** The sender: picked from the ledger's subjects (and copied), or entered by hand and linked later. */
export function SenderFields({ form, organisationId }: SenderFieldsProps) {
  const { t } = useTranslation();
  const { showError } = useToast();
  const { register, control, setValue, formState } = form;
  const errors = formState.errors.sender;
  const subjectId = useWatch({ control, name: 'sender.subjectId' });
  const name = useWatch({ control, name: 'sender.name' });
  const blocked = useBlockedSubjects(subjectId ? [subjectId] : []);

  const pick = async (subject: SubjectListItem) => {
    const card = await call((api) => api.subjects.get({ id: subject.id }));
    if (!card.ok) {
      showError(card.error);
      return;
    }
    const c = card.value;
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
    setValue('sender.subjectId', c.id, options);
    setValue('sender.name', c.fullName, options);
    setValue('sender.address', c.address, options);
    setValue('sender.email', c.emails[0] ?? '', options);
    setValue('sender.phone', c.phones[0] ?? '', options);
  };

  return (
    <fieldset className="form-section">
      <legend>{t('correspondence.form.sections.sender')}</legend>
      {subjectId ? (
        <div className="linked-subject">
          <span>
            {t('correspondence.form.linkedSubject')}: <strong>{name}</strong>
          </span>
          {blocked.has(subjectId) && <BlockedBadge />}
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setValue('sender.subjectId', null, { shouldDirty: true })}
          >
            {t('correspondence.form.unlinkSubject')}
          </button>
        </div>
      ) : (
        <SubjectSearchBox
          organisationId={organisationId}
          onPick={(s) => void pick(s)}
          pickLabel={t('correspondence.subjectSearch.pick')}
        />
      )}
      <p className="form-subnote">{t('correspondence.form.senderByHand')}</p>
      <div className="form-grid">
        <TextField
          label={t('correspondence.fields.senderName')}
          required
          span2
          error={errors?.name?.message}
          {...register('sender.name')}
        />
        <TextField
          label={t('correspondence.fields.senderPhone')}
          type="tel"
          error={errors?.phone?.message}
          {...register('sender.phone')}
        />
        <TextField
          label={t('correspondence.fields.senderAddress')}
          span2
          error={errors?.address?.message}
          {...register('sender.address')}
        />
        <TextField
          label={t('correspondence.fields.senderEmail')}
          type="email"
          error={errors?.email?.message}
          {...register('sender.email')}
        />
      </div>
    </fieldset>
  );
}
