import type { ImportRecord } from '../../../shared/domain/ledger';
import { CSV_DELIMITER, csvCell } from '../../../shared/format/csv';
import { importReasonRu } from '../../../shared/i18n/importReasons';
import type { Queryable } from '../../db/connection';
import { listRejections } from '../../db/repositories/importRepository';

/** The rejected-rows report: UTF-8 with BOM, `;`, one line per problem, reasons in Russian. */
export const rejectionsCsv = async (q: Queryable, record: ImportRecord): Promise<Uint8Array> => {
  const lines = [['Строка', 'Столбец', 'Причина', 'Значение', 'Результат'].join(';')];
  for (let offset = 0; ; offset += 5000) {
    const page = await listRejections(q, record.id, offset, 5000);
    for (const r of page) {
      lines.push(
        [
          r.line,
          r.column,
          importReasonRu(r.reason),
          r.value,
          r.severity === 'error'
            ? 'строка не загружена'
            : r.severity === 'duplicate'
              ? 'повтор заказа, пропущена'
              : 'загружена с замечанием',
        ]
          .map(csvCell)
          .join(CSV_DELIMITER),
      );
    }
    if (page.length < 5000) break;
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
};
