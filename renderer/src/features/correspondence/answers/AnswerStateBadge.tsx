import { useTranslation } from 'react-i18next';
import type { AnswerState } from '../../../../../shared/domain/correspondenceAnswer';
import { Badge } from '../../../components/Layout';

const tone = { draft: 'neutral', registered: 'info', sent: 'success' } as const satisfies Record<
  AnswerState,
  string
>;

/** The letter's state; with `version`, «Версия 2 · проект» in one badge. */
export function AnswerStateBadge({ state, version }: { state: AnswerState; version?: number }) {
  const { t } = useTranslation();
  const label = t(`correspondence.answerState.${state}`);
  return (
    <Badge tone={tone[state]}>
      {version === undefined
        ? label
        : `${t('correspondence.answers.versionShort', { version: String(version) })} · ${label.toLowerCase()}`}
    </Badge>
  );
}
