import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatRegistrationNumber, numberFormatError } from '../../../../../shared/correspondence/numbering';
import type {
  CorrespondenceSettingsInput,
  CorrespondenceSettingsValues,
} from '../../../../../shared/domain/correspondenceSettings';
import { localIsoDate } from '../../../../../shared/format/date';
import { TextField } from '../../../components/Field';

interface NumberFormatFieldProps {
  form: UseFormReturn<CorrespondenceSettingsInput, unknown, CorrespondenceSettingsValues>;
  name: 'incomingFormat' | 'outgoingFormat';
  kindCode: string;
  error?: string;
}

const EXAMPLE_SEQ = 7;

/** A number format with the number it would give today (7th item of the year, a claim). */
export function NumberFormatField({ form, name, kindCode, error }: NumberFormatFieldProps) {
  const { t } = useTranslation();
  const format = useWatch({ control: form.control, name }) ?? '';
  const problem = numberFormatError(format);
  const example = problem
    ? null
    : formatRegistrationNumber(format, { seq: EXAMPLE_SEQ, date: localIsoDate(new Date()), kindCode });
  return (
    <TextField
      label={t(`correspondence.orgSettings.${name}`)}
      required
      className="mono-input"
      hint={
        example ? (
          <>
            {t('correspondence.orgSettings.example')} <strong className="mono">{example}</strong>
          </>
        ) : (
          t('correspondence.orgSettings.exampleNone')
        )
      }
      error={error ?? (problem && form.formState.isSubmitted ? problem : undefined)}
      {...form.register(name)}
    />
  );
}
