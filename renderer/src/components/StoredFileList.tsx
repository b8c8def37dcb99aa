import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asLang, showBytes, showInstant } from '../i18n/format';

export interface StoredFileRow {
  id: number;
  fileName: string;
  size: number;
  sha256: string;
  attachedAt: string;
}

interface StoredFileListProps {
  files: readonly StoredFileRow[];
  busy: boolean;
  onOpen: (file: StoredFileRow) => void;
  /** Extra actions per file (e.g. remove). */
  actions?: (file: StoredFileRow) => ReactNode;
}

/** Files copied into the data folder: name, size, when, SHA-256, and «Открыть». */
export function StoredFileList({ files, busy, onOpen, actions }: StoredFileListProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return (
    <ul className="attachment-list">
      {files.map((a) => (
        <li key={a.id} className="attachment">
          <div className="attachment-info">
            <span className="attachment-name">{a.fileName}</span>
            <span className="muted small">
              {showBytes(a.size, t, lang)} · {t('correspondence.attachments.attachedAt')}{' '}
              {showInstant(a.attachedAt)}
            </span>
            <span className="small">
              SHA-256 <code className="hash">{a.sha256}</code>
            </span>
          </div>
          <div className="attachment-actions">
            <button
              type="button"
              className="btn btn-small"
              disabled={busy}
              aria-label={`${t('correspondence.attachments.open')}: ${a.fileName}`}
              onClick={() => onOpen(a)}
            >
              {t('correspondence.attachments.open')}
            </button>
            {actions?.(a)}
          </div>
        </li>
      ))}
    </ul>
  );
}
