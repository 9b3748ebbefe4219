import { BASE_DOMAIN } from '../config/env';
import { createHttpClient } from './http';
import { SessionStore } from './session';
import { rememberedSchool, tenantHeaderValue } from './tenant';

const tenant = () => tenantHeaderValue(window.location.hostname, BASE_DOMAIN, rememberedSchool.get());

/** The signed-in session of this browser for the school it is showing. */
export const session = new SessionStore(localStorage, `school-platform.refresh.${tenant() ?? window.location.hostname}`);

/** The one HTTP client for school routes. */
export const api = createHttpClient({ baseURL: '/api', tenant, session });
