/** Print rules of the subject's information document (portrait A4). */
export const subjectInfoCss = `
.letterhead { border-bottom: 1.2pt solid #000; padding-bottom: 4pt; margin-bottom: 10pt; font-size: 9pt; }
.letterhead .org { font-size: 11pt; font-weight: 700; }
h1 { margin-top: 6pt; }
.as-of { text-align: center; margin: 2pt 0 10pt; }
h2 { font-size: 10.5pt; font-weight: 700; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
.facts td { padding: 1.5pt 6pt 1.5pt 0; }
.facts td:first-child { width: 38%; color: #222; }
table.recipients { font-size: 9pt; margin-top: 2pt; }
table.recipients th, table.recipients td { border: 0.6pt solid #000; padding: 3pt 4pt; }
table.recipients th { font-weight: 700; background: #eee; text-align: center; vertical-align: middle; }
.num { width: 5%; text-align: center; }
.muted { font-size: 8.5pt; color: #222; }
.note { font-size: 9pt; margin-top: 6pt; }
.sign { margin-top: 18pt; break-inside: avoid; page-break-inside: avoid; }
.sign td { padding: 0 6pt 0 0; vertical-align: bottom; }
.sign .line { border-bottom: 0.6pt solid #000; width: 45mm; height: 14pt; }
.sign .caption { font-size: 7.5pt; text-align: center; }
`;
