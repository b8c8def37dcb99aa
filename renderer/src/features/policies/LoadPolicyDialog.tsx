import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Organisation } from '../../../../shared/domain/organisation';
import { z as zod } from 'zod';
import { PolicyLoadFile } from '../../../../shared/domain/policy';
import { localIsoDate } from '../../../../shared/format/date';
import { TextAreaField, TextField } from '../../components/Field';
import { FormDateField } from '../../components/dates/DateField';
import { useToast } from '../../components/Toast';
import { FormDialog } from '../correspondence/FormDialog';
import { useDialogSubmit } from '../correspondence/useDialogSubmit';

/** The file fields, plus the text (checked by the main process with the same schema when pasted). */
const LoadForm = PolicyLoadFile.extend({ text: zod.string().default('') });
type Values = z.input<typeof LoadForm>;

interface LoadPolicyDialogProps {
  organisation: Organisation;
  onClose: () => void;
  onLoaded: (versionId: number) => void;
}

/**
 * Loads a version: title and effective date, then either a file (the main process opens the dialog and
 * reads it in a worker) or pasted text. A file that cannot be read is explained here; nothing is saved.
 */
export function LoadPolicyDialog({ organisation, onClose, onLoaded }: LoadPolicyDialogProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const [source, setSource] = useState<'file' | 'text'>('file');
  const form = useForm<Values, unknown, z.output<typeof LoadForm>>({
    resolver: zodResolver(LoadForm),
    defaultValues: {
      organisationId: organisation.id,
      title: organisation.policyTitle || t('policies.title'),
      effectiveDate: organisation.policyVersionDate || localIsoDate(new Date()),
      text: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['title', 'effectiveDate', 'text'], form.setError);
  const save = form.handleSubmit(async (data) => {
    const loaded =
      source === 'file'
        ? await submit((api) =>
            api.policies.loadFile({
              organisationId: data.organisationId,
              title: data.title,
              effectiveDate: data.effectiveDate,
            }),
          )
        : await submit((api) => api.policies.loadText(data));
    if (!loaded) return;
    notify(t('policies.loadDialog.loaded'));
    onLoaded(loaded.id);
  });
  return (
    <FormDialog
      title={t('policies.loadDialog.title')}
      submitLabel={
        source === 'file' ? t('policies.loadDialog.chooseFile') : t('policies.loadDialog.submitText')
      }
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
      size="large"
    >
      <div className="form-grid form-grid-2">
        <TextField
          label={t('policies.loadDialog.policyTitle')}
          required
          error={errors.title?.message}
          data-autofocus
          {...form.register('title')}
        />
        <FormDateField
          label={t('policies.loadDialog.effectiveDate')}
          required
          control={form.control}
          name="effectiveDate"
        />
      </div>
      <fieldset className="policy-source">
        <legend>{t('policies.loadDialog.source')}</legend>
        {(['file', 'text'] as const).map((s) => (
          <label key={s} className="check">
            <input type="radio" name="policy-source" checked={source === s} onChange={() => setSource(s)} />
            <span>
              {s === 'file' ? t('policies.loadDialog.fromFile') : t('policies.loadDialog.fromText')}
            </span>
          </label>
        ))}
      </fieldset>
      {source === 'text' && (
        <TextAreaField
          label={t('policies.loadDialog.text')}
          hint={t('policies.loadDialog.textHint')}
          required
          rows={12}
          error={errors.text?.message}
          {...form.register('text')}
        />
      )}
    </FormDialog>
  );
}
