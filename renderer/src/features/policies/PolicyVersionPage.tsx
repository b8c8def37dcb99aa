import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBlock, Loading, PageHeader, Section } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { showDate, showInstant } from '../../i18n/format';
import { useNavigate } from '../../shell/routes';
import { AuditHistory } from '../audit/AuditHistory';
import { ChangesTab } from './ChangesTab';
import { ClausesTab } from './ClausesTab';
import { FactsTab } from './FactsTab';
import { ParseWarnings } from './ParseWarnings';
import { PolicyStatusBadges } from './PolicyStatusBadges';
import './policies.css';

type Tab = 'clauses' | 'facts' | 'changes';
const TABS: readonly Tab[] = ['clauses', 'facts', 'changes'];

/**
 * One version: the clause tree next to the original text, the facts, the changes; confirm or withdraw.
 * Every change goes through `useAction` (the query cache is invalidated), so the page, its tabs and its
 * history read the stored version again.
 */
export function PolicyVersionPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const query = useQuery(`policy:${id}`, (api) => api.policies.get({ id }));
  const [tab, setTab] = useState<Tab>('clauses');
  const [asking, setAsking] = useState<'confirm' | 'withdraw' | null>(null);
  const back = { label: t('policies.version.back'), onClick: () => navigate({ page: 'policies' }) };
  const v = query.data;
  if (query.error) {
    return (
      <div className="page">
        <PageHeader title={t('policies.title')} back={back} />
        <ErrorBlock error={query.error} onRetry={query.reload} />
      </div>
    );
  }
  if (!v) return <Loading />;
  const draft = v.status === 'draft';
  const finish = async (step: 'confirm' | 'withdraw') => {
    const result = await run((api) =>
      step === 'confirm'
        ? api.policies.confirm({ versionId: v.id })
        : api.policies.withdraw({ versionId: v.id }),
    );
    setAsking(null);
    if (!result.ok) return;
    notify(step === 'confirm' ? t('policies.version.confirmed') : t('policies.version.withdrawn'));
  };
  return (
    <div className="page page-policy">
      <PageHeader
        title={t('policies.version.title', { seq: String(v.seq), date: showDate(v.effectiveDate) })}
        back={back}
        subtitle={
          <span className="badge-row">
            <PolicyStatusBadges status={v.status} inForce={v.inForce} />
            <span>{v.title}</span>
          </span>
        }
        actions={
          draft && (
            <>
              <button type="button" className="btn btn-primary" onClick={() => setAsking('confirm')}>
                {t('policies.version.confirm')}
              </button>
              <button type="button" className="btn" onClick={() => setAsking('withdraw')}>
                {t('policies.version.withdraw')}
              </button>
            </>
          )
        }
      />
      <p className="muted policy-provenance">
        {t('policies.version.loadedBy', {
          at: showInstant(v.loadedAt),
          who: v.loadedByPerson || v.loadedByOs,
        })}
        {v.confirmedAt &&
          ` · ${t('policies.version.confirmedBy', { at: showInstant(v.confirmedAt), who: v.confirmedByPerson || v.confirmedByOs })}`}
        {` · ${v.sourceKind === 'pasted' ? t('policies.pasted') : `${t('policies.version.file')}: ${v.fileName}`}`}
        {' · '}
        {t('policies.version.sha256')}: <code className="hash">{v.sourceSha256}</code>
      </p>
      {!draft && <p className="notice">{t('policies.version.frozen')}</p>}
      <ParseWarnings version={v} />
      <div role="tablist" aria-label={t('policies.title')} className="tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab tab-active' : 'tab'}
            onClick={() => setTab(name)}
          >
            {t(`policies.version.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(`policies.version.tabs.${tab}`)}>
        {tab === 'clauses' && <ClausesTab version={v} />}
        {tab === 'facts' && <FactsTab version={v} />}
        {tab === 'changes' && <ChangesTab version={v} />}
      </div>
      <Section title={t('audit.history.title')}>
        <AuditHistory entity="policyVersion" entityId={v.id} />
      </Section>
      {asking && (
        <ConfirmDialog
          title={
            asking === 'confirm' ? t('policies.version.confirmTitle') : t('policies.version.withdrawTitle')
          }
          confirmLabel={asking === 'confirm' ? t('policies.version.confirm') : t('policies.version.withdraw')}
          danger={asking === 'withdraw'}
          busy={busy}
          onClose={() => setAsking(null)}
          onConfirm={() => void finish(asking)}
        >
          <p>
            {asking === 'confirm' ? t('policies.version.confirmText') : t('policies.version.withdrawText')}
          </p>
          {asking === 'confirm' && <ChangesTab version={v} compact />}
        </ConfirmDialog>
      )}
    </div>
  );
}
