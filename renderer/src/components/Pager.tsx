import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { asLang, showNumber } from '../i18n/format';

interface PagerProps {
  total: number;
  offset: number;
  limit: number;
  onChange: (offset: number) => void;
  label?: string;
  /** More than `total` exist (a search stopped counting): shown as «1000+»; next stays open, last is unknown. */
  capped?: boolean;
}

/** First / previous / page number / next / last; every control is a real button or input. */
export function Pager({ total, offset, limit, onChange, label, capped = false }: PagerProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  const go = (target: number) => {
    const clamped = Math.min(pages, Math.max(1, Math.round(target)));
    if (clamped !== page) onChange((clamped - 1) * limit);
  };
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(total, offset + limit);
  const more = capped ? '+' : '';

  return (
    <nav className="pager" aria-label={label ?? t('pager.label')}>
      <span className="pager-range">
        {t('pager.range', {
          from: showNumber(from, lang),
          to: showNumber(to, lang),
          total: `${showNumber(total, lang)}${more}`,
        })}
      </span>
      <div className="pager-controls">
        <button type="button" className="btn btn-small" disabled={page <= 1} onClick={() => go(1)}>
          <ChevronsLeft size={14} aria-hidden="true" />
          {t('pager.first')}
        </button>
        <button type="button" className="btn btn-small" disabled={page <= 1} onClick={() => go(page - 1)}>
          <ChevronLeft size={14} aria-hidden="true" />
          {t('pager.prev')}
        </button>
        <label className="pager-page">
          <span>{t('pager.page')}</span>
          <input
            key={page}
            type="number"
            min={1}
            max={pages}
            defaultValue={page}
            onKeyDown={(e) => {
              if (e.key === 'Enter') go(Number(e.currentTarget.value));
            }}
            onBlur={(e) => go(Number(e.currentTarget.value))}
          />
          <span>{t('pager.of', { pages: `${showNumber(pages, lang)}${more}` })}</span>
        </label>
        <button
          type="button"
          className="btn btn-small"
          disabled={page >= pages && !capped}
          onClick={() => (page >= pages ? onChange(page * limit) : go(page + 1))}
        >
          {t('pager.next')}
          <ChevronRight size={14} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={page >= pages || capped}
          onClick={() => go(pages)}
        >
          {t('pager.last')}
          <ChevronsRight size={14} aria-hidden="true" />
        </button>
      </div>
    </nav>
  );
}
