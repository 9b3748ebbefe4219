import { api } from '../../lib/api-client';

export interface PublicTenant {
  id: string;
  name: string;
  shortName?: string;
  subdomain: string;
  logo?: string;
  motto?: string;
  theme: { primaryColor: string; secondaryColor: string; fontFamily: string; logoUrl?: string };
  features: string[];
}

export interface SchoolUser {
  id: string;
  name: string;
  email: string;
  role: string;
}

export const fetchTenant = async () => (await api.get<PublicTenant>('/tenant')).data;
export const login = async (email: string, password: string) =>
  (await api.post<{ accessToken: string; refreshToken: string; user: SchoolUser }>('/auth/login', { email, password })).data;
export const fetchMe = async () => (await api.get<{ user: SchoolUser; tenant: PublicTenant }>('/auth/me')).data;
