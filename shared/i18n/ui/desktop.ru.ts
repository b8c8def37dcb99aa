/** Russian strings of the shared desktop controls: dates, menus, search, unsaved changes, first run. */
export const desktopRu = {
  notifications: 'Уведомления',
  date: {
    placeholder: 'ДД.ММ.ГГГГ',
    timePlaceholder: 'ЧЧ:ММ',
    openCalendar: 'Выбрать дату в календаре',
    calendar: 'Календарь',
    timeOf: 'Время — {{field}}',
  },
  actions: {
    more: 'Ещё действия',
  },
} as const;
