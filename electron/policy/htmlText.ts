import { parseDocument } from 'htmlparser2';

/** The DOM node shape htmlparser2 produces (kept local: the walker reads only these fields). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'head',
  'button',
  'form',
  'iframe',
  'object',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'blockquote',
  'pre',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'hr',
  'address',
  'figure',
  'figcaption',
]);

class TextBuilder {
  private lines: string[] = [''];

  write(text: string): void {
    const last = this.lines.length - 1;
    const current = this.lines[last] ?? '';
    const joined = current + text.replace(/\s+/g, ' ');
    this.lines[last] = current === '' ? joined.trimStart() : joined;
  }

  breakLine(blank = false): void {
    const last = this.lines[this.lines.length - 1] ?? '';
    if (last.trim() !== '') this.lines.push('');
    if (blank && this.lines[this.lines.length - 2] !== '') this.lines.push('');
  }

  toString(): string {
    return this.lines
      .map((l) => l.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

const walk = (node: DomNode, out: TextBuilder, numbering: number[]): void => {
  if (node.type === 'text') {
    out.write(node.data ?? '');
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') {
    if (node.type === 'script' || node.type === 'style') return;
    for (const child of node.children ?? []) walk(child, out, numbering);
    return;
  }
  const name = node.name ?? '';
  if (SKIPPED.has(name)) return;
  if (name === 'br') {
    out.breakLine();
    return;
  }
  if (name === 'ol') {
    out.breakLine();
    // Word's multilevel numbering comes out of mammoth as nested lists: write «1.», «1.1.», «1.1.1.».
    let n = Number(node.attribs?.start ?? '1');
    if (!Number.isFinite(n) || n < 1) n = 1;
    for (const child of node.children ?? []) {
      if (child.type !== 'tag' || child.name !== 'li') {
        walk(child, out, numbering);
        continue;
      }
      const number = [...numbering, n];
      out.breakLine();
      out.write(`${number.join('.')}. `);
      for (const grandChild of child.children ?? []) walk(grandChild, out, number);
      out.breakLine();
      n += 1;
    }
    return;
  }
  if (name === 'ul') {
    out.breakLine();
    for (const child of node.children ?? []) {
      if (child.type !== 'tag' || child.name !== 'li') {
        walk(child, out, numbering);
        continue;
      }
      out.breakLine();
      out.write('- ');
      for (const grandChild of child.children ?? []) walk(grandChild, out, numbering);
      out.breakLine();
    }
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.breakLine(/^(p|h\d)$/.test(name));
  if (name === 'td' || name === 'th') out.write(' ');
  for (const child of node.children ?? []) walk(child, out, numbering);
  if (block) out.breakLine(/^(p|h\d)$/.test(name));
};

/** The readable text of an HTML page or of mammoth's HTML of a DOCX: blocks on their own lines, lists numbered. */
export const htmlToPolicyText = (html: string): string => {
  const document = parseDocument(html, { decodeEntities: true }) as unknown as DomNode;
  const out = new TextBuilder();
  walk(document, out, []);
  return out.toString().replace(/\u00a0/g, ' ');
};
