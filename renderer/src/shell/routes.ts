import { createContext, useContext } from 'react';

/** In-app routes; the state lives in the shell (no router library, no URLs to navigate to). */
export type Route =
  | { page: 'recipients' }
  | { page: 'recipientNew' }
  | { page: 'recipient'; id: number }
  | { page: 'recipientEdit'; id: number }
  | { page: 'organisations' }
  | { page: 'organisationNew' }
  | { page: 'organisation'; id: number }
  | { page: 'organisationEdit'; id: number }
  | { page: 'audit' }
  | { page: 'backups' }
  | { page: 'settings' };

export type Section = 'recipients' | 'organisations' | 'audit' | 'backups' | 'settings';

export const sectionOf = (route: Route): Section => {
  switch (route.page) {
    case 'recipients':
    case 'recipientNew':
    case 'recipient':
    case 'recipientEdit':
      return 'recipients';
    case 'organisations':
    case 'organisationNew':
    case 'organisation':
    case 'organisationEdit':
      return 'organisations';
    default:
      return route.page;
  }
};

export const NavigationContext = createContext<((route: Route) => void) | null>(null);

export function useNavigate(): (route: Route) => void {
  const navigate = useContext(NavigationContext);
  if (!navigate) throw new Error('useNavigate outside the shell');
  return navigate;
}
