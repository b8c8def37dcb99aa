import { CircleCheck, CircleDashed } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Settings } from '../../../../shared/domain/settings';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { useQuery } from '../../hooks/useQuery';
import { useAppData } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import './firstSteps.css';

const personRule = Settings.shape.responsiblePerson;

/**
 * «Начало работы» on the start page, until every step is done: the responsible person (recorded in
 * the audit trail beside the OS user), the first recipients and the first import of the current
 * organisation. Each step's state is read from the data, not ticked by hand.
 */
export function FirstStepsChecklist() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const { settings, currentOrganisation, updateSettings } = useAppData();
  const organisationId = currentOrganisation?.id ?? null;
  const recipients = useQuery(organisationId ? `firstSteps:recipients:${organisationId}` : null, (api) =>
    api.recipients.list({ organisationId: organisationId ?? 0, limit: 1 }),
  );
  const imports = useQuery(organisationId ? `firstSteps:imports:${organisationId}` : null, (api) =>
    api.imports.history({ organisationId: organisationId ?? 0 }),
  );
  const [person, setPerson] = useState('');
  const [personError, setPersonError] = useState<string | undefined>(undefined);

  if (!organisationId || !recipients.data || !imports.data) return null;
  const recipientCount = recipients.data.total;
  const importCount = imports.data.length;
  const done = [settings.responsiblePerson !== '', recipientCount > 0, importCount > 0];
  if (done.every(Boolean)) return null;

  const savePerson = async () => {
    const parsed = personRule.safeParse(person);
    if (!parsed.success || parsed.data === '') {
      setPersonError(parsed.success ? 'validation.required' : parsed.error.issues[0]?.message);
      return;
    }
    const result = await updateSettings({ responsiblePerson: parsed.data });
    if (result.ok) notify(t('desktop.firstSteps.personSaved'));
  };

  return (
    <section className="card first-steps" aria-labelledby="first-steps-title">
      <div className="card-header">
        <h2 id="first-steps-title">{t('desktop.firstSteps.title')}</h2>
        <span className="muted">
          {t('desktop.firstSteps.progress', {
            done: String(done.filter(Boolean).length),
            total: String(done.length),
          })}
        </span>
      </div>
      <ol className="first-steps-list card-body">
        <Step done={done[0] ?? false} title={t('desktop.firstSteps.person')}>
          {settings.responsiblePerson ? (
            t('desktop.firstSteps.personDone', { person: settings.responsiblePerson })
          ) : (
            <form
              className="first-steps-person"
              onSubmit={(e) => {
                e.preventDefault();
                void savePerson();
              }}
            >
              <TextField
                label={t('desktop.firstSteps.personLabel')}
                hint={t('desktop.firstSteps.personHint')}
                value={person}
                error={personError}
                onChange={(e) => {
                  setPerson(e.target.value);
                  setPersonError(undefined);
                }}
              />
              <button type="submit" className="btn btn-primary">
                {t('common.save')}
              </button>
            </form>
          )}
        </Step>
        <Step done={done[1] ?? false} title={t('desktop.firstSteps.recipients')}>
          {recipientCount > 0 ? (
            t('desktop.firstSteps.recipientsDone', { count: recipientCount })
          ) : (
            <button type="button" className="btn" onClick={() => navigate({ page: 'recipientNew' })}>
              {t('register.add')}
            </button>
          )}
        </Step>
        <Step done={done[2] ?? false} title={t('desktop.firstSteps.import')}>
          {importCount > 0 ? (
            t('desktop.firstSteps.importDone', { count: importCount })
          ) : (
            <>
              <p className="muted">{t('desktop.firstSteps.importText')}</p>
              <button type="button" className="btn" onClick={() => navigate({ page: 'imports' })}>
                {t('desktop.firstSteps.openImports')}
              </button>
            </>
          )}
        </Step>
      </ol>
    </section>
  );
}

function Step({ done, title, children }: { done: boolean; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const Icon = done ? CircleCheck : CircleDashed;
  return (
    <li className={done ? 'first-step is-done' : 'first-step'}>
      <Icon size={20} aria-hidden="true" className="first-step-icon" />
      <div>
        <strong>{title}</strong>
        <span className="visually-hidden">
          {' — '}
          {done ? t('desktop.firstSteps.stepDone') : t('desktop.firstSteps.stepToDo')}
        </span>
        <div className="first-step-body">{children}</div>
      </div>
    </li>
  );
}
