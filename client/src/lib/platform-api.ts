import axios from 'axios';

const KEY = 'school-platform.superadmin.token';

/** The platform console's own client and token: never mixed with a school session. */
export const platformToken = {
  get: () => sessionStorage.getItem(KEY),
  set: (token: string | null) => (token ? sessionStorage.setItem(KEY, token) : sessionStorage.removeItem(KEY)),
};

export const platformApi = axios.create({ baseURL: '/api/superadmin', timeout: 20_000 });
platformApi.interceptors.request.use((config) => {
  const token = platformToken.get();
  if (token) config.headers.set('Authorization', `Bearer ${token}`);
  return config;
});
