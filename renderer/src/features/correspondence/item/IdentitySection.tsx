import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  IdentityMethod,
  IdentityVerificationInput,
  type CorrespondenceItem,
} from '../../../../../shared/domain/correspondence';
import { localIsoDate } from '../../../../../shared/format/date';
import { FormDateField } from '../../../components/dates/DateField';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { Detail, Section } from '../../../components/Layout';
import { showDate, showInstant } from '../../../i18n/format';
import { FormDialog } from '../FormDialog';
import { useDialogSubmit } from '../useDialogSubmit';

type Values = z.input<typeof IdentityVerificationInput>;

function IdentityDialog({
  item,
  onClose,
  onDone,
}: {
  item: CorrespondenceItem;
  onClose: () => void;
  onDone: (item: CorrespondenceItem) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof IdentityVerificationInput>>({
    resolver: zodResolver(IdentityVerificationInput),
    defaultValues: {
      id: item.id,
      method: item.identity?.method ?? 'signedLetterWithPassport',
      verifiedBy: item.identity?.verifiedBy ?? item.responsible,
      verifiedOn: item.identity?.verifiedOn ?? localIsoDate(new Date()),
      note: item.identity?.note ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['method', 'verifiedBy', 'verifiedOn', 'note'], form.setError);
  const save = form.handleSubmit(async (data) => {
    const done = await submit((api) => api.correspondence.verifyIdentity(data));
    if (done) onDone(done);
  });
  return (
    <FormDialog
      title={t('correspondence.identity.dialogTitle', { number: item.number })}
      submitLabel={t('correspondence.identity.submit')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
    >
      <p className="muted">{t('correspondence.identity.why')}</p>
      <div className="form-grid form-grid-2">
        <SelectField
          label={t('correspondence.identity.method')}
          required
          wide
          options={IdentityMethod.options.map((m) => ({
            value: m,
            label: t(`correspondence.identity.methods.${m}`),
          }))}
          error={errors.method?.message}
          {...form.register('method')}
        />
        <TextField
          label={t('correspondence.identity.verifiedBy')}
          required
          error={errors.verifiedBy?.message}
          {...form.register('verifiedBy')}
        />
        <FormDateField
          label={t('correspondence.identity.verifiedOn')}
          required
          control={form.control}
          name="verifiedOn"
        />
        <TextAreaField
          label={t('correspondence.identity.note')}
          hint={t('correspondence.identity.noteHint')}
          error={errors.note?.message}
          {...form.register('note')}
        />
      </div>
    </FormDialog>
  );
}

/**
 * The requester's identity check: an answer that discloses personal data (an access answer, the
 * «Сведения» sheet) cannot be marked sent until it is recorded here.
 */
export function IdentitySection({
  item,
  onChanged,
}: {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = item.identity;
  return (
    <Section
      title={t('correspondence.identity.title')}
      actions={
        item.status !== 'closed' && (
          <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
            {id ? t('correspondence.identity.change') : t('correspondence.identity.record')}
          </button>
        )
      }
    >
      {id ? (
        <dl className="details">
          <Detail label={t('correspondence.identity.method')}>
            {t(`correspondence.identity.methods.${id.method}`)}
          </Detail>
          <Detail label={t('correspondence.identity.verifiedBy')}>{id.verifiedBy}</Detail>
          <Detail label={t('correspondence.identity.verifiedOn')}>{showDate(id.verifiedOn)}</Detail>
          {id.note && <Detail label={t('correspondence.identity.note')}>{id.note}</Detail>}
          <Detail label={t('correspondence.identity.recorded')}>
            {t('correspondence.identity.recordedValue', {
              at: showInstant(id.recordedAt),
              by: id.recordedBy,
            })}
          </Detail>
        </dl>
      ) : (
        <p className="notice notice-warning">{t('correspondence.identity.missing')}</p>
      )}
      {open && (
        <IdentityDialog
          item={item}
          onClose={() => setOpen(false)}
          onDone={(next) => {
            setOpen(false);
            onChanged(next);
          }}
        />
      )}
    </Section>
  );
}
