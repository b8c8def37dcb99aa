import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectCard, SubjectListItem } from '../../../../shared/domain/ledger';
import { call } from '../../api';
import { TextAreaField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { errorText } from '../../i18n/messages';
import { FormDialog } from '../correspondence/FormDialog';
import { SubjectPicker } from './SubjectPicker';

/**
 * «Объединить с…» from the card: this subject goes into another one the officer finds (the card stays,
 * pointing there). Audited and undoable from either card's «Объединения и разделения».
 */
export function MergeDialog({
  card,
  onClose,
  onMerged,
}: {
  card: SubjectCard;
  onClose: () => void;
  onMerged: (intoId: number) => void;
}) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const [into, setInto] = useState<SubjectListItem | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [reasonProblem, setReasonProblem] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = card.fullName || t('ledger.subjects.noName');

  const submit = async () => {
    setFormError(null);
    if (!into) {
      setProblem('subjectEdits.merge.chooseTarget');
      return;
    }
    setProblem(undefined);
    setBusy(true);
    const result = await call((api) =>
      api.subjects.merge({ intoId: into.id, fromId: card.id, reason, possibleMatchId: null }),
    );
    setBusy(false);
    if (!result.ok) {
      setReasonProblem(result.error.fieldErrors?.reason?.[0]);
      setFormError(errorText(t, result.error));
      return;
    }
    notify(t('subjectEdits.merge.done'));
    onMerged(into.id);
  };

  return (
    <FormDialog
      title={`${t('subjectEdits.merge.title')}: «${name}»`}
      submitLabel={t('subjectEdits.merge.submit')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onClose={onClose}
      busy={busy}
      error={formError}
      size="large"
    >
      <p className="muted">{t('subjectEdits.merge.lead', { name })}</p>
      <div className="form-grid">
        <div className="field-wide">
          <SubjectPicker
            organisationId={card.organisationId}
            excludeId={card.id}
            chosen={into}
            onChoose={setInto}
            label={t('subjectEdits.merge.target')}
            error={problem}
          />
        </div>
        <TextAreaField
          label={t('subjectEdits.merge.reason')}
          rows={2}
          value={reason}
          error={reasonProblem}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
    </FormDialog>
  );
}
