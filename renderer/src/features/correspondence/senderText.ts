import type { Sender } from '../../../../shared/domain/correspondence';

/** E-mail and phone of a sender on one line, for lists. */
export const senderContact = (sender: Pick<Sender, 'email' | 'phone'>): string =>
  [sender.email, sender.phone].filter((v) => v.trim() !== '').join(' · ');
