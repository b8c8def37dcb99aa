/**
 * Print CSS of the written answer (portrait A4, 180 mm of text width). 12 pt serif, single-and-a-bit
 * spacing, first-line indent 1.25 cm, justified text (GOST R 7.0.97 recommendations for letters).
 */
export const answerLetterCss = `
mark.placeholder { background: #ffe58a; color: inherit; padding: 0 1pt; }
body { font-size: 12pt; line-height: 1.25; }
.letter-head { table-layout: fixed; width: 100%; margin-bottom: 16pt; }
.letter-head td { vertical-align: top; padding: 0; }
.head-left { width: 82mm; }
.head-gap { width: 16mm; }
.letterhead { text-align: center; font-size: 10pt; line-height: 1.2; margin-bottom: 8pt; }
.org-name { font-weight: 700; font-size: 11pt; margin-bottom: 3pt; }
.org-line { margin-bottom: 1pt; }
.reg-line { font-size: 11pt; margin: 5pt 0 0; white-space: nowrap; }
.fill { display: inline-block; border-bottom: 0.6pt solid #000; min-width: 22mm; text-align: center;
  padding: 0 2pt; line-height: 1.15; }
.fill.blank { min-width: 0; }
.heading { margin-top: 14pt; font-size: 12pt; line-height: 1.2; }
.head-right { padding-top: 2pt; }
.addressee { font-size: 12pt; line-height: 1.25; }
.addressee-address { margin-top: 3pt; font-size: 12pt; line-height: 1.25; }
.draft-mark { text-align: right; font-size: 9pt; letter-spacing: 1pt; text-transform: uppercase;
  color: #555; margin-bottom: 6pt; }
.letter-body p.text { text-indent: 12.5mm; text-align: justify; margin: 0 0 6pt; }
.letter-body p.text.item { text-indent: 0; padding-left: 12.5mm; margin-bottom: 3pt; }
.letter-body p.salutation { text-align: center; margin: 0 0 10pt; }
.attachments { margin-top: 10pt; }
.attachments p.att { text-indent: 0; margin: 0 0 2pt; }
.access { margin: 4pt 0 8pt; }
.access h2 { font-size: 12pt; font-weight: 400; margin: 8pt 0 3pt; text-indent: 12.5mm; }
.access p.data { margin: 0 0 2pt; padding-left: 12.5mm; text-indent: 0; }
.access table { table-layout: fixed; font-size: 9.5pt; line-height: 1.2; margin: 2pt 0 6pt; }
.access th, .access td { border: 0.6pt solid #000; padding: 2pt 3pt; }
.access thead th { font-weight: 700; text-align: center; vertical-align: middle; }
.access .c-no { width: 6%; text-align: center; }
.access .c-name { width: 27%; }
.access .c-purpose { width: 25%; }
.access .c-data { width: 20%; }
.access .c-when { width: 22%; }
.access .note { font-size: 8.5pt; margin-top: 1pt; }
.closing { break-inside: avoid; page-break-inside: avoid; margin-top: 22pt; }
.signature { table-layout: fixed; width: 100%; }
.signature td { vertical-align: bottom; padding: 0; }
.sig-position { width: 46%; line-height: 1.2; }
.sig-space { width: 24%; }
.sig-name { width: 30%; text-align: right; white-space: nowrap; }
.executor { margin-top: 36pt; font-size: 9pt; line-height: 1.2; }
`;
