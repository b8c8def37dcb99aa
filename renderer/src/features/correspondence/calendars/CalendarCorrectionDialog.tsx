import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Jurisdiction } from '../../../../../shared/domain/common';
import {
  CalendarCorrection,
  type CalendarCorrectionData,
  type CalendarCorrectionInput,
  type CalendarCorrectionResult,
  type CalendarYear,
} from '../../../../../shared/domain/correspondenceCalendar';
import { Checkbox, TextAreaField, TextField } from '../../../components/Field';
import { convertingResolver } from '../form/convertingResolver';
import { FormDialog } from '../FormDialog';
import { useDialogSubmit } from '../useDialogSubmit';
import { DateListField } from './DateListField';
import { formatDateList, parseDateList, type DateListName } from './dateList';
import { YearGrid } from './YearGrid';

const LISTS: readonly DateListName[] = ['daysOff', 'workingWeekends', 'shortDays', 'verifyDates'];

type Values = Record<DateListName, string> & {
  source: string;
  verify: boolean;
  notes: string;
  version: string;
};

interface CalendarCorrectionDialogProps {
  /** The version to correct, or a new year to add. */
  base: CalendarYear | { country: Jurisdiction; year: number };
  onClose: () => void;
  onSaved: (result: z.infer<typeof CalendarCorrectionResult>) => void;
}

/** A corrected year is saved as a new version; open deadlines in that country are recomputed. */
export function CalendarCorrectionDialog({ base, onClose, onSaved }: CalendarCorrectionDialogProps) {
  const { t } = useTranslation();
  const existing = 'version' in base ? base : null;
  const { country, year } = base;
  const dates = (v: Partial<Values>) => {
    const of = (name: DateListName) => parseDateList(v[name] ?? '', year).dates;
    return {
      daysOff: of('daysOff'),
      workingWeekends: of('workingWeekends'),
      shortDays: of('shortDays'),
      verifyDates: of('verifyDates'),
    };
  };
  const toInput = (v: Values): CalendarCorrectionInput => ({
    country,
    year,
    ...dates(v),
    dayNames: existing?.dayNames ?? {},
    source: v.source,
    verify: v.verify,
    notes: v.notes,
    version: v.version,
  });
  const form = useForm<Values, unknown, CalendarCorrectionData>({
    resolver: convertingResolver<Values, CalendarCorrectionInput, CalendarCorrectionData>(
      zodResolver(CalendarCorrection),
      toInput,
      Object.fromEntries(LISTS.map((n) => [n, n])),
      (v) =>
        Object.fromEntries(
          LISTS.filter((n) => parseDateList(v[n], year).invalid.length > 0).map((n) => [
            n,
            'correspondence.calendars.badDates',
          ]),
        ),
    ),
    defaultValues: {
      daysOff: formatDateList(existing?.daysOff ?? []),
      workingWeekends: formatDateList(existing?.workingWeekends ?? []),
      shortDays: formatDateList(existing?.shortDays ?? []),
      verifyDates: formatDateList(existing?.verifyDates ?? []),
      source: existing?.source ?? '',
      verify: existing?.verify ?? false,
      notes: existing?.notes ?? '',
      version: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit([...LISTS, 'source', 'notes', 'version'], form.setError);
  const values = useWatch({ control: form.control });
  const preview = { year, ...dates(values), dayNames: existing?.dayNames ?? {} };
  const save = form.handleSubmit(async (data) => {
    const result = await submit((api) => api.calendars.correct(data));
    if (result) onSaved(result);
  });

  return (
    <FormDialog
      title={t(existing ? 'correspondence.calendars.correctTitle' : 'correspondence.calendars.addTitle', {
        country: t(`labels.jurisdiction.${country}`),
        year: String(year),
      })}
      submitLabel={t('correspondence.calendars.saveVersion')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
      size="large"
    >
      <p className="muted small">{t('correspondence.calendars.correctLead')}</p>
      <div className="calendar-editor">
        <div className="form-grid form-grid-1">
          {LISTS.map((name) => (
            <DateListField key={name} form={form} name={name} year={year} error={errors[name]?.message} />
          ))}
          <TextAreaField
            label={t('correspondence.calendars.source')}
            required
            rows={2}
            hint={t('correspondence.calendars.sourceHint')}
            error={errors.source?.message}
            {...form.register('source')}
          />
          <TextField
            label={t('correspondence.calendars.newVersion')}
            placeholder={`${year}-…`}
            hint={t('correspondence.calendars.newVersionHint')}
            error={errors.version?.message}
            {...form.register('version')}
          />
          <TextAreaField label={t('correspondence.calendars.notes')} rows={2} {...form.register('notes')} />
          <Checkbox label={t('correspondence.calendars.verifyWhole')} {...form.register('verify')} />
        </div>
        <YearGrid calendar={preview} />
      </div>
    </FormDialog>
  );
}
