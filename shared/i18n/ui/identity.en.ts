import type { identityRu } from './identity.ru';

/** Identity rule on the card, the possible-match queue, merge, split and undo — English. */
export const identityEn: typeof identityRu = {
  role: { buyer: 'buyer', consignee: 'consignee' },
  why: {
    title: 'Why this order is here',
    new: "The subject's first order (created from it)",
    phone: 'Joined by phone {{key}}',
    email: 'Joined by e-mail {{key}}',
    name: 'The same consignee of the same buyer (by name)',
    manual: 'Moved by hand',
    unknown: 'Not recorded (imported before reasons were kept)',
    via: ' — matches order {{order}} (file “{{file}}”, line {{line}})',
    source: 'File “{{file}}”, line {{line}}',
  },
  columns: { role: 'Role', why: 'Why here' },
  matches: {
    title: 'Possible matches',
    lead: 'A shared phone or e-mail under incompatible names: one person or two (e.g. spouses sharing a phone). The officer decides.',
    empty: 'No open possible matches.',
    label: 'Possible matches to review',
    pair: '“{{a}}” and “{{b}}”',
    shared: 'Shared {{kind}}: {{value}}',
    kind: { phone: 'phone', email: 'e-mail', name: 'name' },
    found: 'Found: order {{order}}, file “{{file}}”, line {{line}}',
    merge: 'Merge',
    dismiss: 'Different people',
    confirmMerge:
      'Merge “{{from}}” into “{{into}}”? Orders, phones and e-mails move to “{{into}}”. The merge is audited and can be undone.',
    confirmDismiss: 'Mark “{{a}}” and “{{b}}” as different people?',
    merged: 'Subjects merged',
    dismissed: 'Marked as different people',
  },
  changes: {
    title: 'Merges and splits',
    merge: 'Merge: “{{from}}” → “{{to}}”',
    split: 'Split: “{{from}}” → “{{to}}”',
    moved: 'orders: {{orders}}, contacts: {{keys}}',
    undone: 'undone {{at}}',
    undo: 'Undo',
    confirmUndo: 'Undo this change? Orders and contacts go back where they were.',
    undoneToast: 'Change undone',
  },
  mergedInto: 'This subject was merged into another. Open',
  undoImport: {
    action: 'Undo import',
    confirm:
      'Remove from the ledger everything the import “{{file}}” added? The import stays in the history, marked undone.',
    done: 'Import undone',
    refused: 'The import cannot be undone: later records depend on it — {{list}}.',
  },
  reimport: {
    warning:
      'This file (same SHA-256) was already imported into this organisation: “{{file}}”, {{at}}. Importing it again adds no known orders.',
    confirm: 'Import again',
  },
};
