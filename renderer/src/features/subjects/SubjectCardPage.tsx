import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Detail, ErrorBlock, Loading, PageHeader, Section } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber, showText } from '../../i18n/format';
import { useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { showOrderDate } from '../imports/importText';
import { showPhone } from './subjectFormat';
import { PossibleMatchList } from './PossibleMatchList';
import { SubjectChanges } from './SubjectChanges';
import { SubjectOrders } from './SubjectOrders';
import { SubjectPrintToolbar } from './SubjectPrintToolbar';
import { SubjectRecipients } from './SubjectRecipients';
import { SubjectBlockNotice } from '../correspondence/SubjectBlockNotice';
import { MergeDialog } from './MergeDialog';
import { SplitDialog } from './SplitDialog';
import './subjects.css';
import { SectionNav } from '../../components/sectionNav/SectionNav';

/** A subject's card: who they are, their orders, and above all who received their data and when. */
export function SubjectCardPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const organisation = useCurrentOrganisation();
  const transfersTitleId = useId();
  const subject = useQuery(`subject:${id}`, (api) => api.subjects.get({ id }));
  const [editing, setEditing] = useState<'split' | 'merge' | null>(null);
  const back = { label: t('ledger.card.back'), onClick: () => navigate({ page: 'subjects' }) };
  const card = subject.data;
  const otherOrganisation = card !== undefined && card.organisationId !== organisation.id;

  // After switching the organisation, a card of the previous one gives way to the new one's list.
  useEffect(() => {
    if (otherOrganisation) navigate({ page: 'subjects' });
  }, [otherOrganisation, navigate]);

  if (subject.error) {
    return (
      <div className="page">
        <PageHeader title={t('ledger.subjects.title')} back={back} />
        <ErrorBlock error={subject.error} onRetry={subject.reload} />
      </div>
    );
  }
  if (!card || otherOrganisation) return <Loading />;
  const list = (values: readonly string[], format = (v: string) => v) =>
    values.length === 0 ? showText('') : values.map(format).join(', ');

  return (
    <div className="page page-detail page-subject">
      <PageHeader
        title={card.fullName || t('ledger.subjects.noName')}
        back={back}
        actions={<SubjectPrintToolbar subjectId={card.id} />}
        subtitle={t('ledger.card.subtitle', {
          orders: showNumber(card.ordersTotal, lang),
          recipients: showNumber(card.recipients.length, lang),
        })}
      />
      <SectionNav />
      <SubjectBlockNotice subjectId={card.id} />
      {card.mergedInto !== null && (
        <p className="notice" role="status">
          {t('identity.mergedInto')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => navigate({ page: 'subject', id: card.mergedInto ?? 0 })}
          >
            №&nbsp;{card.mergedInto}
          </button>
        </p>
      )}
      <Section
        title={t('ledger.card.identity')}
        actions={
          card.mergedInto === null && (
            <>
              <button type="button" className="btn btn-small" onClick={() => setEditing('split')}>
                {t('subjectEdits.split.action')}
              </button>
              <button type="button" className="btn btn-small" onClick={() => setEditing('merge')}>
                {t('subjectEdits.merge.action')}
              </button>
            </>
          )
        }
      >
        <dl className="details details-3">
          <Detail label={t('ledger.card.fullName')}>{showText(card.fullName)}</Detail>
          <Detail label={t('ledger.card.phones')}>{list(card.phones, showPhone)}</Detail>
          <Detail label={t('ledger.card.emails')}>{list(card.emails)}</Detail>
          <Detail label={t('ledger.card.address')} wide>
            {showText(card.address)}
          </Detail>
          <Detail label={t('ledger.card.firstOrder')}>{showOrderDate(card.firstOrderAt)}</Detail>
          <Detail label={t('ledger.card.lastOrder')}>{showOrderDate(card.lastOrderAt)}</Detail>
          <Detail label={t('ledger.card.ordersTotal')}>{showNumber(card.ordersTotal, lang)}</Detail>
          {card.origin === 'manual' && (
            <Detail label={t('subjectEdits.add.note')} wide>
              {t('subjectEdits.add.manualBadge')}
              {card.note ? ` · ${card.note}` : ''}
            </Detail>
          )}
        </dl>
      </Section>
      <section className="card card-accent" aria-labelledby={transfersTitleId}>
        <div className="card-header">
          <h2 id={transfersTitleId}>{t('ledger.card.whoReceived')}</h2>
        </div>
        <div className="card-body">
          {card.recipients.length > 0 && <p className="muted small">{t('ledger.card.whoReceivedLead')}</p>}
          <SubjectRecipients recipients={card.recipients} />
        </div>
      </section>
      <Section title={t('ledger.card.orders')}>
        <SubjectOrders card={card} />
      </Section>
      {card.possibleMatches.some((m) => m.status === 'open') && (
        <Section title={t('identity.matches.title')}>
          <p className="muted small">{t('identity.matches.lead')}</p>
          <PossibleMatchList
            items={card.possibleMatches}
            onChanged={subject.reload}
            onOpen={(subjectId) => navigate({ page: 'subject', id: subjectId })}
          />
        </Section>
      )}
      {card.changes.length > 0 && (
        <Section title={t('identity.changes.title')}>
          <SubjectChanges changes={card.changes} onChanged={subject.reload} />
        </Section>
      )}
      {editing === 'split' && (
        <SplitDialog
          card={card}
          onClose={() => setEditing(null)}
          onChanged={subject.reload}
          onOpen={(subjectId) => {
            setEditing(null);
            navigate({ page: 'subject', id: subjectId });
          }}
        />
      )}
      {editing === 'merge' && (
        <MergeDialog
          card={card}
          onClose={() => setEditing(null)}
          onMerged={(intoId) => {
            setEditing(null);
            navigate({ page: 'subject', id: intoId });
          }}
        />
      )}
    </div>
  );
}
