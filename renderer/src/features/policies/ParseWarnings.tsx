import { useTranslation } from 'react-i18next';
import type { PolicyVersion } from '../../../../shared/domain/policy';

/** Gaps, duplicates and numbers out of order: where the split most likely needs a fix. */
export function ParseWarnings({ version }: { version: PolicyVersion }) {
  const { t } = useTranslation();
  if (version.warnings.length === 0 || version.status !== 'draft') return null;
  return (
    <div className="notice notice-warning" role="status">
      <strong>{t('policies.warnings.title')}</strong>
      <ul>
        {version.warnings.map((w, i) => (
          <li key={i}>{t(`policies.warnings.${w.code}`, { detail: w.detail, clause: w.clauseId ?? '' })}</li>
        ))}
      </ul>
    </div>
  );
}
