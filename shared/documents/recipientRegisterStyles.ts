/**
 * Print CSS of the recipient register (landscape A4, 267 mm of text width). Column widths are in
 * per cent of that width and add up to 100.
 */
export const recipientRegisterCss = `
.requisites { width: auto; margin: 0 0 8pt; font-size: 9.5pt; }
.requisites th { font-weight: 400; padding: 0 8pt 1pt 0; width: 72mm; }
.requisites td { padding: 0 0 1pt; }
h1 { margin-top: 4pt; }
.as-of { text-align: center; margin: 2pt 0 8pt; }
.summary { margin: 0 0 4pt; }
.empty { margin: 12pt 0; font-size: 11pt; text-align: center; }
.register { table-layout: fixed; font-size: 9pt; line-height: 1.25; }
/* Child selectors: the signature's own table inside the closing row gets no grid. */
.register > * > tr > th, .register > * > tr > td { border: 0.6pt solid #000; padding: 2pt 3pt; }
.register thead th { font-weight: 700; text-align: center; vertical-align: middle; hyphens: manual; }
.register thead th.num { font-weight: 400; font-size: 8pt; padding: 0 3pt; }
.register tbody.keep { break-inside: avoid; page-break-inside: avoid; }
.register > tbody > tr.group > td { font-weight: 700; background: #f0f0f0; }
.register > tbody > tr.closing > td { border: none; padding: 0; font-size: 10pt; line-height: 1.3; }
.register .name { font-weight: 700; }
.register .note { font-size: 8pt; margin-top: 1.5pt; }
.register .status { font-size: 8pt; margin-top: 1.5pt; font-style: italic; }
.register .label { font-size: 8pt; }
.register .reg { margin-top: 1.5pt; }
.c-no { width: 3.3%; text-align: center !important; }
.c-name { width: 16%; }
.c-reg { width: 10%; }
.c-role { width: 10.5%; }
.c-basis { width: 9%; }
.c-purposes { width: 17%; }
.c-data { width: 12.5%; }
.c-contract { width: 10%; }
.c-cross { width: 11.7%; }
.signature-block { margin-top: 18pt; break-inside: avoid; page-break-inside: avoid; }
.signature { width: 100%; }
.signature td { vertical-align: bottom; padding: 0 6pt 0 0; }
.signature .sig-position { width: 45%; }
.signature .sig-line { width: 20%; }
.signature .sig-name { width: 35%; }
.signature .line { border-bottom: 0.6pt solid #000; min-height: 12pt; text-align: center; }
.signature .hint { font-size: 7.5pt; text-align: center; }
.sig-date { margin-top: 10pt; }
`;
