import { describe, expect, it } from 'vitest';
import {
  organisationDisplayName,
  recipientRegisterPdfOptions,
  registrationNumberLabel,
  renderRecipientRegister,
} from '../../shared/documents/recipientRegister';
import { escapeHtml, escapeMultiline, withSoftHyphens } from '../../shared/documents/html';
import {
  electronPdfMargins,
  playwrightPdfMargins,
  printFooterTemplate,
  printSettings,
} from '../../shared/documents/print';
import type { DocumentFonts } from '../../shared/documents/types';
import { makeOrganisation, makeRecipient } from './registerFixtures';

const fonts: DocumentFonts = {
  css: '@font-face { font-family: "Test Serif"; }',
  serif: 'Test Serif',
  sans: 'Test Serif',
};

/** The document's visible text, roughly: tags dropped, entities of the tests' values decoded. */
const textOf = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('renderRecipientRegister', () => {
  const organisation = makeOrganisation();
  const recipients = [
    makeRecipient({ id: 1 }),
    makeRecipient({
      id: 2,
      type: 'analytics',
      legalName: 'Google Ireland Limited',
      registrationNumber: 'IE6388047V',
      country: 'IE',
      crossBorder: true,
      adequacy: 'adequate',
      infoObtainedDate: '2024-05-06',
      transferNoticeDate: '2024-05-20',
      transferNoticeNumber: 'ВХ-17',
      transferStatus: 'notified',
      contractFile: {
        fileName: 'dpa.pdf',
        sha256: 'a'.repeat(64),
        size: 10,
        attachedAt: '2024-05-06T00:00:00Z',
      },
    }),
  ];
  const html = renderRecipientRegister({ organisation, recipients, date: '2025-11-22' }, fonts);
  const text = textOf(html);

  it('is a complete HTML document with the embedded fonts and A4 print rules', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain(fonts.css);
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(recipientRegisterPdfOptions.landscape).toBe(true);
    expect(recipientRegisterPdfOptions.marginsMm.bottom).toBeGreaterThanOrEqual(15);
  });

  it('prints the organisation requisites', () => {
    expect(text).toContain('ТОО «Өрнек»');
    expect(text).toContain('БИН 180540023458');
    expect(text).toContain('Республика Казахстан');
    expect(text).toContain('г. Алматы, пр. Абая, д. 10, оф. 5');
    expect(text).toContain('Сәрсенбаева Ә. Қ., Директор');
    expect(text).toContain('+7 727 300 00 00, privacy@ornek.kz');
    expect(text).toContain(
      '«Политика обработки персональных данных», редакция от 01.03.2025, https://ornek.kz/privacy',
    );
  });

  it('has the title, the date DD.MM.YYYY and one numbered row per recipient, grouped by type', () => {
    expect(text).toContain('Реестр получателей персональных данных');
    expect(text).toContain('по состоянию на 22.11.2025');
    expect(text).toContain('№ 15/2024 от 01.02.2024');
    expect(text).toContain('Всего получателей: 2, в том числе с трансграничной передачей: 1.');
    const postal = text.indexOf('Организация почтовой связи');
    const analytics = text.indexOf('Партнёр по аналитике / рекламе');
    expect(postal).toBeGreaterThan(0);
    expect(analytics).toBeGreaterThan(postal);
    expect(html.match(/<tr><td class="c-no">/g)).toHaveLength(2);
  });

  it('prints the cross-border block and the attached file note', () => {
    expect(text).toContain('Да, Ирландия');
    expect(text).toContain('Обеспечивает адекватную защиту');
    expect(text).toContain('Сведения получены 06.05.2024');
    expect(text).toContain('Уведомление от 20.05.2024 № ВХ-17');
    expect(text).toContain('файл приложен');
  });

  it('ends with a signature block of the responsible person', () => {
    const signature = text.slice(text.lastIndexOf('Директор'));
    expect(signature).toContain('(подпись)');
    expect(signature).toContain('Сәрсенбаева Ә. Қ.');
    expect(signature).toContain('Дата');
  });

  it('keeps each group heading with its first row and the signature with the last row', () => {
    const three = [1, 2, 3].map((id) => makeRecipient({ id, legalName: `Курьер ${id}`, type: 'courier' }));
    const page = renderRecipientRegister({ organisation, recipients: three, date: '2025-11-22' }, fonts);
    const sections = page.match(/<tbody( class="keep")?>[\s\S]*?<\/tbody>/g) ?? [];
    expect(sections).toHaveLength(3);
    expect(sections[0]).toMatch(/^<tbody class="keep">\n<tr class="group">.*\n<tr><td class="c-no">1<\/td>/);
    expect(sections[1]).toMatch(/^<tbody>\n<tr><td class="c-no">2<\/td>/);
    expect(sections[2]).toMatch(
      /^<tbody class="keep">\n<tr><td class="c-no">3<\/td>[\s\S]*<tr class="closing">/,
    );
    expect(sections[2]).toContain('(подпись)');
  });

  it('escapes HTML in user data', () => {
    const hostile = renderRecipientRegister(
      {
        organisation: makeOrganisation({ name: '<script>alert(1)</script>' }),
        recipients: [
          makeRecipient({ legalName: '<script>alert("x")</script> & Co', purposes: '<img src=x onerror=1>' }),
        ],
        date: '2025-11-22',
      },
      fonts,
    );
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('prints a sentence instead of an empty table, and leaves out archived recipients', () => {
    const archived = makeRecipient({ archivedAt: '2025-06-01T00:00:00Z' });
    const empty = renderRecipientRegister(
      { organisation, recipients: [archived], date: '2025-11-22' },
      fonts,
    );
    expect(empty).not.toContain('<table class="register">');
    expect(textOf(empty)).toContain(
      'По состоянию на 22.11.2025 в реестре нет ни одного получателя персональных данных.',
    );
    expect(textOf(empty)).toContain('(подпись)');
  });

  it('labels the registration number per jurisdiction', () => {
    for (const [jurisdiction, label] of [
      ['KG', 'ИНН'],
      ['KZ', 'БИН'],
      ['RU', 'ИНН'],
    ] as const) {
      const org = makeOrganisation({ jurisdiction, registrationNumber: '12345' });
      const page = textOf(
        renderRecipientRegister({ organisation: org, recipients: [], date: '2025-01-02' }, fonts),
      );
      expect(page).toContain(`${label} 12345`);
      expect(page).toContain('по состоянию на 02.01.2025');
    }
    expect(registrationNumberLabel('KZ')).toBe('БИН');
    expect(registrationNumberLabel('DE')).toBe('Рег. номер');
    expect(registrationNumberLabel('KZ', true)).toBe('ИИН');
    const soleTrader = makeOrganisation({
      legalForm: 'ИП',
      name: 'Жақсыбеков Н. Ә.',
      registrationNumber: '850612300456',
    });
    const ip = textOf(
      renderRecipientRegister({ organisation: soleTrader, recipients: [], date: '2025-01-02' }, fonts),
    );
    expect(ip).toContain('ИИН 850612300456');
    expect(ip).toContain('ИП Жақсыбеков Н. Ә.');
  });

  it('asks KG operators about the subjects notice for foreign recipients', () => {
    const org = makeOrganisation({ jurisdiction: 'KG' });
    const foreign = makeRecipient({ country: 'KZ', crossBorder: true });
    const noticed = makeRecipient({
      id: 3,
      country: 'RU',
      crossBorder: true,
      subjectNoticeMethod: 'Политика на сайте',
      subjectNoticeDate: '2024-03-04',
    });
    const page = textOf(
      renderRecipientRegister(
        { organisation: org, recipients: [foreign, noticed], date: '2025-01-02' },
        fonts,
      ),
    );
    expect(page).toContain('Субъекты не уведомлены');
    expect(page).toContain('Субъекты уведомлены: Политика на сайте, 04.03.2024');
  });

  it('names the operator with its legal form once', () => {
    expect(organisationDisplayName({ name: 'Өрнек', legalForm: 'ТОО' })).toBe('ТОО «Өрнек»');
    expect(organisationDisplayName({ name: 'ТОО «Өрнек»', legalForm: 'ТОО' })).toBe('ТОО «Өрнек»');
    expect(organisationDisplayName({ name: '«Ұлттық»', legalForm: 'ОсОО' })).toBe('ОсОО «Ұлттық»');
    expect(organisationDisplayName({ name: 'Shop', legalForm: '' })).toBe('Shop');
  });
});

describe('document helpers', () => {
  it('keeps abbreviations with the next word and line breaks of multi-line text', () => {
    expect(escapeMultiline('г. Алматы, ул. Абая, д. 5\nоф. <7>')).toBe(
      'г.&nbsp;Алматы, ул.&nbsp;Абая, д.&nbsp;5<br>оф.&nbsp;&lt;7&gt;',
    );
    expect(withSoftHyphens('Самостоятельный оператор')).toBe('Само\u00ADстоятель\u00ADный оператор');
  });

  it('builds the print footer with page numbers, an escaped label and the regular embedded faces', () => {
    const css = ['normal', 'italic']
      .flatMap((style) =>
        [400, 700].map((weight) => `@font-face { font-style: ${style}; font-weight: ${weight}; }`),
      )
      .join('\n');
    const footer = printFooterTemplate('Реестр <Қ>', { css, serif: 'Test Serif', sans: 'Test Serif' });
    expect(footer).toContain('<span class="pageNumber"></span>');
    expect(footer).toContain('<span class="totalPages"></span>');
    expect(footer).toContain('Реестр &lt;Қ&gt;');
    expect(footer.match(/@font-face/g)).toHaveLength(1);
    expect(footer).toContain("font-family:'Test Serif','Times New Roman',serif");
    expect(printFooterTemplate('x')).not.toContain('@font-face');
  });

  it('gives the printer A4 landscape settings with the margins in its units', () => {
    const settings = printSettings(recipientRegisterPdfOptions, fonts);
    expect(settings).toMatchObject({ pageSize: 'A4', landscape: true, displayHeaderFooter: true });
    expect(settings.footerTemplate).toContain('Реестр получателей персональных данных');
    expect(playwrightPdfMargins({ top: 12, right: 12, bottom: 16, left: 15 })).toEqual({
      top: '12mm',
      right: '12mm',
      bottom: '16mm',
      left: '15mm',
    });
    expect(electronPdfMargins({ top: 25.4, right: 12.7, bottom: 0, left: 50.8 })).toEqual({
      top: 1,
      right: 0.5,
      bottom: 0,
      left: 2,
    });
  });
});
