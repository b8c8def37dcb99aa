import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  PeriodUnit,
  type FactArea,
  type PolicyFact,
  type PolicyVersion,
} from '../../../../shared/domain/policy';
import { FACT_VALUES, PolicyFactFields } from '../../../../shared/domain/policyFactInput';
import { SelectField, TextField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { FormDialog } from '../correspondence/FormDialog';
import { useDialogSubmit } from '../correspondence/useDialogSubmit';
import { factLabel, factTypesOf } from './factLabels';

type Values = z.input<typeof PolicyFactFields>;

export interface FactDialogTarget {
  /** The fact being changed (an officer's) or corrected (an extracted one); null adds one. */
  fact: PolicyFact | null;
  area: FactArea;
  /** The clause to start from (e.g. the one whose text was not recognised). */
  clauseId: string;
}

const QUOTE_PREVIEW = 600;

/**
 * The officer states a fact of the policy for a clause of this draft: its kind, its value (a claim
 * period: amount and unit) and the clause that says it; checked next to each field with the schema the
 * main process applies, which also refuses a clause outside the version and a repeated fact.
 */
export function FactDialog({
  version,
  target,
  onClose,
}: {
  version: PolicyVersion;
  target: FactDialogTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { fact } = target;
  const types = factTypesOf(target.area);
  const form = useForm<Values, unknown, z.output<typeof PolicyFactFields>>({
    resolver: zodResolver(PolicyFactFields),
    defaultValues: {
      type: fact?.type ?? (types.length === 1 ? types[0] : undefined),
      value: fact && fact.type !== 'claimPeriod' ? fact.value : '',
      amount: fact?.type === 'claimPeriod' ? String(fact.amount) : '',
      unit: fact?.type === 'claimPeriod' ? fact.unit : '',
      clauseId: fact?.clauseId ?? target.clauseId,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['type', 'value', 'amount', 'unit', 'clauseId'], form.setError);
  const type = useWatch({ control: form.control, name: 'type' });
  const clauseId = useWatch({ control: form.control, name: 'clauseId' });
  const clause = version.clauses.find((c) => c.id === clauseId);
  const save = form.handleSubmit(async (data) => {
    const saved = await submit((api) =>
      api.policies.saveFact({ versionId: version.id, factId: fact?.id ?? null, fact: data }),
    );
    if (!saved) return;
    notify(t('policies.facts.saved'));
    onClose();
  });
  const correcting = fact !== null && fact.origin !== 'officer';
  const title = correcting
    ? t('policies.facts.dialog.correctTitle')
    : fact
      ? t('policies.facts.dialog.editTitle')
      : t('policies.facts.dialog.addTitle');
  const valueOptions = type
    ? FACT_VALUES[type].map((value) => ({
        value,
        label: factLabel(t, { type, value } as PolicyFact),
      }))
    : [];
  return (
    <FormDialog
      title={title}
      submitLabel={t('policies.facts.dialog.save')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
      size="large"
    >
      {correcting && (
        <p className="notice notice-inline">
          {t('policies.facts.dialog.correctText', { fact: factLabel(t, fact), ref: fact.ref })}
        </p>
      )}
      <div className="form-grid form-grid-2">
        <SelectField
          label={t('policies.facts.dialog.type')}
          required
          placeholder={t('policies.facts.dialog.choose')}
          options={types.map((v) => ({ value: v, label: t(`policies.facts.types.${v}`) }))}
          error={errors.type?.message}
          data-autofocus
          {...form.register('type', { onChange: () => form.setValue('value', '') })}
        />
        {type === 'claimPeriod' ? (
          <div className="form-grid form-grid-2 fact-period">
            <TextField
              label={t('policies.facts.dialog.amount')}
              required
              inputMode="numeric"
              error={errors.amount?.message}
              {...form.register('amount')}
            />
            <SelectField
              label={t('policies.facts.dialog.unit')}
              required
              placeholder={t('policies.facts.dialog.choose')}
              options={PeriodUnit.options.map((u) => ({ value: u, label: t(`policies.facts.units.${u}`) }))}
              error={errors.unit?.message}
              {...form.register('unit')}
            />
          </div>
        ) : (
          <SelectField
            label={t('policies.facts.dialog.value')}
            required
            placeholder={t('policies.facts.dialog.choose')}
            options={valueOptions}
            error={errors.value?.message}
            {...form.register('value')}
          />
        )}
        <SelectField
          label={t('policies.facts.dialog.clause')}
          hint={t('policies.facts.dialog.clauseHint')}
          required
          span2
          placeholder={t('policies.facts.dialog.choose')}
          options={version.clauses
            .filter((c) => c.ref !== '')
            .map((c) => ({
              value: c.id,
              label: clauseOption(t('policies.facts.clause', { ref: c.ref }), c.text),
            }))}
          error={errors.clauseId?.message}
          {...form.register('clauseId')}
        />
      </div>
      {clause && (
        <figure className="fact-clause-quote">
          <figcaption>{t('policies.facts.dialog.quote')}</figcaption>
          <blockquote>
            {clause.text.length > QUOTE_PREVIEW ? `${clause.text.slice(0, QUOTE_PREVIEW)}…` : clause.text}
          </blockquote>
        </figure>
      )}
    </FormDialog>
  );
}

/** «п. 8.2 — Получатель претензии обязан…», short enough for a list. */
const clauseOption = (cited: string, text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return `${cited} — ${line.length > 90 ? `${line.slice(0, 89)}…` : line}`;
};
