import type { ReactNode } from 'react';

/** The bar at the bottom of a wizard step: Back on the left, the step's actions on the right. */
export function WizardActions({ back, children }: { back?: ReactNode; children?: ReactNode }) {
  return (
    <div className="wizard-actions">
      <div className="wizard-actions-back">{back}</div>
      <div className="wizard-actions-main">{children}</div>
    </div>
  );
}
