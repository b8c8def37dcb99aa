import { useState } from 'react';
import type { AliasValue } from '../../../../shared/domain/ledger';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import type { ValueMapping } from './ValueSelect';

const valueId = (v: AliasValue) => `${v.field}:${v.key}`;

/**
 * Which recipient each delivery/payment value of a scan goes to. The mappings live in the main process
 * (kept for later imports); a choice made here is saved at once and shown without reloading the list.
 */
export function useValueMappings(organisationId: number, scanJobId: string, scanDone: boolean) {
  const { busy, run } = useAction();
  const [assigned, setAssigned] = useState<Record<string, number | null>>({});
  const aliases = useQuery(scanDone ? `aliases:${organisationId}:${scanJobId}` : null, (api) =>
    api.imports.aliases({ organisationId }),
  );

  const mappingOf = (v: AliasValue): ValueMapping => {
    const id = valueId(v);
    if (id in assigned) return assigned[id];
    const alias = aliases.data?.find((a) => a.field === v.field && a.key === v.key);
    return alias ? alias.recipientId : undefined;
  };

  const assign = async (v: AliasValue, recipientId: number | null) => {
    const result = await run((api) =>
      api.imports.setAlias({ organisationId, field: v.field, value: v.value, recipientId }),
    );
    if (result.ok) setAssigned((all) => ({ ...all, [valueId(v)]: recipientId }));
  };

  return { aliases, mappingOf, assign, busy };
}
