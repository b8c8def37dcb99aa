import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { ErrorBlock, Loading, PageHeader, Section } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { useAppData } from '../../../shell/appData';
import { useNavigate } from '../../../shell/routes';
import '../correspondence.css';
import './item.css';
import { BlockedBadge, StatusBadge } from '../StatusBadge';
import { AnswersSection } from './AnswersSection';
import { AttachmentsSection } from './AttachmentsSection';
import { BlockSection } from './BlockSection';
import { DeadlineCard } from './DeadlineCard';
import { IdentitySection } from './IdentitySection';
import { ContentSection } from './ItemSections';
import { ItemHistory } from './ItemHistory';
import { SenderSection } from './SenderSection';
import { StatusActions } from './StatusActions';
import { SectionNav } from '../../../components/sectionNav/SectionNav';

/** An incoming item: its deadline first, then the letter, the sender, blocks, files, answers, history. */
export function ItemDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organisations } = useAppData();
  const [version, setVersion] = useState(0);
  const item = useQuery(`item:${id}:${version}`, (api) => api.correspondence.get({ id }));
  const back = {
    label: t('correspondence.backToInbox'),
    onClick: () => navigate({ page: 'correspondence' }),
  };
  const changed = (_next?: CorrespondenceItem) => setVersion((v) => v + 1);

  if (item.error && !item.data) {
    return (
      <div className="page">
        <PageHeader title={t('correspondence.inbox.title')} back={back} />
        <ErrorBlock error={item.error} onRetry={item.reload} />
      </div>
    );
  }
  const it = item.data;
  if (!it || it.id !== id) return <Loading />;
  const organisation = organisations.find((o) => o.id === it.organisationId);
  const closed = it.status === 'closed';

  return (
    <div className="page page-detail page-item">
      <PageHeader
        title={t('correspondence.item.title', {
          kind: t(`correspondence.kindShort.${it.kind}`),
          number: it.number,
        })}
        back={back}
        subtitle={
          <span className="badge-row">
            <StatusBadge status={it.status} />
            {it.blocked && <BlockedBadge />}
            <span>{organisation?.name}</span>
          </span>
        }
        actions={
          <StatusActions item={it} onChanged={changed}>
            <button
              type="button"
              className="btn"
              disabled={closed}
              onClick={() => navigate({ page: 'correspondenceEdit', id })}
            >
              {t('common.edit')}
            </button>
          </StatusActions>
        }
      />
      <SectionNav />
      {closed && <p className="notice">{t('correspondence.item.closedNotice')}</p>}
      <DeadlineCard item={it} onChanged={changed} />
      <AnswersSection item={it} version={version} />
      <div className="detail-grid">
        <ContentSection item={it} />
        <SenderSection item={it} onChanged={changed} />
        {it.kind !== 'regulatorRequest' && <IdentitySection item={it} onChanged={changed} />}
        <BlockSection item={it} version={version} onChanged={changed} />
        <AttachmentsSection item={it} onChanged={changed} />
      </div>
      <Section title={t('audit.history.title')}>
        <ItemHistory itemId={id} version={version} />
      </Section>
    </div>
  );
}
