import type { TFunction } from 'i18next';
import type { AuditReport, ReferenceCheck } from '../../../../shared/domain/auditIntegrity';
import { translateKey } from '../../i18n/messages';

/** «совпадает», «записи удалены: …» — the state of the chain against an anchor or a seal. */
export const referenceText = (t: TFunction, check: ReferenceCheck, headCount: number): string => {
  const translate = t as unknown as (k: string, o?: Record<string, unknown>) => string;
  return translate(`auditTrail.verify.states.${check.state}`, {
    added: String(Math.max(0, headCount - (check.reference?.count ?? 0))),
    expected: String(check.reference?.count ?? 0),
    found: String(check.foundCount),
  });
};

/** The lines of a verification report, most important first. */
export const reportLines = (t: TFunction, report: AuditReport): string[] => {
  const count = report.head?.count ?? 0;
  const lines: string[] = [];
  if (report.ok) lines.push(t('auditTrail.verify.ok', { count: report.checked }));
  if (report.firstBrokenId !== null)
    lines.push(t('auditTrail.verify.chainBroken', { id: String(report.firstBrokenId) }));
  if (report.seal) lines.push(t('auditTrail.verify.seal', { state: referenceText(t, report.seal, count) }));
  if (!report.ok)
    lines.push(t('auditTrail.verify.anchor', { state: referenceText(t, report.anchor, count) }));
  if (report.records.findings.length > 0)
    lines.push(t('auditTrail.verify.records', { count: report.records.findings.length }));
  return lines;
};

/** «Получатель № 12: изменена в обход программы (поля: Наименование, Примечания)». */
export const findingText = (
  t: TFunction,
  finding: AuditReport['records']['findings'][number],
  label: (field: string) => string,
): string => {
  const text = t('auditTrail.verify.finding', {
    entity: translateKey(t, `auditTrail.entities.${finding.entity}`),
    id: String(finding.entityId),
    kind: translateKey(t, `auditTrail.verify.kinds.${finding.kind}`),
  });
  return finding.fields.length > 0
    ? `${text} (${t('auditTrail.verify.findingFields', { fields: finding.fields.map(label).join(', ') })})`
    : text;
};
