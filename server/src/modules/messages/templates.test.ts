import { MESSAGE_KINDS, type MessageKind, type MessageVars } from './kinds.js';
import { renderMessage, SMS_MAX } from './templates.js';
import { smsLength } from './transports/sms-segments.js';

const evil = 'Bob "<script>alert(1)</script>" & co';
const vars: { [K in MessageKind]: MessageVars[K] } = {
  invitation: { name: evil, role: 'parent', expiresAt: '2026-12-09T10:00:00Z' },
  password_reset: { name: evil, expiresAt: '2026-12-09T10:00:00Z' },
  welcome: { name: evil },
  account_change: { title: `Changed ${evil}`, body: evil },
  absence: { title: `Absent ${evil}`, body: evil, student: evil, date: '2026-12-02' },
  fee_due: { title: `Due ${evil}`, body: evil },
  fee_overdue: { title: `Overdue ${evil}`, body: evil },
  results_published: { title: `Results ${evil}`, body: evil },
  announcement: { title: `News\r\nBcc: x@y ${evil}`, body: evil },
};
const school = { name: 'Hill <School>', logoUrl: 'https://hill.example/logo.png', primaryColor: '#0a7', timeZone: 'Africa/Nairobi' };
const link = 'https://hill.schools.example/accept-invitation?token=abc&x=1';

describe.each(MESSAGE_KINDS)('%s', (kind) => {
  const out = renderMessage({
    kind,
    vars: vars[kind] as never,
    toName: evil,
    school,
    link,
    unsubscribeUrl: 'https://hill.example/unsubscribe?token=t',
  });

  test('every variable is escaped in HTML and kept as typed in the text; the subject is one line', () => {
    expect(out.html).not.toMatch(/<script|"<|<School>/);
    expect(out.html).toContain('Bob &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; co');
    expect(out.text).toContain(evil);
    expect(out.subject).not.toMatch(/[\r\n]/);
    expect(out.html).toContain('href="https://hill.schools.example/accept-invitation?token=abc&amp;x=1"');
    expect(out.text).toContain(link);
    expect(out.html).toContain('src="https://hill.example/logo.png"');
  });

  test('the SMS keeps the link whole and fits two segments', () => {
    expect(out.sms.endsWith(link)).toBe(true);
    expect(out.sms.length).toBeLessThanOrEqual(SMS_MAX);
  });
});

test('dates are the school’s: an expiry at 10:00 UTC reads 13:00 in Nairobi', () => {
  const out = renderMessage({ kind: 'password_reset', vars: vars.password_reset, school, link });
  expect(out.text).toMatch(/13:00/);
});

test('a colour that is not a colour does not reach the style attribute', () => {
  const out = renderMessage({ kind: 'welcome', vars: { name: 'A' }, school: { ...school, primaryColor: 'red;background:url(x)' }, link });
  expect(out.html).not.toContain('url(x)');
});

test('an SMS in Arabic (UCS-2) is cut to two segments of its own encoding, the link whole', () => {
  const body = 'أُغلقت المدرسة غدًا بسبب الأمطار الغزيرة، ونرجو من أولياء الأمور متابعة البوابة لمعرفة موعد العودة. '.repeat(4);
  const out = renderMessage({ kind: 'announcement', vars: { title: 'إغلاق', body }, school, link, language: 'ar' });
  expect(out.sms.endsWith(`... ${link}`)).toBe(true);
  expect(smsLength(out.sms)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
});
