import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportProfile } from '../../../../shared/domain/ledger';
import { showInstant } from '../../i18n/format';
import { presetName } from './importText';

interface ProfileOfferProps {
  profile: ImportProfile;
  applied: boolean;
  onApply: () => void;
}

/** A saved mapping for files with the same headers, offered before anything else. */
export function ProfileOffer({ profile, applied, onApply }: ProfileOfferProps) {
  const { t } = useTranslation();
  return (
    <div className="profile-offer">
      <div className="profile-offer-text">
        <strong>{t('ledger.mapping.profileFound', { name: profile.name })}</strong>
        <span className="muted small">
          {t('ledger.mapping.profileMeta', {
            preset: presetName(t, profile.preset),
            date: showInstant(profile.updatedAt).slice(0, 10),
          })}
        </span>
      </div>
      {applied ? (
        <span className="profile-applied" role="status">
          <Check size={14} aria-hidden="true" />
          {t('ledger.mapping.profileApplied')}
        </span>
      ) : (
        <button type="button" className="btn btn-primary" onClick={onApply}>
          {t('ledger.mapping.applyProfile', { name: profile.name })}
        </button>
      )}
    </div>
  );
}
