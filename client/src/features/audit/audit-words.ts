import type { TFunction } from 'i18next';
import type audit from '../../i18n/locales/en/audit.json';

/** What the server records as an action and a kind of record (codes), as the audit catalogue names them. */
export type ActionCode = keyof (typeof audit)['actions'];
export type ModelCode = keyof (typeof audit)['models'];

/** The actions people filter by (the server's codes; rarer ones still show in words in the list). */
export const ACTIONS: ActionCode[] = ['create', 'update', 'delete', 'login', 'login_failed', 'payment', 'mark', 'import'];
/** The kinds of record people filter by. */
export const MODELS: ModelCode[] = [
  'Student',
  'Guardian',
  'Staff member',
  'User',
  'Class',
  'Section',
  'Subject',
  'Exam',
  'Fee structure',
  'Invoice',
  'Attendance',
  'Announcement',
  'Settings',
];

/** An action in words ("Created", "Créé", "أنشأ"); one the catalogue does not know shows its code. */
export const actionLabel = (code: string, t: TFunction<'audit'>) =>
  Object.hasOwn(ACTION_CODES, code) ? t(`actions.${code as ActionCode}`) : code;
/** A kind of record in words ("Student", "Élève"); one the catalogue does not know shows its code. */
export const modelLabel = (code: string, t: TFunction<'audit'>) =>
  Object.hasOwn(MODEL_CODES, code) ? t(`models.${code as ModelCode}`) : code;

// The English catalogue's keys are the codes known; the words themselves come from the shown language.
const ACTION_CODES: Record<ActionCode, true> = {
  create: true,
  update: true,
  delete: true,
  login: true,
  login_failed: true,
  'password-reset': true,
  'resend-invitation': true,
  'revoke-invitation': true,
  'add-account': true,
  'attach-guardian': true,
  'detach-guardian': true,
  move: true,
  enrol: true,
  accept: true,
  reject: true,
  'enter-marks': true,
  mark: true,
  'generate-invoices': true,
  payment: true,
  waiver: true,
  'late-fines': true,
  import: true,
  resend: true,
  rollover: true,
  undo: true,
  request: true,
  verify: true,
};
const MODEL_CODES: Record<ModelCode, true> = {
  Student: true,
  student: true,
  students: true,
  Guardian: true,
  guardian: true,
  guardians: true,
  Staff: true,
  staff: true,
  'Staff member': true,
  teachers: true,
  User: true,
  Class: true,
  Section: true,
  Subject: true,
  'Academic year': true,
  'Grade level': true,
  Assignment: true,
  Period: true,
  Exam: true,
  'Grading scale': true,
  ReportRemark: true,
  'Fee structure': true,
  FeeStructure: true,
  Discount: true,
  Invoice: true,
  Attendance: true,
  Announcement: true,
  Message: true,
  MessagingSettings: true,
  File: true,
  Settings: true,
  CustomDomain: true,
  AdmissionApplication: true,
  RolloverBatch: true,
};
