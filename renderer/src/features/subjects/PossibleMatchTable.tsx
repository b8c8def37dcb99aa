import { useTranslation } from 'react-i18next';
import type { PossibleMatch } from '../../../../shared/domain/ledger';
import { showInstant } from '../../i18n/format';
import { matchWhy } from './matchWhy';
import { MatchActions, useMatchDecision } from './useMatchDecision';

/** One page of the review queue: the pair, why it waits, where it was found, and the decision. */
export function PossibleMatchTable({
  items,
  busy,
  onChanged,
  onOpen,
}: {
  items: readonly PossibleMatch[];
  busy: boolean;
  onChanged: () => void;
  onOpen: (subjectId: number) => void;
}) {
  const { t } = useTranslation();
  const decision = useMatchDecision(onChanged);
  const subject = (id: number, name: string) => (
    <button type="button" className="link-button" onClick={() => onOpen(id)}>
      {name || t('ledger.subjects.noName')}
    </button>
  );
  return (
    <>
      <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
        <table className="data-table is-static" aria-label={t('identity.matches.label')}>
          <thead>
            <tr>
              <th scope="col">{t('identity.matches.columns.subject')}</th>
              <th scope="col">{t('identity.matches.columns.other')}</th>
              <th scope="col">{t('identity.matches.columns.why')}</th>
              <th scope="col">{t('identity.matches.columns.found')}</th>
              <th scope="col">{t('identity.matches.columns.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <td>{subject(m.subjectId, m.subjectName)}</td>
                <td>{subject(m.otherId, m.otherName)}</td>
                <td>{matchWhy(t, m)}</td>
                <td className="small">
                  {m.orderExternalId
                    ? t('identity.matches.foundShort', {
                        order: m.orderExternalId,
                        file: m.fileName ?? '—',
                        line: m.line ?? '—',
                      })
                    : '—'}
                  <div className="muted">{showInstant(m.createdAt)}</div>
                </td>
                <td>
                  {m.status === 'open' ? (
                    <MatchActions match={m} ask={decision.ask} />
                  ) : (
                    t(`identity.matches.status.${m.status}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {decision.dialog}
    </>
  );
}
