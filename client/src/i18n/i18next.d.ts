import 'i18next';
import type common from './locales/en/common.json';
import type app from './locales/en/app.json';
import type auth from './locales/en/auth.json';
import type account from './locales/en/account.json';
import type academic from './locales/en/academic.json';
import type people from './locales/en/people.json';
import type gradebook from './locales/en/gradebook.json';
import type attendance from './locales/en/attendance.json';
import type timetable from './locales/en/timetable.json';
import type fees from './locales/en/fees.json';
import type home from './locales/en/home.json';
import type superadmin from './locales/en/superadmin.json';
import type enrolment from './locales/en/enrolment.json';
import type announcements from './locales/en/announcements.json';
import type audit from './locales/en/audit.json';
import type imports from './locales/en/imports.json';
import type settings from './locales/en/settings.json';
import type messages from './locales/en/messages.json';

/** Keys are checked against the English catalogues: a `t('missing.key')` does not compile. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      app: typeof app;
      auth: typeof auth;
      account: typeof account;
      academic: typeof academic;
      people: typeof people;
      gradebook: typeof gradebook;
      attendance: typeof attendance;
      timetable: typeof timetable;
      fees: typeof fees;
      home: typeof home;
      superadmin: typeof superadmin;
      enrolment: typeof enrolment;
      announcements: typeof announcements;
      audit: typeof audit;
      imports: typeof imports;
      settings: typeof settings;
      messages: typeof messages;
    };
  }
}
