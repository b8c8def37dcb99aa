import { htmlToPolicyText } from './htmlText';
import { PolicyFileError } from './policyFileError';

interface DocxText {
  type: 'text';
  value: string;
}
interface DocxParagraph {
  type: 'paragraph';
  numbering?: { isOrdered: boolean; level: string } | null;
}

/**
 * Word's automatic numbering is not in the text: this writes it in, the way Word shows a legal
 * multilevel list («1.», «1.1.», «1.1.1.»). Counters run across the document (bullets and plain
 * paragraphs in between do not restart them), a level resets the levels below it.
 */
/** The part of mammoth's transforms API used here (missing from its type declarations). */
interface Transforms {
  paragraph(fn: (element: object) => object): (document: object) => object;
  getDescendantsOfType(element: object, type: string): object[];
}

const numberingWriter = (transforms: Transforms) => {
  const counters: number[] = [];
  return transforms.paragraph((element) => {
    const paragraph = element as unknown as DocxParagraph;
    const numbering = paragraph.numbering;
    if (!numbering?.isOrdered) return element;
    const level = Math.min(Math.max(Number(numbering.level) || 0, 0), 8);
    counters[level] = (counters[level] ?? 0) + 1;
    counters.length = level + 1;
    const label = Array.from({ length: level + 1 }, (_, i) => counters[i] ?? 1).join('.');
    const first = transforms.getDescendantsOfType(element, 'text')[0] as unknown as DocxText | undefined;
    if (!first) return element;
    first.value = `${label}. ${first.value}`;
    return { ...element, numbering: null };
  });
};

/**
 * A Word document through mammoth (kept library) to HTML, then to text: paragraphs, headings,
 * tables and bullets survive, and Word's list numbering is written into the text.
 */
export const docxTextOf = async (bytes: Buffer): Promise<string> => {
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        ignoreEmptyParagraphs: true,
        transformDocument: numberingWriter((mammoth as unknown as { transforms: Transforms }).transforms),
      },
    );
    return htmlToPolicyText(value);
  } catch {
    throw new PolicyFileError('damaged');
  }
};
