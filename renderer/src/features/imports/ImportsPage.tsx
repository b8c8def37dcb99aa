import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader, Section } from '../../components/Layout';
import { useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';
import { useImportsPageShown } from './ledgerSession';
import { RejectionsDialog } from './RejectionsDialog';
import './imports.css';
import './importMapping.css';
import './importRun.css';

/** Imports of shop exports: the wizard on top, the history of earlier imports below. */
export function ImportsPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const navigate = useNavigate();
  const [rejections, setRejections] = useState<{ importId: number; fileName: string } | null>(null);
  useImportsPageShown();

  return (
    <div className="page page-imports">
      <PageHeader
        title={t('ledger.imports.title')}
        subtitle={organisation.name}
        actions={
          <button type="button" className="btn" onClick={() => navigate({ page: 'subjects' })}>
            {t('ledger.imports.toSubjects')}
          </button>
        }
      />
      {organisation.archivedAt && <p className="notice">{t('ledger.imports.archivedNotice')}</p>}
      <ImportWizard
        organisation={organisation}
        onShowRejections={(importId, fileName) => setRejections({ importId, fileName })}
      />
      <Section title={t('ledger.history.title')}>
        <ImportHistory
          key={organisation.id}
          organisationId={organisation.id}
          onShowRejections={(importId, fileName) => setRejections({ importId, fileName })}
        />
      </Section>
      {rejections && (
        <RejectionsDialog
          importId={rejections.importId}
          fileName={rejections.fileName}
          onClose={() => setRejections(null)}
        />
      )}
    </div>
  );
}
