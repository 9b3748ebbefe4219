import { Types } from 'mongoose';
import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/helpers.js';

let t: TestPlatform;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('errlng');
  await t.school('errlng-fr', { schoolConfig: { language: 'fr' } });
  admin = (await t.login('errlng')).accessToken;
});
afterAll(() => t.close());

/** A bad new academic year: a name too long, a date that is not one, no end date. */
const badYear = (language?: string, token = admin, school = 'errlng') => {
  const req = request(t.app).post('/api/academic-years').set('X-Tenant-ID', school).set(bearer(token));
  if (language) req.set('Accept-Language', language);
  return req.send({ name: 'x'.repeat(200), startDate: 'not a date' }).expect(400);
};
const missingStudent = (language?: string) => {
  const req = request(t.app).get(`/api/students/${new Types.ObjectId().toString()}`).set('X-Tenant-ID', 'errlng').set(bearer(admin));
  if (language) req.set('Accept-Language', language);
  return req.expect(404);
};
type Detail = { path: string; message: string };

describe('error messages in the reader’s language', () => {
  it('says the same bad request in fr, ar, es and en: the message differs, the code and the fields do not', async () => {
    const en = await badYear('en');
    expect(en.body.error).toBe('VALIDATION_ERROR');
    expect(en.body.message).toBe('Invalid request');
    expect(en.headers['content-language']).toBe('en');
    const enDetails = en.body.details as Detail[];
    expect(enDetails.find((d) => d.path === 'endDate')?.message).toBe('Required');
    const expected = { fr: ['Requête invalide', 'Obligatoire'], ar: ['طلب غير صالح', 'مطلوب'], es: ['Solicitud no válida', 'Obligatorio'] };
    for (const [lng, [message, required]] of Object.entries(expected)) {
      const res = await badYear(lng);
      expect(res.headers['content-language']).toBe(lng);
      expect(res.body.error).toBe('VALIDATION_ERROR');
      expect(res.body.message).toBe(message);
      const details = res.body.details as Detail[];
      expect(details.map((d) => d.path)).toEqual(enDetails.map((d) => d.path));
      expect(details.find((d) => d.path === 'endDate')?.message).toBe(required);
      // zod's own words are translated too: no detail reads as its English one.
      details.forEach((d, i) => expect(d.message).not.toBe(enDetails[i]!.message));
    }
  });

  it('translates a service’s error with the thing it names', async () => {
    expect((await missingStudent()).body).toEqual({ message: 'Student not found', error: 'NOT_FOUND' });
    expect((await missingStudent('fr-FR')).body).toEqual({ message: "L'élève est introuvable", error: 'NOT_FOUND' });
    expect((await missingStudent('ar')).body).toEqual({ message: 'لم يُعثر على الطالب', error: 'NOT_FOUND' });
    expect((await missingStudent('es-MX')).body).toEqual({ message: 'No se encontró el alumno', error: 'NOT_FOUND' });
  });

  it('answers in English for a language it does not speak, and honours quality values', async () => {
    const de = await missingStudent('de-DE, de;q=0.9');
    expect(de.body.message).toBe('Student not found');
    expect(de.headers['content-language']).toBe('en');
    const es = await missingStudent('de, es;q=0.9, fr;q=0.8');
    expect(es.body.message).toBe('No se encontró el alumno');
    expect(es.headers['content-language']).toBe('es');
    expect((await missingStudent('fr;q=0.2, ar;q=0.7')).body.message).toBe('لم يُعثر على الطالب');
    expect((await missingStudent('fr;q=0, es;q=0')).body.message).toBe('Student not found');
  });

  it('without Accept-Language: the signed-in person’s own language, else the school’s', async () => {
    const teacher = await t.userWithRole('errlng', 'teacher', admin);
    await t.as('errlng', teacher.accessToken).put('/api/auth/me/language', { language: 'ar' }).expect(200);
    const own = await t.as('errlng', teacher.accessToken).get('/api/users').expect(403);
    expect(own.body).toEqual({ message: 'دورك لا يسمح بهذا الإجراء', error: 'FORBIDDEN' });
    expect(own.headers['content-language']).toBe('ar');
    // The header still wins over the account's choice.
    expect((await t.as('errlng', teacher.accessToken).get('/api/users').set('Accept-Language', 'es').expect(403)).body.message).toBe(
      'Su rol no permite hacer esto',
    );

    const frAdmin = (await t.login('errlng-fr')).accessToken;
    const school = await badYear(undefined, frAdmin, 'errlng-fr');
    expect(school.body.message).toBe('Requête invalide');
    expect(school.headers['content-language']).toBe('fr');
    const signIn = await request(t.app)
      .post('/api/auth/login')
      .set('X-Tenant-ID', 'errlng-fr')
      .send({ email: 'nobody@x.test', password: 'wrong-password' });
    expect(signIn.body).toEqual({ message: "L'e-mail ou le mot de passe est incorrect", error: 'INVALID_CREDENTIALS' });
  });
});
