import { DateField } from '../../../components/dates/DateField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../../shared/format/date';
import { isValidIsoDate } from '../../../../../shared/domain/common';
import { Dialog } from '../../../components/Dialog';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { useCurrentOrganisation } from '../../../shell/appData';
import { DocumentPreviewFrame } from '../DocumentPreviewFrame';

export type JournalKind = 'incomingJournal' | 'outgoingJournal';

interface JournalDialogProps {
  initialKind: JournalKind;
  onClose: () => void;
}

const monthStart = (today: string) => `${today.slice(0, 8)}01`;

/** The incoming journal or the outgoing register of a period: preview, print, save as PDF. */
export function JournalDialog({ initialKind, onClose }: JournalDialogProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const organisation = useCurrentOrganisation();
  const { busy, run } = useAction();
  const today = localIsoDate(new Date());
  const [kind, setKind] = useState<JournalKind>(initialKind);
  const [allOrganisations, setAllOrganisations] = useState(false);
  const [from, setFrom] = useState(monthStart(today));
  const [to, setTo] = useState(today);
  const [preview, setPreview] = useState(false);
  const groupId = useId();

  const fromError = isValidIsoDate(from) ? undefined : 'validation.date';
  const toError = !isValidIsoDate(to)
    ? 'validation.date'
    : !fromError && to < from
      ? 'correspondence.journal.toBeforeFrom'
      : undefined;
  const valid = !fromError && !toError;
  const request = { kind, organisationId: allOrganisations ? null : organisation.id, from, to } as const;

  const savePdf = async () => {
    const result = await run((api) => api.documents.savePdf(request));
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };

  return (
    <Dialog
      title={t(`correspondence.journal.title.${kind}`)}
      onClose={onClose}
      size={preview ? 'large' : 'medium'}
      locked={busy}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
          <button type="button" className="btn" disabled={!valid} onClick={() => setPreview((p) => !p)}>
            {preview ? t('correspondence.journal.hidePreview') : t('correspondence.journal.preview')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={!valid || busy}
            onClick={() => void run((api) => api.documents.print(request))}
          >
            {t('correspondence.journal.print')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!valid || busy}
            onClick={() => void savePdf()}
          >
            {t('correspondence.journal.savePdf')}
          </button>
        </>
      }
    >
      <div className="journal-options">
        <fieldset className="radio-group" aria-labelledby={groupId}>
          <legend id={groupId} className="field-label">
            {t('correspondence.journal.which')}
          </legend>
          {(['incomingJournal', 'outgoingJournal'] as const).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="journal" checked={kind === k} onChange={() => setKind(k)} />
              <span>{t(`correspondence.journal.title.${k}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="form-grid form-grid-2">
          <DateField
            label={t('correspondence.journal.from')}
            value={from}
            error={fromError}
            onChange={setFrom}
          />
          <DateField label={t('correspondence.journal.to')} value={to} error={toError} onChange={setTo} />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={allOrganisations}
            onChange={(e) => setAllOrganisations(e.target.checked)}
          />
          <span>{t('correspondence.journal.allOrganisations')}</span>
        </label>
        {!allOrganisations && (
          <p className="muted small">
            {t('correspondence.journal.ofOrganisation', { name: organisation.name })}
          </p>
        )}
      </div>
      {preview && valid && (
        <DocumentPreviewFrame request={request} title={t(`correspondence.journal.title.${kind}`)} />
      )}
    </Dialog>
  );
}
