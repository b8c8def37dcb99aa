import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JournalDialog, type JournalKind } from './JournalDialog';

interface InboxToolbarProps {
  archived: boolean;
  onRegister: () => void;
}

/** Register an item; print or save the incoming journal and the outgoing register for a period. */
export function InboxToolbar({ archived, onRegister }: InboxToolbarProps) {
  const { t } = useTranslation();
  const [journal, setJournal] = useState<JournalKind | null>(null);
  return (
    <div className="toolbar">
      <button type="button" className="btn btn-primary" disabled={archived} onClick={onRegister}>
        <Plus size={15} aria-hidden="true" />
        {t('correspondence.inbox.register')}
      </button>
      <div className="btn-group">
        <button type="button" className="btn" onClick={() => setJournal('incomingJournal')}>
          {t('correspondence.journal.incoming')}
        </button>
        <button type="button" className="btn" onClick={() => setJournal('outgoingJournal')}>
          {t('correspondence.journal.outgoing')}
        </button>
      </div>
      {journal && <JournalDialog initialKind={journal} onClose={() => setJournal(null)} />}
    </div>
  );
}
