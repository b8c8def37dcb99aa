import { useTranslation } from 'react-i18next';
import type { ChosenFile } from '../../../../shared/domain/ledger';
import type { PresetId } from '../../../../shared/imports/presets';
import { asLang } from '../../i18n/format';
import { presetName, showPercent } from './importText';

type Candidate = ChosenFile['candidates'][number];

interface PresetChoiceProps {
  candidates: readonly Candidate[];
  selected: PresetId;
  onSelect: (candidate: Candidate) => void;
}

/** The presets ranked for the file's headers, best first, with how many of their columns were found. */
export function PresetChoice({ candidates, selected, onSelect }: PresetChoiceProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  return (
    <fieldset className="preset-choice">
      <legend className="field-label">{t('ledger.mapping.presetLegend')}</legend>
      <div className="preset-options">
        {candidates.map((c, index) => {
          const complete = c.missingRequired.length === 0;
          return (
            <label
              key={c.presetId}
              className={c.presetId === selected ? 'preset-option is-selected' : 'preset-option'}
            >
              <input
                type="radio"
                name="import-preset"
                value={c.presetId}
                checked={c.presetId === selected}
                onChange={() => onSelect(c)}
              />
              <span className="preset-text">
                <span className="preset-name">{presetName(t, c.presetId)}</span>
                {index === 0 && complete && c.presetId !== 'generic' && (
                  <span className="preset-best">{t('ledger.mapping.bestMatch')}</span>
                )}
                <span className="preset-meta">
                  {c.presetId === 'generic'
                    ? t('ledger.mapping.genericMeta')
                    : t('ledger.mapping.coverage', { percent: showPercent(c.coverage * 100, lang) })}
                </span>
                {!complete && c.presetId !== 'generic' && (
                  <span className="preset-missing">{t('ledger.mapping.presetIncomplete')}</span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
