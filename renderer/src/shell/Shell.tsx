import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../components/Toast';
import { AuditAlarm } from '../features/audit/AuditAlarm';
import {
  initialRegisterView,
  type RegisterView,
  type RegisterViewUpdate,
} from '../features/recipients/registerView';
import { useAppData } from './appData';
import { GlobalSearchDialog } from '../features/search/GlobalSearchDialog';
import { Header } from './Header';
import { NavigationContext, sectionOf, type Route, type Section } from './routes';
import { RouteView } from './RouteView';
import { Sidebar } from './Sidebar';
import { useUnsavedChangesGuard } from './unsavedChanges';

/** Sidebar + header + the current page. Keeps the register's filters per organisation across pages. */
export function Shell() {
  const { t } = useTranslation();
  const { currentOrganisation, organisations, updateSettings } = useAppData();
  const { showError, notify } = useToast();
  const [route, setRoute] = useState<Route>({ page: 'deadlines' });
  const [registerViews, setRegisterViews] = useState<Record<number, RegisterView>>({});
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRoute = useRef(true);
  const guard = useUnsavedChangesGuard();
  const [searching, setSearching] = useState(false);

  // Ctrl+K (Cmd+K) anywhere opens the global search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setSearching(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // After navigation: scroll to the top and put focus on the new page's title (or the main region).
  useEffect(() => {
    if (isFirstRoute.current) {
      isFirstRoute.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    main.scrollTop = 0;
    const title = main.querySelector<HTMLElement>('[data-page-title]');
    (title ?? main).focus({ preventScroll: true });
  }, [route]);

  // Leaving a form with unsaved changes asks first (navigation, section, organisation).
  const navigate = useCallback((next: Route) => guard(() => setRoute(next)), [guard]);

  const selectSection = (section: Section) => navigate({ page: section });

  const switchOrganisation = async (id: number) => {
    const result = await updateSettings({ currentOrganisationId: id });
    if (!result.ok) {
      showError(result.error);
      return;
    }
    const name = organisations.find((o) => o.id === id)?.name ?? '';
    notify(t('organisations.switched', { name }), 'info');
    if (sectionOf(route) === 'recipients') setRoute({ page: 'recipients' });
  };

  const orgId = currentOrganisation?.id ?? 0;
  const registerView = registerViews[orgId] ?? initialRegisterView;
  const setRegisterView = useCallback(
    (update: RegisterViewUpdate) =>
      setRegisterViews((all) => ({
        ...all,
        [orgId]: typeof update === 'function' ? update(all[orgId] ?? initialRegisterView) : update,
      })),
    [orgId],
  );

  return (
    <NavigationContext.Provider value={navigate}>
      <div className="app-layout">
        <Sidebar active={sectionOf(route)} onSelect={selectSection} />
        <div className="app-main">
          <Header
            onOrganisationChange={(id) => guard(() => void switchOrganisation(id))}
            onSearch={() => setSearching(true)}
          />
          <main ref={mainRef} className="content" tabIndex={-1}>
            {/* A start-up finding about the audit trail stays visible on every page until acknowledged. */}
            {route.page !== 'audit' && <AuditAlarm showLink />}
            <RouteView
              key={orgId}
              route={route}
              registerView={registerView}
              onRegisterViewChange={setRegisterView}
            />
          </main>
        </div>
      </div>
      {searching && <GlobalSearchDialog onOpen={navigate} onClose={() => setSearching(false)} />}
    </NavigationContext.Provider>
  );
}
