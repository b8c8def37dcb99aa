import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecipientType } from '../../../../shared/domain/recipient';

interface TypeFilterProps {
  value: readonly RecipientType[];
  onChange: (types: RecipientType[]) => void;
}

/** Multi-select of recipient types as a small popover of checkboxes (Esc or leaving it closes). */
export function TypeFilter({ value, onChange }: TypeFilterProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const labelId = useId();
  const buttonId = useId();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const all = RecipientType.options;

  const toggle = (type: RecipientType, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(type);
    else next.delete(type);
    onChange(all.filter((v) => next.has(v)));
  };

  return (
    <div
      className="filter popover-anchor"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <span id={labelId} className="filter-label">
        {t('register.filters.type')}
      </span>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="select-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={panelId}
        aria-labelledby={`${labelId} ${buttonId}`}
        onClick={() => setOpen((o) => !o)}
      >
        {value.length === 0
          ? t('register.filters.typeAll')
          : t('register.filters.typeSelected', { count: value.length })}
      </button>
      {open && (
        <div id={panelId} className="popover" role="group" aria-labelledby={labelId}>
          {all.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={value.includes(type)}
                onChange={(e) => toggle(type, e.target.checked)}
              />
              <span>{t(`labels.recipientType.${type}`)}</span>
            </label>
          ))}
          <div className="popover-footer">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => onChange([])}
              disabled={value.length === 0}
            >
              {t('register.filters.typeClear')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
