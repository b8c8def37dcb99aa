import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Badge, ErrorBlock, Loading, PageHeader, Section } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { useAppData } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { AuditHistory } from '../audit/AuditHistory';
import { TransferNoticesSection } from '../transferNotices/TransferNoticesSection';
import { ArchiveReasonDialog } from './ArchiveReasonDialog';
import { showDate } from '../../i18n/format';
import { ProblemBadges } from './ProblemBadges';
import { RecipientSubjects } from './RecipientSubjects';
import {
  ContractSection,
  CrossBorderSection,
  PartySection,
  ProcessingSection,
  ReviewSection,
} from './RecipientSections';
import { SectionNav } from '../../components/sectionNav/SectionNav';

export function RecipientDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const { organisations } = useAppData();
  const recipient = useQuery(`recipient:${id}`, (api) => api.recipients.get({ id }));
  const [confirm, setConfirm] = useState<'archive' | 'restore' | null>(null);
  const { busy, run } = useAction();
  const back = { label: t('recipients.backToRegister'), onClick: () => navigate({ page: 'recipients' }) };

  // Mutations invalidate the query cache: the record and its history load again by themselves.
  const changed = recipient.reload;

  if (recipient.error) {
    return (
      <div className="page">
        <PageHeader title={t('register.title')} back={back} />
        <ErrorBlock error={recipient.error} onRetry={recipient.reload} />
      </div>
    );
  }
  const r = recipient.data;
  if (!r) return <Loading />;
  const organisation = organisations.find((o) => o.id === r.organisationId);
  const archived = r.archivedAt !== null;

  const setArchived = async (archive: boolean, reason = '') => {
    const result = await run((api) =>
      archive ? api.recipients.archive({ id, reason }) : api.recipients.restore({ id }),
    );
    setConfirm(null);
    if (!result.ok) return;
    notify(archive ? t('recipients.archived') : t('recipients.restored'));
    changed();
  };

  return (
    <div className="page page-detail">
      <PageHeader
        title={r.legalName}
        back={back}
        subtitle={
          <span className="badge-row">
            <span>{t(`labels.recipientType.${r.type}`)}</span>
            <Badge tone={r.status === 'active' ? 'success' : 'neutral'}>
              {t(`labels.recipientStatus.${r.status}`)}
            </Badge>
            {r.crossBorder && <Badge tone="info">{t('register.crossBorderBadge')}</Badge>}
            {archived && <Badge tone="neutral">{t('common.archivedBadge')}</Badge>}
          </span>
        }
        actions={
          <>
            <button
              type="button"
              className="btn btn-primary"
              disabled={archived}
              onClick={() => navigate({ page: 'recipientEdit', id })}
            >
              {t('common.edit')}
            </button>
            {archived ? (
              <button type="button" className="btn" onClick={() => setConfirm('restore')}>
                {t('common.restoreFromArchive')}
              </button>
            ) : (
              <button type="button" className="btn" onClick={() => setConfirm('archive')}>
                {t('common.archive')}
              </button>
            )}
          </>
        }
      />
      <SectionNav />
      {archived && (
        <p className="notice">
          {t('recipients.archivedNotice')}{' '}
          {r.archiveReason &&
            t('desktop.register.archivedOn', { date: showDate(r.archivedAt ?? ''), reason: r.archiveReason })}
        </p>
      )}
      <section className="problems-bar" aria-label={t('recipients.fields.problems')}>
        <span className="problems-title">{t('recipients.fields.problems')}:</span>
        {r.problems.length > 0 ? (
          <ProblemBadges problems={r.problems} findings={r.policyFindings} />
        ) : (
          <span>{t('recipients.noProblems')}</span>
        )}
      </section>
      <div className="detail-grid">
        <PartySection recipient={r} />
        <ProcessingSection recipient={r} />
        <ContractSection
          recipient={r}
          jurisdiction={organisation?.jurisdiction ?? 'RU'}
          onChanged={changed}
        />
        <CrossBorderSection recipient={r} jurisdiction={organisation?.jurisdiction ?? 'RU'} />
        <ReviewSection recipient={r} />
      </div>
      {organisation?.jurisdiction === 'KG' && !archived && <TransferNoticesSection recipient={r} />}
      <RecipientSubjects recipientId={id} />
      <Section title={t('audit.history.title')}>
        <AuditHistory entity="recipient" entityId={id} />
      </Section>
      {confirm === 'archive' && (
        <ArchiveReasonDialog
          title={t('recipients.confirmArchiveTitle')}
          text={t('recipients.confirmArchiveText')}
          busy={busy}
          onClose={() => setConfirm(null)}
          onConfirm={(reason) => void setArchived(true, reason)}
        />
      )}
      {confirm === 'restore' && (
        <ConfirmDialog
          title={t('recipients.confirmRestoreTitle')}
          confirmLabel={t('common.restoreFromArchive')}
          busy={busy}
          onClose={() => setConfirm(null)}
          onConfirm={() => void setArchived(false)}
        >
          <p>{t('recipients.confirmRestoreText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
