import type { ApiRouter } from '../../http/route.js';
import { AppError } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { currentUser } from '../../auth/authenticate.js';
import { UserModel } from '../users/user.schema.js';
import { readUnsubscribeToken } from './unsubscribe-token.js';
import { schoolSendsSms } from './outbox.js';
import { preferencesOf, savePreferences, turnOffEmail, type Choosable, type PreferencesChange, type Preferences } from './preferences.js';
import { preferencesResponse, unsubscribeQuery, unsubscribeResponse, updatePreferencesBody } from './preferences.validation.js';

const withSchool = (p: Preferences) => ({
  ...p,
  timeZone: currentTenant().schoolConfig.timeZone,
  smsAvailable: schoolSendsSms(currentTenant()),
});

/** /api/me — the signed-in user's own things (any role). */
export const meRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/message-preferences',
      summary: 'What reaches me by email and SMS, per category, and my quiet hours',
      access: { kind: 'school' },
      response: { description: 'My message preferences', schema: preferencesResponse },
      handler: async () => withSchool(await preferencesOf(currentUser().id)),
    })
    .route({
      method: 'put',
      path: '/message-preferences',
      summary: 'Change what reaches me (account messages cannot be turned off)',
      description: 'Quiet hours are local times in the school time zone; they hold SMS until they end (email is not held).',
      access: { kind: 'school' },
      body: updatePreferencesBody,
      response: { description: 'My message preferences', schema: preferencesResponse },
      handler: async ({ body }) => withSchool(await savePreferences(currentUser().id, body as PreferencesChange)),
    });

/** The account and category a token names, or 400: forged, altered, or another school's. */
async function tokenTarget(token: string): Promise<{ userId: string; category: Choosable }> {
  const target = readUnsubscribeToken(token);
  if (!target)
    throw new AppError(400, 'INVALID_UNSUBSCRIBE_TOKEN', 'This unsubscribe link is not valid', [
      { path: 'token', message: 'Not a valid unsubscribe token for this school' },
    ]);
  return target as { userId: string; category: Choosable };
}

/**
 * /api/public — for people who are not signed in. The unsubscribe link of a
 * bulk email (List-Unsubscribe, RFC 8058): its signed token alone names the
 * school's account and the category, so no session or CSRF token is needed or
 * possible. A GET never changes anything (mail scanners follow links); the
 * one-click POST turns the category's email off.
 */
export const publicMessageRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/unsubscribe',
      summary: 'What an unsubscribe link would turn off (changes nothing)',
      access: { kind: 'public' },
      query: unsubscribeQuery,
      response: { description: 'The category and whether it still comes by email', schema: unsubscribeResponse },
      errors: { 400: 'The token is not valid for this school' },
      handler: async ({ query }) => {
        const { userId, category } = await tokenTarget(query.token);
        const prefs = await preferencesOf(userId);
        const tenant = currentTenant();
        return { category, school: tenant.schoolConfig.name || tenant.name, email: prefs.categories[category].email };
      },
    })
    .route({
      method: 'post',
      path: '/unsubscribe',
      summary: "One-click unsubscribe (RFC 8058): turns the link's category off by email",
      description:
        'Mail clients send the body `List-Unsubscribe=One-Click` (form-encoded); it is not needed, the signed token decides. ' +
        'Repeating it changes nothing more.',
      access: { kind: 'public' },
      query: unsubscribeQuery,
      status: 200,
      response: { description: 'The category, now off by email', schema: unsubscribeResponse },
      errors: { 400: 'The token is not valid for this school' },
      handler: async ({ query }) => {
        const { userId, category } = await tokenTarget(query.token);
        const tenant = currentTenant();
        const school = tenant.schoolConfig.name || tenant.name;
        // An account removed since the mail was sent has nothing left to turn off.
        if (!(await tenantModel(UserModel).exists({ _id: userId }))) return { category, school, email: false };
        const prefs = await turnOffEmail(userId, category);
        return { category, school, email: prefs.categories[category].email };
      },
    });
