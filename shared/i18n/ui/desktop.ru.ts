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
  unsaved: {
    title: 'Несохранённые изменения',
    text: 'В форме есть изменения, которые не сохранены. Если уйти сейчас, они будут потеряны.',
    leave: 'Уйти без сохранения',
  },
  actions: {
    more: 'Ещё действия',
  },
} as const;
