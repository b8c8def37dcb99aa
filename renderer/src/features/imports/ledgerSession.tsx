import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobStatus } from '../../../../shared/domain/ledger';
import type { Result } from '../../../../shared/ipc/result';
import { useToast } from '../../components/Toast';
import { asLang, showNumber } from '../../i18n/format';
import { useCurrentOrganisation } from '../../shell/appData';
import { initialSubjectView, type SubjectView, type SubjectViewUpdate } from '../subjects/subjectView';
import { jobErrorText, ledgerErrorText } from './importText';
import { useJobPolling, type PollTarget } from './jobPolling';
import { initialWizard, type ImportWizardState, type WizardUpdate } from './wizardState';

interface LedgerSessionApi {
  wizards: Record<number, ImportWizardState>;
  updateWizard: (organisationId: number, update: WizardUpdate) => void;
  subjectViews: Record<number, SubjectView>;
  updateSubjectView: (organisationId: number, update: SubjectViewUpdate) => void;
  /** Called by the imports page while it is shown; returns the clean-up. */
  showPage: () => () => void;
}

const LedgerSessionContext = createContext<LedgerSessionApi | null>(null);

/**
 * The import wizards (per organisation) and the subjects page view, kept above the pages so that they
 * survive navigation. Polls every running scan or import every 250 ms, even while the imports page is
 * not shown; an import that ends while the officer is elsewhere is announced by a toast.
 */
export function LedgerSessionProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { notify } = useToast();
  const [wizards, setWizards] = useState<Record<number, ImportWizardState>>({});
  const [subjectViews, setSubjectViews] = useState<Record<number, SubjectView>>({});
  const pagesShown = useRef(0);
  const fileNames = useRef<Record<number, string>>({});

  useEffect(() => {
    fileNames.current = Object.fromEntries(
      Object.entries(wizards).map(([org, w]) => [org, w.file?.fileName ?? '']),
    );
  }, [wizards]);

  const updateWizard = useCallback((organisationId: number, update: WizardUpdate) => {
    setWizards((all) => ({ ...all, [organisationId]: update(all[organisationId] ?? initialWizard) }));
  }, []);

  const updateSubjectView = useCallback((organisationId: number, update: SubjectViewUpdate) => {
    setSubjectViews((all) => ({
      ...all,
      [organisationId]:
        typeof update === 'function' ? update(all[organisationId] ?? initialSubjectView) : update,
    }));
  }, []);

  const showPage = useCallback(() => {
    pagesShown.current += 1;
    return () => {
      pagesShown.current -= 1;
    };
  }, []);

  const announce = useCallback(
    (target: PollTarget, result: Result<ImportJobStatus>) => {
      if (target.slot !== 'run' || pagesShown.current > 0) return;
      const file = fileNames.current[target.organisationId] ?? '';
      if (!result.ok) notify(ledgerErrorText(t, result.error), 'error');
      else if (result.value.state === 'done') {
        const imported = showNumber(result.value.counts.imported, asLang(i18n.language));
        notify(t('ledger.run.announceDone', { file, imported }));
      } else if (result.value.state === 'cancelled') notify(t('ledger.run.cancelled'), 'info');
      else if (result.value.error) notify(jobErrorText(t, result.value.error), 'error');
    },
    [i18n.language, notify, t],
  );

  const apply = useCallback(
    (target: PollTarget, result: Result<ImportJobStatus>) => {
      setWizards((all) => {
        const wizard = all[target.organisationId];
        const job = wizard?.[target.slot];
        if (!wizard || !job || job.jobId !== target.jobId) return all;
        const next = result.ok ? { ...job, status: result.value } : { ...job, error: result.error };
        return { ...all, [target.organisationId]: { ...wizard, [target.slot]: next } };
      });
      if (!result.ok || result.value.state !== 'running') announce(target, result);
    },
    [announce],
  );

  useJobPolling(wizards, apply);

  const value = useMemo(
    () => ({ wizards, updateWizard, subjectViews, updateSubjectView, showPage }),
    [wizards, updateWizard, subjectViews, updateSubjectView, showPage],
  );
  return <LedgerSessionContext.Provider value={value}>{children}</LedgerSessionContext.Provider>;
}

function useLedgerSession(): LedgerSessionApi {
  const session = useContext(LedgerSessionContext);
  if (!session) throw new Error('useLedgerSession outside LedgerSessionProvider');
  return session;
}

/** The import wizard of the current organisation. */
export function useImportWizard(): { state: ImportWizardState; update: (update: WizardUpdate) => void } {
  const { wizards, updateWizard } = useLedgerSession();
  const { id } = useCurrentOrganisation();
  const update = useCallback((next: WizardUpdate) => updateWizard(id, next), [updateWizard, id]);
  return { state: wizards[id] ?? initialWizard, update };
}

/** The subjects page view of the current organisation. */
export function useSubjectView(): [SubjectView, (update: SubjectViewUpdate) => void] {
  const { subjectViews, updateSubjectView } = useLedgerSession();
  const { id } = useCurrentOrganisation();
  const update = useCallback(
    (next: SubjectViewUpdate) => updateSubjectView(id, next),
    [updateSubjectView, id],
  );
  return [subjectViews[id] ?? initialSubjectView, update];
}

/** Marks the imports page as shown, so a job ending meanwhile is not announced twice. */
export function useImportsPageShown(): void {
  const { showPage } = useLedgerSession();
  useEffect(() => showPage(), [showPage]);
}
