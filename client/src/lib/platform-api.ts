import { createHttpClient } from './http';
import { SessionStore } from './session';
import type { Answer } from './api-types';

/** A platform operator, as the console's sign-in answers it. */
export type Operator = Answer<'/api/superadmin/auth/login', 'post'>['user'];

/** The console's session: never mixed with a school session (its own cookie, scoped to /api/superadmin/auth). */
export const platformSession = new SessionStore<Operator>(localStorage, 'school-platform.console');

/** The platform console's own client: refreshes like the school portal, so a console session outlives the 15-minute access token. */
export const platformApi = createHttpClient({ baseURL: '/api/superadmin', tenant: () => undefined, session: platformSession });
