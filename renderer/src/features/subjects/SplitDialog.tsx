import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectCard, SubjectListItem } from '../../../../shared/domain/ledger';
import { mutate } from '../../data/queryClient';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextAreaField, TextField } from '../../components/Field';
import { asLang, showNumber } from '../../i18n/format';
import { errorText } from '../../i18n/messages';
import { FormDialog } from '../correspondence/FormDialog';
import { showOrderDate } from '../imports/importText';
import { SplitResult, type SplitDone } from './SplitResult';
import { showPhone } from './subjectFormat';
import { SubjectPicker } from './SubjectPicker';

type Target = 'new' | 'existing';
type Problems = Partial<Record<'moved' | 'target' | 'newName' | 'reason', string>>;

const keyOf = (kind: 'phone' | 'email', value: string) => `${kind}:${value}`;

/**
 * «Разделить»: the officer ticks the orders and contacts of another person and moves them to a new
 * subject or to an existing one; the result says what moved, opens the other card and can be undone.
 */
export function SplitDialog({
  card,
  onClose,
  onChanged,
  onOpen,
}: {
  card: SubjectCard;
  onClose: () => void;
  onChanged: () => void;
  onOpen: (subjectId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [orders, setOrders] = useState<string[]>([]);
  const [keys, setKeys] = useState<string[]>([]);
  const [target, setTarget] = useState<Target>('new');
  const [other, setOther] = useState<SubjectListItem | null>(null);
  const [newName, setNewName] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SplitDone | null>(null);
  const name = card.fullName || t('ledger.subjects.noName');

  if (done) {
    return <SplitResult done={done} onClose={onClose} onChanged={onChanged} onOpen={onOpen} />;
  }

  // One line per order (a subject may hold an order both as buyer and as consignee: move it once).
  const orderOptions = [...new Map(card.orders.map((o) => [o.id, o])).values()].map((o) => ({
    value: String(o.id),
    label: t('subjectEdits.split.order', {
      order: o.externalId,
      role: t(`identity.role.${o.role}`),
      date: showOrderDate(o.orderedAt),
      name: o.nameAsWritten || '—',
    }),
  }));
  const keyOptions = [
    ...card.phones.map((v) => ({ value: keyOf('phone', v), label: showPhone(v) })),
    ...card.emails.map((v) => ({ value: keyOf('email', v), label: v })),
  ];

  const submit = async () => {
    const found: Problems = {};
    if (orders.length + keys.length === 0) found.moved = 'subjectEdits.split.nothing';
    if (target === 'existing' && !other) found.target = 'subjectEdits.split.chooseTarget';
    setProblems(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const input = {
      fromId: card.id,
      orderIds: orders.map(Number),
      keys: keys.map((k) => {
        const [kind, ...rest] = k.split(':');
        return { kind: kind === 'email' ? ('email' as const) : ('phone' as const), value: rest.join(':') };
      }),
      toId: target === 'existing' ? (other?.id ?? null) : null,
      newName: target === 'new' ? newName : '',
      reason,
    };
    const result = await mutate((api) => api.subjects.split(input));
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.fieldErrors ?? {};
      setProblems({ newName: fields.newName?.[0], reason: fields.reason?.[0] });
      setFormError(errorText(t, result.error));
      return;
    }
    onChanged();
    setDone({
      ...result.value,
      toName: target === 'existing' ? (other?.fullName ?? '') : newName.trim() || card.fullName,
      orders: orders.length,
      keys: keys.length,
    });
  };

  return (
    <FormDialog
      title={`${t('subjectEdits.split.title')} «${name}»`}
      submitLabel={t('subjectEdits.split.submit')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onClose={onClose}
      busy={busy}
      error={formError}
      size="large"
    >
      <p className="muted">{t('subjectEdits.split.lead')}</p>
      {card.orders.length < card.ordersTotal && (
        <p className="notice notice-info">
          {t('subjectEdits.split.truncated', {
            shown: showNumber(card.orders.length, lang),
            total: showNumber(card.ordersTotal, lang),
          })}
        </p>
      )}
      <div className="form-grid split-form">
        <CheckboxGroup
          legend={t('subjectEdits.split.orders')}
          options={orderOptions}
          value={orders}
          onChange={setOrders}
          columns={1}
          error={problems.moved}
        />
        {keyOptions.length > 0 ? (
          <CheckboxGroup
            legend={t('subjectEdits.split.keys')}
            options={keyOptions}
            value={keys}
            onChange={setKeys}
            columns={2}
          />
        ) : (
          <p className="muted field-wide">{t('subjectEdits.split.noKeys')}</p>
        )}
        <fieldset className="checkbox-group field-wide">
          <legend className="field-label">{t('subjectEdits.split.target')}</legend>
          <div className="radio-row">
            {(['new', 'existing'] as const).map((v) => (
              <label key={v} className="check">
                <input
                  type="radio"
                  name="split-target"
                  checked={target === v}
                  onChange={() => setTarget(v)}
                />
                <span>{t(v === 'new' ? 'subjectEdits.split.toNew' : 'subjectEdits.split.toExisting')}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {target === 'new' ? (
          <TextField
            label={t('subjectEdits.split.newName')}
            hint={t('subjectEdits.split.newNameHint', { name })}
            wide
            value={newName}
            error={problems.newName}
            onChange={(e) => setNewName(e.target.value)}
          />
        ) : (
          <div className="field-wide">
            <SubjectPicker
              organisationId={card.organisationId}
              excludeId={card.id}
              chosen={other}
              onChoose={setOther}
              label={t('subjectEdits.split.toExisting')}
              error={problems.target}
            />
          </div>
        )}
        <TextAreaField
          label={t('subjectEdits.split.reason')}
          hint={t('subjectEdits.split.reasonHint')}
          rows={2}
          value={reason}
          error={problems.reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
    </FormDialog>
  );
}
