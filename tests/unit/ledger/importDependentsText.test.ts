import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { importDependentsText } from '../../../renderer/src/features/imports/importDependentsText';
import type { ImportDependents } from '../../../shared/domain/importUndo';
import { uiEn } from '../../../shared/i18n/ui/en';
import { uiRu } from '../../../shared/i18n/ui/ru';

const translator = async (lng: 'ru' | 'en') => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { ru: { translation: uiRu }, en: { translation: uiEn } },
    lng,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
};

const dependents: ImportDependents = {
  claims: ['ОБР-2026-0007'],
  incidents: ['ИНЦ-2026-0002'],
  laterImports: ['orders-march.csv'],
  changes: [12, 14],
  blocks: 3,
  noticeBatches: [4],
};

describe('an import undo refused names what depends on the import', () => {
  it('in Russian', async () => {
    const t = await translator('ru');
    expect(t('identity.undoImport.refused', { list: importDependentsText(t, dependents) })).toBe(
      'Импорт нельзя отменить: от него зависят более поздние записи — обращение № ОБР-2026-0007; ' +
        'инцидент ИНЦ-2026-0002; импорт «orders-march.csv»; объединение/разделение № 12; ' +
        'объединение/разделение № 14; блокировки данных: 3; пакет уведомлений о передаче № 4.',
    );
  });

  it('in English', async () => {
    const t = await translator('en');
    expect(importDependentsText(t, dependents)).toBe(
      'claim or request ОБР-2026-0007; incident ИНЦ-2026-0002; import “orders-march.csv”; merge/split 12; ' +
        'merge/split 14; data blocks: 3; transfer notice batch No. 4',
    );
  });

  it('leaves out the kinds that are empty', async () => {
    const t = await translator('ru');
    const onlyChange = {
      claims: [],
      incidents: [],
      laterImports: [],
      changes: [5],
      blocks: 0,
      noticeBatches: [],
    };
    expect(importDependentsText(t, onlyChange)).toBe('объединение/разделение № 5');
  });
});
