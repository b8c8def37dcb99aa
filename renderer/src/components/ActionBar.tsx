import * as Menu from '@radix-ui/react-dropdown-menu';
import { ChevronDown, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SecondaryAction {
  label: string;
  onSelect: () => void;
  icon?: LucideIcon;
  disabled?: boolean;
  /** Irreversible or removing (archive, end): drawn in red. */
  danger?: boolean;
  /** Starts a new group in the menu. */
  separated?: boolean;
}

interface ActionBarProps {
  /** The one action the screen is for, drawn as the primary button (or null). */
  primary?: ReactNode;
  /** One or two frequent actions shown as plain buttons before the menu. */
  visible?: ReactNode;
  /** Everything else, grouped in «Ещё действия». */
  secondary?: readonly (SecondaryAction | false | null | undefined)[];
  menuLabel?: string;
}

/** A screen's actions: one primary button, a few plain ones and the rest in one menu. */
export function ActionBar({ primary, visible, secondary = [], menuLabel }: ActionBarProps) {
  const { t } = useTranslation();
  const items = secondary.filter((a): a is SecondaryAction => Boolean(a));
  return (
    <div className="action-bar">
      {items.length > 0 && (
        <Menu.Root modal={false}>
          <Menu.Trigger asChild>
            <button type="button" className="btn">
              {menuLabel ?? t('desktop.actions.more')}
              <ChevronDown size={14} aria-hidden="true" />
            </button>
          </Menu.Trigger>
          <Menu.Portal>
            <Menu.Content className="menu" align="end" sideOffset={4}>
              {items.map((action) => (
                <MenuEntry key={action.label} action={action} />
              ))}
            </Menu.Content>
          </Menu.Portal>
        </Menu.Root>
      )}
      {visible}
      {primary}
    </div>
  );
}

function MenuEntry({ action }: { action: SecondaryAction }) {
  const Icon = action.icon;
  return (
    <>
      {action.separated && <Menu.Separator className="menu-separator" />}
      <Menu.Item
        className={action.danger ? 'menu-item menu-item-danger' : 'menu-item'}
        disabled={action.disabled}
        onSelect={action.onSelect}
      >
        {Icon && <Icon size={15} aria-hidden="true" />}
        {action.label}
      </Menu.Item>
    </>
  );
}
