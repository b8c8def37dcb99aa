/** Errors of the shared data layer and of team mode (a PostgreSQL server), merged into `errors`. */
export const teamErrorsRu = {
  staleRecord:
    'Запись уже изменил(а) {{changedBy}} {{changedAt}}. Ваши изменения не сохранены и остались в форме: откройте запись заново, чтобы увидеть новую версию, и внесите их ещё раз',
  team: {
    forbidden: 'Недостаточно прав: ваша роль в этой организации не позволяет это действие',
    login: 'Сервер не принял имя пользователя или пароль',
    noDatabase: 'На сервере нет такой базы данных',
    retry: 'Сервер занят одновременными изменениями — повторите действие',
    futureNumbering: 'Дата в будущем: номер в журнале по такой дате не присваивается',
    numberingSettings:
      'Для организации не сохранены настройки нумерации: откройте «Настройки переписки», проверьте форматы номеров и сохраните их',
    unreachable: 'Сервер базы данных недоступен — проверьте сеть, адрес и порт',
    certificate: 'Сертификат сервера не прошёл проверку — соединение не установлено',
  },
} as const;

/** Validation messages of the team connection form, merged into `validation`. */
export const teamValidationRu = {
  team: {
    tlsRequired: 'Без шифрования можно подключаться только к серверу на этом компьютере',
    caFileRequired: 'Укажите файл сертификата центра, которым подписан сертификат сервера',
  },
} as const;
