import type { TFunction } from 'i18next';
import type { PossibleMatch } from '../../../../shared/domain/ledger';
import { namesCompatible } from '../../../../shared/ledger/personName';
import { showPhone } from './subjectFormat';

/**
 * Why two subjects wait for the officer (shared/ledger/IDENTITY.md, rules 2 and 3): a shared key under
 * incompatible names, or one key leading to two subjects whose names are compatible.
 */
export const matchWhy = (t: TFunction, m: PossibleMatch): string => {
  const kind = t(
    `identity.matches.kind.${m.kind === 'email' ? 'email' : m.kind === 'phone' ? 'phone' : 'name'}`,
  );
  const params = {
    kind,
    kindCapital: kind.charAt(0).toUpperCase() + kind.slice(1),
    value: m.kind === 'phone' ? showPhone(m.value) : m.value,
    a: m.subjectName,
    b: m.otherName,
  };
  return namesCompatible(m.subjectName, m.otherName)
    ? t('subjectEdits.matchWhy.compatible', params)
    : t('subjectEdits.matchWhy.incompatible', params);
};
