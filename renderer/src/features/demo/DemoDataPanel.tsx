import { Building2, FileSpreadsheet, Lock, MessagesSquare, ShieldAlert, Users } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Layout';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber } from '../../i18n/format';
import { useAppData } from '../../shell/appData';
import { useNavigate, type Route } from '../../shell/routes';
import './demo.css';

/**
 * On the start page while demo shops are in use: marks the data as demo data, shows what it holds
 * (each capability with the screen that opens it) and removes it, after a confirmation, to the archive.
 */
export function DemoDataPanel() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const { notify } = useToast();
  const { refresh } = useAppData();
  const { busy, run } = useAction();
  const [asking, setAsking] = useState(false);
  const status = useQuery('demo:status', (api) => api.demo.status());
  const s = status.data;
  if (!s || !s.active) return null;
  const n = (value: number) => showNumber(value, lang);
  const shops = s.organisations.filter((o) => !o.archived);

  const remove = async () => {
    const result = await run((api) => api.demo.remove());
    setAsking(false);
    if (!result.ok) return;
    notify(t('demo.panel.removed', { count: result.value.archived }));
    await refresh();
  };

  const row = (icon: ReactNode, label: string, value: string, route: Route) => (
    <li>
      {icon}
      <span className="demo-facts-label">{label}</span>
      <strong className="demo-facts-value">{value}</strong>
      <button
        type="button"
        className="btn btn-small"
        aria-label={`${t('demo.panel.open')}: ${label}`}
        onClick={() => navigate(route)}
      >
        {t('demo.panel.open')}
      </button>
    </li>
  );

  return (
    <section className="card demo-panel" aria-labelledby="demo-panel-title">
      <div className="card-header">
        <h2 id="demo-panel-title">
          {t('demo.panel.title')} <Badge tone="warning">{t('demo.panel.badge')}</Badge>
        </h2>
        <button type="button" className="btn btn-small" onClick={() => setAsking(true)} disabled={busy}>
          {t('demo.panel.remove')}
        </button>
      </div>
      <div className="card-body">
        <p className="muted">{t('demo.panel.lead')}</p>
        <ul className="demo-facts" aria-label={t('demo.panel.title')}>
          {row(
            <Building2 size={18} aria-hidden="true" />,
            t('demo.panel.shops'),
            shops.map((o) => o.jurisdiction).join(' · '),
            { page: 'organisations' },
          )}
          {row(<Users size={18} aria-hidden="true" />, t('demo.panel.recipients'), n(s.recipients), {
            page: 'recipients',
          })}
          {row(<FileSpreadsheet size={18} aria-hidden="true" />, t('demo.panel.orders'), n(s.orders), {
            page: 'subjects',
          })}
          {row(
            <MessagesSquare size={18} aria-hidden="true" />,
            t('demo.panel.correspondence', { overdue: n(s.overdue), answered: n(s.answeredFrozen) }),
            n(s.correspondence),
            { page: 'correspondence' },
          )}
          {row(
            <ShieldAlert size={18} aria-hidden="true" />,
            t('demo.panel.incidents', { clocks: n(s.runningClocks) }),
            n(s.incidents),
            { page: 'breaches' },
          )}
          {row(<Lock size={18} aria-hidden="true" />, t('demo.panel.blocks'), n(s.blocks), {
            page: 'correspondence',
          })}
        </ul>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('demo.panel.removeTitle')}
          confirmLabel={t('demo.panel.removeConfirm')}
          onConfirm={() => void remove()}
          onClose={() => setAsking(false)}
          busy={busy}
          danger
        >
          <p>{t('demo.panel.removeText', { names: shops.map((o) => o.name).join(', ') })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
