import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import type { SubjectBlock } from '../../../../../shared/domain/correspondenceBlock';
import { ErrorBlock, Section } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { showDate, showInstant } from '../../../i18n/format';
import { useNavigate } from '../../../shell/routes';
import { BlockedBadge } from '../StatusBadge';
import { CreateBlockDialog, EndBlockDialog } from './BlockDialogs';

interface BlockSectionProps {
  item: CorrespondenceItem;
  version: number;
  onChanged: () => void;
}

/**
 * Blocking of the sender's data from the request until the check ends (152-FZ art. 21 p. 1): this
 * item's blocks, and blocks of the linked subject that other items started.
 */
export function BlockSection({ item, version, onChanged }: BlockSectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [ending, setEnding] = useState<SubjectBlock | null>(null);
  const [creating, setCreating] = useState(false);
  const subjectId = item.sender.subjectId;
  const own = useQuery(`blocks:item:${item.id}:${version}`, (api) => api.blocks.list({ itemId: item.id }));
  const bySubject = useQuery(subjectId ? `blocks:subject:${subjectId}:${version}` : null, (api) =>
    api.blocks.forSubjects({ subjectIds: subjectId ? [subjectId] : [] }),
  );
  const blocks = own.data ?? [];
  const others = (subjectId ? (bySubject.data ?? []) : []).filter((b) => b.itemId !== item.id);
  const hasActive = blocks.some((b) => b.active);
  const relevant =
    blocks.length > 0 ||
    others.length > 0 ||
    item.blocked ||
    item.kind === 'blocking' ||
    item.kind === 'correction';
  if (!relevant) return null;
  const done = () => {
    setEnding(null);
    setCreating(false);
    onChanged();
  };

  return (
    <Section title={t('correspondence.blocks.title')} actions={item.blocked ? <BlockedBadge /> : undefined}>
      {own.error && <ErrorBlock error={own.error} onRetry={own.reload} />}
      {blocks.length === 0 && others.length === 0 && (
        <p className="muted">{t('correspondence.blocks.none')}</p>
      )}
      <ul className="block-list">
        {blocks.map((b) => (
          <li key={b.id} className={b.active ? 'block-entry is-active' : 'block-entry'}>
            <div className="block-head">
              <strong>
                {b.active
                  ? t('correspondence.blocks.activeSince', { date: showDate(b.from) })
                  : t('correspondence.blocks.ended', { from: showDate(b.from), until: showDate(b.until) })}
              </strong>
              {b.active && (
                <button type="button" className="btn btn-small" onClick={() => setEnding(b)}>
                  {t('correspondence.blocks.end')}
                </button>
              )}
            </div>
            <div className="muted small">{b.reason}</div>
            {!b.active && b.endReason && (
              <div className="small">
                {t('correspondence.blocks.endReason')}: {b.endReason}
                {b.endedAt && <span className="muted"> · {showInstant(b.endedAt)}</span>}
              </div>
            )}
            {b.active && b.subjectId === null && (
              <div className="small warning-text">{t('correspondence.blocks.notLinked')}</div>
            )}
          </li>
        ))}
        {others.map((b) => (
          <li key={b.id} className="block-entry is-active">
            <div className="block-head">
              <strong>{t('correspondence.blocks.byOther', { date: showDate(b.from) })}</strong>
              <button
                type="button"
                className="btn btn-small btn-ghost"
                onClick={() => navigate({ page: 'correspondenceItem', id: b.itemId })}
              >
                {t('correspondence.blocks.openItem', { number: b.itemNumber })}
              </button>
            </div>
            <div className="muted small">{b.reason}</div>
          </li>
        ))}
      </ul>
      {!hasActive && item.status !== 'closed' && (
        <div className="button-row">
          <button type="button" className="btn" onClick={() => setCreating(true)}>
            {t('correspondence.blocks.create')}
          </button>
        </div>
      )}
      {ending && <EndBlockDialog block={ending} onClose={() => setEnding(null)} onDone={done} />}
      {creating && <CreateBlockDialog item={item} onClose={() => setCreating(false)} onDone={done} />}
    </Section>
  );
}
