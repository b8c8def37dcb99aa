import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { AnswerDecision } from '../../../../../shared/domain/correspondenceAnswer';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { useNavigate } from '../../../shell/routes';
import { FormDialog } from '../FormDialog';

interface NewAnswerDialogProps {
  item: CorrespondenceItem;
  onClose: () => void;
}

/** «Подготовить ответ»: the decision chooses the template; the letter opens in the editor. */
export function NewAnswerDialog({ item, onClose }: NewAnswerDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [decision, setDecision] = useState<AnswerDecision>(
    item.kind === 'access' ? 'accessAnswer' : 'satisfied',
  );

  const create = async () => {
    const result = await run((api) => api.answers.create({ itemId: item.id, decision }));
    if (!result.ok) return;
    notify(t('correspondence.answers.created'));
    navigate({ page: 'answer', id: result.value.id });
  };

  return (
    <FormDialog
      title={t('correspondence.answers.prepareTitle', { number: item.number })}
      submitLabel={t('correspondence.answers.prepareSubmit')}
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
      onClose={onClose}
      busy={busy}
      error={null}
    >
      <fieldset className="radio-group decision-group">
        <legend className="field-label">{t('correspondence.answers.decisionLegend')}</legend>
        {AnswerDecision.options.map((d) => (
          <label key={d} className="check decision-option">
            <input
              type="radio"
              name="decision"
              value={d}
              checked={decision === d}
              data-autofocus={decision === d ? true : undefined}
              onChange={() => setDecision(d)}
            />
            <span>
              <span className="decision-name">{t(`correspondence.decisionTitle.${d}`)}</span>
              <span className="muted small decision-hint">{t(`correspondence.decisionHint.${d}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
