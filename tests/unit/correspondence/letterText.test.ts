import { describe, expect, it } from 'vitest';
import { letterParagraphs, signatureName } from '../../../shared/documents/letterText';

describe('letter text', () => {
  it('writes signature names as И. О. Фамилия', () => {
    expect(signatureName('Асанова Айгуль Бакытовна')).toBe('А. Б. Асанова');
    expect(signatureName('Асанова А. Б.')).toBe('А. Б. Асанова');
    expect(signatureName('Жақсыбеков Нұрлан Әлиұлы')).toBe('Н. Ә. Жақсыбеков');
    expect(signatureName('А. Б. Асанова')).toBe('А. Б. Асанова');
  });

  it('splits paragraphs, keeps list items and escapes user text', () => {
    const html = letterParagraphs('Первый <абзац>\nс переносом.\n\n— копия чека;\n— фото упаковки.');
    expect(html).toBe(
      '<p class="text">Первый &lt;абзац&gt;<br>с&nbsp;переносом.</p>\n' +
        '<p class="text item">— копия чека;</p>\n<p class="text item">— фото упаковки.</p>',
    );
    expect(letterParagraphs('заказ № 12 в г. Бишкек')).toContain('№\u202F12 в&nbsp;г.&nbsp;Бишкек');
  });
});

describe('signatures with Kyrgyz and Kazakh patronymics', () => {
  it('puts the initials before the surname', () => {
    expect(signatureName('Асанова Айгуль Бакыт кызы')).toBe('А. Б. Асанова');
    expect(signatureName('Сәрсенбаева Әйгерім Қайратқызы')).toBe('Ә. Қ. Сәрсенбаева');
    expect(signatureName('Асанова Айгуль')).toBe('А. Асанова');
  });
});
