import { TriangleAlert } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { isOpenStatus } from '../../../../../shared/correspondence/statusWorkflow';
import { Detail } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { asLang, showDate, showInstant } from '../../../i18n/format';
import { CountdownBadge } from '../CountdownBadge';
import { itemCountdown } from '../countdown';
import { weekdayOf } from '../periodText';
import { ExtendDialog } from './ExtendDialog';
import { PauseDialog, ResumeDialog } from './PauseDialogs';
import { DeadlineHistory } from './DeadlineHistory';

interface DeadlineCardProps {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
}

/** The due date, big, with the sentence that explains it, its rule, citation and calendar version. */
export function DeadlineCard({ item, onChanged }: DeadlineCardProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const headingId = useId();
  const [dialog, setDialog] = useState<'extend' | 'pause' | 'resume' | null>(null);
  const rules = useQuery(`rules:${item.organisationId}:${item.kind}`, (api) =>
    api.deadlines.rules({ organisationId: item.organisationId, kind: item.kind }),
  );
  const rule = rules.data?.find((r) => r.ruleId === item.deadline.ruleId);
  // The rule's extension is a total: what earlier extensions used is no longer available.
  const used = item.extensions.reduce((sum, e) => sum + e.amount, 0);
  const remaining = rule?.extension ? rule.extension.amount - used : 0;
  const { deadline } = item;
  const { basis } = deadline;
  const countdown = itemCountdown(item, new Date());
  const open = isOpenStatus(item.status);
  const paused = item.status === 'paused';
  const done = (next: CorrespondenceItem) => {
    setDialog(null);
    onChanged(next);
  };

  return (
    <section className={`card deadline-card deadline-card-${countdown.state}`} aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{t('correspondence.deadline.title')}</h2>
        {open && (
          <div className="card-actions">
            <button
              type="button"
              className="btn btn-small"
              disabled={paused || remaining <= 0}
              title={
                rule && !rule.extension
                  ? t('correspondence.extend.notAllowed')
                  : rule && remaining <= 0
                    ? t('correspondence.extend.usedUp')
                    : undefined
              }
              onClick={() => setDialog('extend')}
            >
              {t('correspondence.extend.open')}
            </button>
            {paused ? (
              <button type="button" className="btn btn-small" onClick={() => setDialog('resume')}>
                {t('correspondence.resume.open')}
              </button>
            ) : (
              <button type="button" className="btn btn-small" onClick={() => setDialog('pause')}>
                {t('correspondence.pause.open')}
              </button>
            )}
          </div>
        )}
      </div>
      <div className="card-body deadline-card-body">
        <div className="deadline-due">
          <span className="deadline-due-label">{t('correspondence.deadline.dueLabel')}</span>
          <strong className="deadline-due-date">{showDate(item.dueDate)}</strong>
          <span className="muted">
            {weekdayOf(item.dueDate, lang)}
            {basis.unit !== 'hours' && `, ${t('correspondence.deadline.until24')}`}
          </span>
          <CountdownBadge countdown={countdown} hourBased={basis.unit === 'hours'} large />
        </div>
        <div className="deadline-basis">
          <p className="deadline-explanation">{lang === 'ru' ? basis.explanationRu : basis.explanationEn}</p>
          <dl className="details details-compact">
            <Detail label={t('correspondence.deadline.rule')} wide>
              {lang === 'ru' ? deadline.ruleTitleRu : deadline.ruleTitleEn}
              {deadline.ruleVerify && (
                <span className="verify-mark">{t('correspondence.deadline.ruleVerify')}</span>
              )}
            </Detail>
            <Detail label={t('correspondence.deadline.citation')} wide>
              {basis.citation}
            </Detail>
            <Detail label={t('correspondence.deadline.calendar')}>
              <span className="mono">{basis.calendarVersion ?? t('correspondence.deadline.noCalendar')}</span>
            </Detail>
            <Detail label={t('correspondence.deadline.start')}>{showDate(item.startDate)}</Detail>
            {deadline.originalDueDate !== item.dueDate && (
              <Detail label={t('correspondence.deadline.original')}>
                {showDate(deadline.originalDueDate)}
              </Detail>
            )}
            {deadline.shiftedFrom && (
              <Detail label={t('correspondence.deadline.shiftedFrom')}>
                {showDate(deadline.shiftedFrom)}
              </Detail>
            )}
            <Detail label={t('correspondence.deadline.computedAt')}>
              {showInstant(deadline.computedAt)}
            </Detail>
          </dl>
          {deadline.warnings.length > 0 && (
            <ul className="deadline-warnings">
              {deadline.warnings.map((w) => (
                <li key={w.code + w.textRu}>
                  <TriangleAlert size={14} aria-hidden="true" />
                  <strong>{t('correspondence.deadline.verify')}:</strong>{' '}
                  {lang === 'ru' ? w.textRu : w.textEn}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <DeadlineHistory item={item} />
      {dialog === 'extend' && rule && (
        <ExtendDialog
          item={item}
          rule={rule}
          remaining={remaining}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
      {dialog === 'pause' && <PauseDialog item={item} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'resume' && <ResumeDialog item={item} onClose={() => setDialog(null)} onDone={done} />}
    </section>
  );
}
