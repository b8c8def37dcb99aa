/** Print CSS of the correspondence journals (landscape A4, 267 mm of text width). */
export const correspondenceJournalCss = `
.journal-section + .journal-section { break-before: page; page-break-before: always; }
.org { text-align: center; font-weight: 700; font-size: 11pt; margin-bottom: 4pt; }
.period { text-align: center; margin: 2pt 0 8pt; }
.journal { table-layout: fixed; font-size: 8.5pt; line-height: 1.2; }
.journal th, .journal td { border: 0.6pt solid #000; padding: 2pt 3pt; }
.journal thead th { font-weight: 700; text-align: center; vertical-align: middle; }
.journal thead th.num { font-weight: 400; font-size: 7.5pt; padding: 0 3pt; }
.journal td.empty { text-align: center; padding: 8pt; }
.journal .note { font-size: 7.5pt; margin-top: 1pt; }
.total { margin-top: 6pt; }
.j-no { width: 8%; }
.j-date { width: 7%; text-align: center; }
.j-party { width: 16%; }
.j-ref { width: 9%; }
.j-kind { width: 11%; }
.j-summary { width: 21%; }
.j-due { width: 9%; }
.j-mark { width: 11%; }
.j-resp { width: 8%; }
.j-heading { width: 22%; }
.j-decision { width: 10%; }
.j-sent { width: 10%; }
.j-sign { width: 10%; }
.j-hash { width: 8%; overflow-wrap: anywhere; }
`;
