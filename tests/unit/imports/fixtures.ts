import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadItem } from '../../../shared/imports';

export const fixture = (name: string): string => join(__dirname, '../../fixtures/imports', name);

/** A private temp folder for generated files; call `cleanup` in afterAll. */
export const tempFolder = (): {
  file: (name: string, bytes: Buffer | string) => string;
  cleanup: () => void;
} => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-imports-'));
  return {
    file: (name, bytes) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
};

export const collect = async (items: AsyncIterable<ReadItem>): Promise<ReadItem[]> => {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
};

/** Rows `<id>;<date>;<name>;<phone>;<email>` under a Bitrix-like header, every tenth with a two-line address. */
export const bitrixLikeCsv = (rows: number): string => {
  const lines = ['Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки'];
  for (let i = 1; i <= rows; i++) {
    const address = i % 10 === 0 ? `"ул. Ленина; д. ${i}\nкв. ${i % 90}"` : `ул. Мира, д. ${i}`;
    lines.push(
      `${i};15.01.2025 10:22:33;Покупатель Номер ${i};+7 916 ${String(i % 1000).padStart(3, '0')}-12-34;u${i}@example.ru;${address}`,
    );
  }
  return `${lines.join('\n')}\n`;
};
