import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReport } from '../../../../shared/domain/auditIntegrity';
import { Section } from '../../components/Layout';
import { useAction } from '../../hooks/useAction';
import { fieldLabel } from './auditValues';
import { findingText, reportLines } from './referenceText';
import { SealPanel } from './SealPanel';

/** Verify the chain, its anchor and the register rows; issue a seal and check against one. */
export function IntegrityPanel({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [report, setReport] = useState<AuditReport | null>(null);

  const verify = async () => {
    const result = await run((api) => api.audit.verify());
    if (result.ok) setReport(result.value);
  };

  return (
    <Section title={t('auditTrail.verify.title')}>
      <div className="button-row">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void verify()}>
          {busy ? t('auditTrail.verify.running') : t('auditTrail.verify.run')}
        </button>
      </div>
      {report && <ReportView report={report} />}
      <SealPanel onReport={setReport} onChanged={onChanged} />
    </Section>
  );
}

export function ReportView({ report }: { report: AuditReport }) {
  const { t } = useTranslation();
  return (
    <div
      className={`verify-result ${report.ok ? 'verify-ok' : 'verify-broken'}`}
      role={report.ok ? 'status' : 'alert'}
    >
      {reportLines(t, report).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {report.records.findings.length > 0 && (
        <ul>
          {report.records.findings.slice(0, 50).map((f) => (
            <li key={`${f.entity}-${f.entityId}-${f.kind}`}>
              {findingText(t, f, (field) => fieldLabel(t, f.entity, field))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
