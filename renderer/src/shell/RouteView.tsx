import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { OrganisationDetail } from '../features/organisations/OrganisationDetail';
import { OrganisationEditPage, OrganisationNewPage } from '../features/organisations/OrganisationEditPages';
import { OrganisationList } from '../features/organisations/OrganisationList';
import { RecipientDetail } from '../features/recipients/RecipientDetail';
import { RecipientEditPage, RecipientNewPage } from '../features/recipients/RecipientEditPages';
import { RecipientList } from '../features/recipients/RecipientList';
import type { RegisterView, RegisterViewUpdate } from '../features/recipients/registerView';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { Route } from './routes';

interface RouteViewProps {
  route: Route;
  registerView: RegisterView;
  onRegisterViewChange: (update: RegisterViewUpdate) => void;
}

export function RouteView({ route, registerView, onRegisterViewChange }: RouteViewProps) {
  switch (route.page) {
    case 'recipients':
      return <RecipientList view={registerView} onViewChange={onRegisterViewChange} />;
    case 'recipientNew':
      return <RecipientNewPage />;
    case 'recipient':
      return <RecipientDetail key={route.id} id={route.id} />;
    case 'recipientEdit':
      return <RecipientEditPage key={route.id} id={route.id} />;
    case 'organisations':
      return <OrganisationList />;
    case 'organisationNew':
      return <OrganisationNewPage />;
    case 'organisation':
      return <OrganisationDetail key={route.id} id={route.id} />;
    case 'organisationEdit':
      return <OrganisationEditPage key={route.id} id={route.id} />;
    case 'audit':
      return <AuditPage />;
    case 'backups':
      return <BackupsPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
