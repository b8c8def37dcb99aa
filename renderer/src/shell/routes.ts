import { createContext, useContext } from 'react';

/** In-app routes; the state lives in the shell (no router library, no URLs to navigate to). */
export type Route =
  | { page: 'deadlines' }
  | { page: 'correspondence' }
  | { page: 'correspondenceNew' }
  | { page: 'correspondenceItem'; id: number }
  | { page: 'correspondenceEdit'; id: number }
  | { page: 'answer'; id: number }
  | { page: 'deadlineSettings' }
  | { page: 'breaches' }
  | { page: 'breachNew' }
  | { page: 'breach'; id: number }
  | { page: 'breachEdit'; id: number }
  | { page: 'recipients' }
  | { page: 'recipientNew' }
  | { page: 'recipient'; id: number }
  | { page: 'recipientEdit'; id: number }
  | { page: 'imports' }
  | { page: 'subjects' }
  | { page: 'subject'; id: number }
  | { page: 'possibleMatches' }
  | { page: 'organisations' }
  | { page: 'organisationNew' }
  | { page: 'organisation'; id: number }
  | { page: 'organisationEdit'; id: number }
  | { page: 'policies' }
  | { page: 'policy'; id: number }
  | { page: 'audit' }
  | { page: 'backups' }
  | { page: 'settings' };

export type Section =
  | 'deadlines'
  | 'correspondence'
  | 'breaches'
  | 'recipients'
  | 'imports'
  | 'subjects'
  | 'organisations'
  | 'policies'
  | 'audit'
  | 'backups'
  | 'settings';

export const sectionOf = (route: Route): Section => {
  switch (route.page) {
    case 'correspondenceNew':
    case 'correspondenceItem':
    case 'correspondenceEdit':
    case 'answer':
      return 'correspondence';
    case 'deadlineSettings':
      return 'settings';
    case 'breachNew':
    case 'breach':
    case 'breachEdit':
      return 'breaches';
    case 'recipients':
    case 'recipientNew':
    case 'recipient':
    case 'recipientEdit':
      return 'recipients';
    case 'subject':
    case 'possibleMatches':
      return 'subjects';
    case 'policy':
      return 'policies';
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
