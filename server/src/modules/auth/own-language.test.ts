import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('ownlang');
  admin = (await t.login('ownlang')).accessToken;
});
afterAll(() => t.close());

const setLanguage = (token: string, body: object) => t.as('ownlang', token).put('/api/auth/me/language', body);

describe("a person's own language", () => {
  it('starts as the school default (null), is chosen, shows in me, login and refresh, and goes back to null', async () => {
    const teacher = await t.userWithRole('ownlang', 'teacher', admin);
    expect(teacher.user).toMatchObject({ language: null });
    expect((await t.as('ownlang', teacher.accessToken).get('/api/auth/me').expect(200)).body.user.language).toBeNull();

    expect((await setLanguage(teacher.accessToken, { language: 'fr' }).expect(200)).body).toEqual({ language: 'fr' });
    expect((await t.as('ownlang', teacher.accessToken).get('/api/auth/me').expect(200)).body.user.language).toBe('fr');
    const email = (await t.as('ownlang', teacher.accessToken).get('/api/auth/me')).body.user.email as string;
    const again = await t.login('ownlang', email);
    expect(again.user).toMatchObject({ language: 'fr' });
    const refreshed = await request(t.app)
      .post('/api/auth/refresh')
      .set('X-Tenant-ID', 'ownlang')
      .send({ refreshToken: again.refreshToken })
      .expect(200);
    expect(refreshed.body.user.language).toBe('fr');

    expect((await setLanguage(teacher.accessToken, { language: null }).expect(200)).body).toEqual({ language: null });
    expect((await t.as('ownlang', teacher.accessToken).get('/api/auth/me').expect(200)).body.user.language).toBeNull();
  });

  it("changes only the caller's own account: the admin's stays as it was", async () => {
    const parent = await t.userWithRole('ownlang', 'parent', admin);
    await setLanguage(parent.accessToken, { language: 'ar' }).expect(200);
    expect((await t.as('ownlang', admin).get('/api/auth/me').expect(200)).body.user.language).toBeNull();
    expect((await t.as('ownlang', admin).get(`/api/users/${parent.user.id}`).expect(200)).body.language).toBe('ar');
  });

  it.each([
    [{ language: 'de' }, 'language'],
    [{ language: 'xx-YY' }, 'language'],
    [{}, 'language'],
    [{ language: 'fr', role: 'admin' }, ''],
  ])('refuses %j with 400 naming the field (%j), and changes nothing', async (body, path) => {
    const student = await t.userWithRole('ownlang', 'student', admin);
    await setLanguage(student.accessToken, { language: 'es' }).expect(200);
    const res = await setLanguage(student.accessToken, body).expect(400);
    expect(res.body.error).toBe('VALIDATION_ERROR');
    expect((res.body.details as { path: string }[]).map((d) => d.path)).toContain(path);
    expect((await t.as('ownlang', student.accessToken).get('/api/auth/me').expect(200)).body.user.language).toBe('es');
  });

  it('needs a signed-in user: 401 without a token', async () => {
    await request(t.app).put('/api/auth/me/language').set('X-Tenant-ID', 'ownlang').send({ language: 'fr' }).expect(401);
  });
});
