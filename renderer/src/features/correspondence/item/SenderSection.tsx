import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { Dialog } from '../../../components/Dialog';
import { Detail, Section } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { showText } from '../../../i18n/format';
import { useCurrentOrganisation } from '../../../shell/appData';
import { useNavigate } from '../../../shell/routes';
import { BlockedBadge } from '../StatusBadge';
import { SubjectSearchBox } from '../SubjectSearchBox';

interface SenderSectionProps {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
}

/** The sender and the link to the ledger subject (pick one, open the card, unlink). */
export function SenderSection({ item, onChanged }: SenderSectionProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const navigate = useNavigate();
  const current = useCurrentOrganisation();
  const { busy, run } = useAction();
  const [picking, setPicking] = useState(false);
  const { sender } = item;
  const closed = item.status === 'closed';

  const link = async (subjectId: number | null) => {
    const result = await run((api) => api.correspondence.linkSubject({ id: item.id, subjectId }));
    if (!result.ok) return;
    setPicking(false);
    notify(subjectId ? t('correspondence.sender.linked') : t('correspondence.sender.unlinked'));
    onChanged(result.value);
  };

  return (
    <Section title={t('correspondence.item.sections.sender')}>
      <dl className="details">
        <Detail label={t('correspondence.fields.senderName')} wide>
          <span className="badge-row">
            {showText(sender.name)}
            {item.blocked && <BlockedBadge />}
          </span>
        </Detail>
        <Detail label={t('correspondence.fields.senderAddress')} wide>
          {showText(sender.address)}
        </Detail>
        <Detail label={t('correspondence.fields.senderEmail')}>{showText(sender.email)}</Detail>
        <Detail label={t('correspondence.fields.senderPhone')}>{showText(sender.phone)}</Detail>
      </dl>
      <div className="file-block">
        <h3>{t('correspondence.sender.ledger')}</h3>
        <p className={sender.subjectId ? '' : 'muted'}>
          {sender.subjectId ? t('correspondence.sender.isLinked') : t('correspondence.sender.notLinked')}
        </p>
        <div className="button-row">
          {sender.subjectId && item.organisationId === current.id && (
            <button
              type="button"
              className="btn"
              onClick={() => sender.subjectId && navigate({ page: 'subject', id: sender.subjectId })}
            >
              {t('correspondence.sender.openSubject')}
            </button>
          )}
          <button type="button" className="btn" disabled={busy || closed} onClick={() => setPicking(true)}>
            {sender.subjectId ? t('correspondence.sender.relink') : t('correspondence.sender.link')}
          </button>
          {sender.subjectId && (
            <button type="button" className="btn" disabled={busy || closed} onClick={() => void link(null)}>
              {t('correspondence.sender.unlink')}
            </button>
          )}
        </div>
      </div>
      {picking && (
        <Dialog
          title={t('correspondence.sender.pickTitle')}
          onClose={() => setPicking(false)}
          locked={busy}
          footer={
            <button type="button" className="btn" onClick={() => setPicking(false)}>
              {t('common.cancel')}
            </button>
          }
        >
          <p className="muted">{t('correspondence.sender.pickLead', { name: sender.name })}</p>
          <SubjectSearchBox
            organisationId={item.organisationId}
            pickLabel={t('correspondence.sender.pick')}
            onPick={(s) => void link(s.id)}
            autoFocus
          />
        </Dialog>
      )}
    </Section>
  );
}
