import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../../shared/domain/recipient';

/** undefined: not mapped yet; null: no transfer; a number: the recipient. */
export type ValueMapping = number | null | undefined;

export type ValueChoice = { kind: 'recipient'; id: number } | { kind: 'none' } | { kind: 'new' };

const NONE = 'none';
const NEW = 'new';
/** Arrow keys on a closed select change its value at once: save only once the choice settles. */
const SETTLE_MS = 450;

const optionValue = (mapping: ValueMapping) =>
  mapping === undefined ? '' : mapping === null ? NONE : `r:${mapping}`;

const toChoice = (value: string): ValueChoice | null =>
  value === NEW
    ? { kind: 'new' }
    : value === NONE
      ? { kind: 'none' }
      : value.startsWith('r:')
        ? { kind: 'recipient', id: Number(value.slice(2)) }
        : null;

interface ValueSelectProps {
  label: string;
  mapping: ValueMapping;
  recipients: readonly Recipient[];
  disabled: boolean;
  onChoose: (choice: ValueChoice) => Promise<void>;
}

/** A recipient of the register, «Нет передачи» or «Создать получателя…» for one value of the file. */
export function ValueSelect({ label, mapping, recipients, disabled, onChoose }: ValueSelectProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);
  const timer = useRef<{ id?: number }>({});
  const current = optionValue(mapping);

  useEffect(() => {
    const ref = timer.current;
    return () => window.clearTimeout(ref.id);
  }, []);

  const commit = async (value: string) => {
    window.clearTimeout(timer.current.id);
    const choice = toChoice(value);
    if (choice && value !== current) await onChoose(choice);
    setPending(null);
  };

  return (
    <select
      aria-label={label}
      value={pending ?? current}
      disabled={disabled}
      onChange={(e) => {
        const value = e.target.value;
        setPending(value);
        window.clearTimeout(timer.current.id);
        timer.current.id = window.setTimeout(() => void commit(value), SETTLE_MS);
      }}
      onBlur={() => {
        if (pending !== null) void commit(pending);
      }}
    >
      {mapping === undefined && (
        <option value="" disabled>
          {t('ledger.values.choose')}
        </option>
      )}
      <optgroup label={t('ledger.values.registerGroup')}>
        {recipients.map((r) => (
          <option key={r.id} value={`r:${r.id}`}>
            {r.legalName} — {t(`labels.recipientType.${r.type}`)}
          </option>
        ))}
        {typeof mapping === 'number' && !recipients.some((r) => r.id === mapping) && (
          <option value={`r:${mapping}`}>{t('ledger.values.otherRecipient', { id: String(mapping) })}</option>
        )}
      </optgroup>
      <option value={NONE}>{t('ledger.values.noTransfer')}</option>
      <option value={NEW}>{t('ledger.values.createRecipient')}</option>
    </select>
  );
}
