import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/Field';
import { parseDateList, problemDates, type DateListName } from './dateList';

interface DateListFieldProps<V extends FieldValues & Record<DateListName, string>> {
  form: UseFormReturn<V, unknown, unknown>;
  name: DateListName;
  year: number;
  error?: string;
}

/** A list of dates as text («01.05.2026, 04.05.2026»); under an error, the dates it is about. */
export function DateListField<V extends FieldValues & Record<DateListName, string>>(
  props: DateListFieldProps<V>,
) {
  const { form, name, year, error } = props;
  const { t } = useTranslation();
  const [text, daysOff] = useWatch({
    control: form.control,
    name: [name, 'daysOff'] as Path<V>[],
  }) as string[];
  const count = parseDateList(text ?? '', year).dates.length;
  const bad = error ? problemDates(name, text ?? '', year, daysOff ?? '') : [];
  return (
    <div className="field-wide date-list-field">
      <TextAreaField
        label={t(`correspondence.calendars.fields.${name}`)}
        rows={2}
        hint={`${t(`correspondence.calendars.hints.${name}`)} ${t('correspondence.calendars.count', { count })}`}
        error={error}
        {...form.register(name as Path<V>)}
      />
      {bad.length > 0 && (
        <p className="field-error-detail">
          {t('correspondence.calendars.problemDates', { dates: bad.join(', ') })}
        </p>
      )}
    </div>
  );
}
