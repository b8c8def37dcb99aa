import { useUnsavedChanges } from '../../../shell/unsavedChanges';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import {
  AnswerEdit,
  type Answer,
  type AnswerEditData,
} from '../../../../../shared/domain/correspondenceAnswer';
import { mutate } from '../../../data/queryClient';
import { applyFieldErrors } from '../../../components/formErrors';
import { PageHeader } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { errorText, fieldMessage } from '../../../i18n/messages';
import { showDate } from '../../../i18n/format';
import { useNavigate } from '../../../shell/routes';
import { AnswerForm } from './AnswerForm';
import { answerFieldNames, toAnswerFormValues, type AnswerFormValues } from './answerFormValues';
import { AnswerPreview } from './AnswerPreview';
import { AnswerStateBadge } from './AnswerStateBadge';
import { AnswerToolbar } from './AnswerToolbar';
import { SentLetterPanel } from './SentLetterPanel';

interface AnswerEditorProps {
  answer: Answer;
  item: CorrespondenceItem;
  onChanged: () => void;
}

/** The letter's text on the left, its printed form on the right; a sent letter is read-only. */
export function AnswerEditor({ answer, item, onChanged }: AnswerEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const sent = answer.state === 'sent';
  const [editing, setEditing] = useState(!sent);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<AnswerFormValues, unknown, AnswerEditData>({
    resolver: zodResolver(AnswerEdit),
    defaultValues: toAnswerFormValues(answer),
  });
  useUnsavedChanges(form);

  /** Saves the form; true when there was nothing to save or it was saved in place. */
  const saveData = async (data: AnswerEditData): Promise<boolean> => {
    setFormError(null);
    setBusy(true);
    const result = await mutate((api) => api.answers.update({ id: answer.id, data }));
    setBusy(false);
    if (!result.ok) {
      const unmapped = applyFieldErrors(result.error.fieldErrors, answerFieldNames, form.setError);
      setFormError([errorText(t, result.error), ...unmapped.map((k) => fieldMessage(t, k, k))].join('. '));
      return false;
    }
    if (result.value.id !== answer.id) {
      notify(
        t('correspondence.editor.newVersion', {
          version: String(result.value.version),
          previous: String(answer.version),
        }),
      );
      navigate({ page: 'answer', id: result.value.id });
      return false;
    }
    form.reset(toAnswerFormValues(result.value));
    notify(t('correspondence.editor.saved'));
    onChanged();
    return true;
  };

  const save = () => void form.handleSubmit(saveData)();

  /** Before printing, registering or sending: unsaved edits are saved first. */
  const saveIfDirty = async (): Promise<boolean> => {
    if (!editing || !form.formState.isDirty) return true;
    let ok = false;
    await form.handleSubmit(async (data) => {
      ok = await saveData(data);
    })();
    return ok;
  };

  const title = answer.outgoingNumber
    ? t('correspondence.editor.titleNumbered', {
        number: answer.outgoingNumber,
        date: showDate(answer.outgoingDate),
      })
    : t('correspondence.editor.title');

  return (
    <div className="page page-answer">
      <PageHeader
        title={title}
        back={{
          label: t('correspondence.backToItem'),
          onClick: () => navigate({ page: 'correspondenceItem', id: item.id }),
        }}
        subtitle={
          <span className="badge-row">
            <span>
              {t('correspondence.editor.subtitle', {
                kind: t(`correspondence.kindGenitive.${item.kind}`),
                number: item.number,
                date: showDate(item.receivedDate),
              })}
            </span>
            <AnswerStateBadge state={answer.state} version={answer.version} />
          </span>
        }
        actions={
          <AnswerToolbar
            answer={answer}
            item={item}
            editing={editing}
            beforeAction={saveIfDirty}
            onChanged={onChanged}
            onStartEditing={() => setEditing(true)}
          />
        }
      />
      <div className="answer-layout">
        <div className="answer-main">
          {sent && <SentLetterPanel answer={answer} editing={editing} />}
          {editing && (
            <AnswerForm
              answer={answer}
              senderName={item.sender.name}
              form={form}
              onSave={save}
              formError={formError}
              busy={busy}
            />
          )}
        </div>
        <AnswerPreview answer={answer} />
      </div>
    </div>
  );
}
