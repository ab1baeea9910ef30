import type { Messages } from '../../i18n/types';

/** English strings of the notification inbox; wired into the catalogues as `notifications.*`. */
export const notificationsEn = {
  title: 'Notifications',
  lead: 'Tasks and news that concern you. Notifications are only ever visible to you.',
  bell: 'Notifications',
  bellUnread: 'Notifications, {{count}} unread',
  popoverTitle: 'Notifications',
  seeAll: 'See all notifications',
  markAllRead: 'Mark all as read',
  markRead: 'Mark “{{title}}” as read',
  markedAllRead: 'All notifications are marked as read.',
  unread: 'Unread',
  justNow: 'just now',
  listLabel: 'Your notifications',
  filter: {
    label: 'Show',
    all: 'All',
    unread: 'Unread only',
  },
  loadMore: 'Show older notifications',
  endOfList: 'That is everything.',
  empty: {
    title: 'No notifications yet',
    description:
      'When something needs you, it appears here: feedback you receive or are asked for, review tasks and reminders before their deadlines, and results released to you. Those marked as important also arrive by email.',
  },
  popoverEmpty: 'Nothing new. Reminders and feedback will appear here.',
  digest: {
    label: 'Email me a daily summary',
    description:
      'One email in the morning listing what is unread, sent only when something new is waiting. Reminders that cannot wait are emailed straight away either way.',
  },
  allRead: {
    title: 'You are all caught up',
    description: 'Every notification has been read. Switch to “All” to see earlier ones.',
  },
};

/** German strings: the same keys (checked by catalogues.test.ts). */
export const notificationsDe: Messages<typeof notificationsEn> = {
  title: 'Benachrichtigungen',
  lead: 'Aufgaben und Neuigkeiten, die Sie betreffen. Ihre Benachrichtigungen sehen nur Sie.',
  bell: 'Benachrichtigungen',
  bellUnread: 'Benachrichtigungen, {{count}} ungelesen',
  popoverTitle: 'Benachrichtigungen',
  seeAll: 'Alle Benachrichtigungen ansehen',
  markAllRead: 'Alle als gelesen markieren',
  markRead: '„{{title}}“ als gelesen markieren',
  markedAllRead: 'Alle Benachrichtigungen sind als gelesen markiert.',
  unread: 'Ungelesen',
  justNow: 'gerade eben',
  listLabel: 'Ihre Benachrichtigungen',
  filter: {
    label: 'Anzeigen',
    all: 'Alle',
    unread: 'Nur ungelesene',
  },
  loadMore: 'Ältere Benachrichtigungen anzeigen',
  endOfList: 'Das ist alles.',
  empty: {
    title: 'Noch keine Benachrichtigungen',
    description:
      'Wenn etwas Ihre Aufmerksamkeit braucht, erscheint es hier: Feedback, das Sie erhalten oder um das Sie gebeten werden, Aufgaben im Beurteilungszyklus und Erinnerungen vor Fristen sowie Ergebnisse, die für Sie freigegeben wurden. Wichtiges kommt zusätzlich per E-Mail.',
  },
  popoverEmpty: 'Nichts Neues. Erinnerungen und Feedback erscheinen hier.',
  digest: {
    label: 'Tägliche Zusammenfassung per E-Mail',
    description:
      'Eine E-Mail am Morgen mit allem, was ungelesen ist – nur wenn etwas Neues wartet. Dringende Erinnerungen kommen in jedem Fall sofort per E-Mail.',
  },
  allRead: {
    title: 'Sie sind auf dem neuesten Stand',
    description: 'Alle Benachrichtigungen sind gelesen. Wählen Sie „Alle“, um frühere zu sehen.',
  },
};
