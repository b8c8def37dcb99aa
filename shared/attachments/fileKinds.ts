/**
 * What an attached file may do on this computer. Only documents and images open in their viewer;
 * a program or script is refused at attach time; anything else is only shown in its folder.
 */
export type AttachmentKind = 'document' | 'image' | 'other' | 'executable';

const DOCUMENTS = new Set(['pdf', 'doc', 'docx', 'odt', 'rtf', 'txt', 'xls', 'xlsx', 'ods']);
const IMAGES = new Set(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'webp']);

/** Programs, scripts, shortcuts, installers and macro-enabled documents (Windows, Linux, macOS). */
const EXECUTABLE = new Set(
  (
    'exe com bat cmd scr pif msi msp mst ps1 psm1 psd1 vbs vbe js jse mjs wsf wsh wsc hta lnk url ' +
    'desktop sh bash zsh csh ksh fish run bin appimage app dmg pkg deb rpm apk jar py pyw pl rb php ' +
    'reg cpl scf inf dll so dylib sys drv ocx gadget application msc vb chm xll ' +
    'docm dotm xlsm xltm xlam pptm potm ppam sldm iso img vhd vhdx command workflow action'
  ).split(' '),
);

export const extensionOf = (fileName: string): string => {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0): boolean =>
  bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** Magic numbers of executables: a program renamed to «contract.pdf» is still a program. */
const EXECUTABLE_MAGIC: readonly (readonly number[])[] = [
  [0x4d, 0x5a], // MZ: Windows PE
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x23, 0x21], // #! script
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xce, 0xfa, 0xed, 0xfe],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xca, 0xfe, 0xba, 0xbe], // universal binary, Java class
  [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00], // Windows shortcut (.lnk)
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the first bytes of each viewable type must be. */
const CONTENT: Record<string, (head: Uint8Array) => boolean> = {
  pdf: (h) => startsWith(h, ascii('%PDF-')),
  png: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47]),
  jpg: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  jpeg: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  gif: (h) => startsWith(h, ascii('GIF8')),
  bmp: (h) => startsWith(h, ascii('BM')),
  tif: (h) => startsWith(h, [0x49, 0x49, 0x2a, 0x00]) || startsWith(h, [0x4d, 0x4d, 0x00, 0x2a]),
  tiff: (h) => startsWith(h, [0x49, 0x49, 0x2a, 0x00]) || startsWith(h, [0x4d, 0x4d, 0x00, 0x2a]),
  webp: (h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('WEBP'), 8),
  docx: (h) => startsWith(h, ZIP),
  xlsx: (h) => startsWith(h, ZIP),
  odt: (h) => startsWith(h, ZIP),
  ods: (h) => startsWith(h, ZIP),
  doc: (h) => startsWith(h, OLE),
  xls: (h) => startsWith(h, OLE),
  rtf: (h) => startsWith(h, ascii('{\\rtf')),
  txt: (h) => !h.includes(0),
};

/** The kind of a file from its name and its first bytes (4 KB lets text be told from binary). */
export const attachmentKind = (fileName: string, head: Uint8Array): AttachmentKind => {
  const ext = extensionOf(fileName);
  if (EXECUTABLE.has(ext) || EXECUTABLE_MAGIC.some((magic) => startsWith(head, magic))) return 'executable';
  const matches = CONTENT[ext]?.(head) ?? false;
  if (DOCUMENTS.has(ext) && matches) return 'document';
  if (IMAGES.has(ext) && matches) return 'image';
  return 'other';
};
