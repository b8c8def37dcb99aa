import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { BreachDetail } from '../features/breaches/detail/BreachDetail';
import { BreachEditPage, BreachNewPage } from '../features/breaches/form/BreachEditPages';
import { BreachList } from '../features/breaches/list/BreachList';
import { AnswerEditorPage } from '../features/correspondence/answers/AnswerEditorPage';
import { DeadlineSettingsPage } from '../features/correspondence/calendars/DeadlineSettingsPage';
import { DeadlinesPage } from '../features/correspondence/deadlines/DeadlinesPage';
import { ItemEditPage, ItemNewPage } from '../features/correspondence/form/ItemEditPages';
import { InboxPage } from '../features/correspondence/inbox/InboxPage';
import { ItemDetail } from '../features/correspondence/item/ItemDetail';
import { ImportsPage } from '../features/imports/ImportsPage';
import { OrganisationDetail } from '../features/organisations/OrganisationDetail';
import { OrganisationEditPage, OrganisationNewPage } from '../features/organisations/OrganisationEditPages';
import { OrganisationList } from '../features/organisations/OrganisationList';
import { PoliciesPage } from '../features/policies/PoliciesPage';
import { PolicyVersionPage } from '../features/policies/PolicyVersionPage';
import { RecipientDetail } from '../features/recipients/RecipientDetail';
import { RecipientEditPage, RecipientNewPage } from '../features/recipients/RecipientEditPages';
import { RecipientList } from '../features/recipients/RecipientList';
import type { RegisterView, RegisterViewUpdate } from '../features/recipients/registerView';
import { SettingsPage } from '../features/settings/SettingsPage';
import { PossibleMatchesPage } from '../features/subjects/PossibleMatchesPage';
import { SubjectCardPage } from '../features/subjects/SubjectCardPage';
import { SubjectList } from '../features/subjects/SubjectList';
import type { Route } from './routes';

interface RouteViewProps {
  route: Route;
  registerView: RegisterView;
  onRegisterViewChange: (update: RegisterViewUpdate) => void;
}

export function RouteView({ route, registerView, onRegisterViewChange }: RouteViewProps) {
  switch (route.page) {
    case 'deadlines':
      return <DeadlinesPage />;
    case 'correspondence':
      return <InboxPage />;
    case 'correspondenceNew':
      return <ItemNewPage />;
    case 'correspondenceItem':
      return <ItemDetail key={route.id} id={route.id} />;
    case 'correspondenceEdit':
      return <ItemEditPage key={route.id} id={route.id} />;
    case 'answer':
      return <AnswerEditorPage key={route.id} id={route.id} />;
    case 'deadlineSettings':
      return <DeadlineSettingsPage />;
    case 'breaches':
      return <BreachList />;
    case 'breachNew':
      return <BreachNewPage />;
    case 'breach':
      return <BreachDetail key={route.id} id={route.id} />;
    case 'breachEdit':
      return <BreachEditPage key={route.id} id={route.id} />;
    case 'recipients':
      return <RecipientList view={registerView} onViewChange={onRegisterViewChange} />;
    case 'recipientNew':
      return <RecipientNewPage />;
    case 'recipient':
      return <RecipientDetail key={route.id} id={route.id} />;
    case 'recipientEdit':
      return <RecipientEditPage key={route.id} id={route.id} />;
    case 'imports':
      return <ImportsPage />;
    case 'subjects':
      return <SubjectList />;
    case 'subject':
      return <SubjectCardPage key={route.id} id={route.id} />;
    case 'possibleMatches':
      return <PossibleMatchesPage />;
    case 'organisations':
      return <OrganisationList />;
    case 'organisationNew':
      return <OrganisationNewPage />;
    case 'organisation':
      return <OrganisationDetail key={route.id} id={route.id} />;
    case 'organisationEdit':
      return <OrganisationEditPage key={route.id} id={route.id} />;
    case 'policies':
      return <PoliciesPage />;
    case 'policy':
      return <PolicyVersionPage key={route.id} id={route.id} />;
    case 'audit':
      return <AuditPage />;
    case 'backups':
      return <BackupsPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
