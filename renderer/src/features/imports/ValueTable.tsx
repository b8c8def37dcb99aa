import { useTranslation } from 'react-i18next';
import type { AliasField, AliasValue } from '../../../../shared/domain/ledger';
import type { Recipient } from '../../../../shared/domain/recipient';
import { Badge } from '../../components/Layout';
import { asLang, showNumber } from '../../i18n/format';
import { ValueSelect, type ValueChoice, type ValueMapping } from './ValueSelect';

interface ValueTableProps {
  field: AliasField;
  values: readonly AliasValue[];
  recipients: readonly Recipient[];
  mappingOf: (value: AliasValue) => ValueMapping;
  disabled: boolean;
  onAssign: (value: AliasValue, recipientId: number | null) => Promise<void>;
  onCreate: (value: AliasValue) => void;
}

/** The distinct delivery services (or payment methods) of the file, each mapped to a recipient. */
export function ValueTable(props: ValueTableProps) {
  const { field, values, recipients, mappingOf, disabled, onAssign, onCreate } = props;
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);

  const choose = async (value: AliasValue, choice: ValueChoice) => {
    if (choice.kind === 'new') onCreate(value);
    else await onAssign(value, choice.kind === 'none' ? null : choice.id);
  };

  if (values.length === 0) return <p className="muted">{t(`ledger.values.none.${field}`)}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table is-static values-table" aria-label={t(`ledger.values.tables.${field}`)}>
        <thead>
          <tr>
            <th scope="col">{t(`ledger.values.columns.${field}`)}</th>
            <th scope="col" className="num">
              {t('ledger.values.columns.rows')}
            </th>
            <th scope="col">{t('ledger.values.columns.recipient')}</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => {
            const mapping = mappingOf(v);
            return (
              <tr key={v.key} className={mapping === undefined ? 'is-unmapped' : undefined}>
                <td>
                  <span className="value-cell">
                    <span className="value-name">{v.value}</span>
                    {mapping === undefined && <Badge tone="warning">{t('ledger.values.unmapped')}</Badge>}
                  </span>
                </td>
                <td className="num nowrap">{showNumber(v.rows, lang)}</td>
                <td className="value-select">
                  <ValueSelect
                    label={t('ledger.values.selectLabel', { value: v.value })}
                    mapping={mapping}
                    recipients={recipients}
                    disabled={disabled}
                    onChoose={(choice) => choose(v, choice)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
