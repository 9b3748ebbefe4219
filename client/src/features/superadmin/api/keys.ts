/** Query keys of the console: everything under `['superadmin']`, so a change to a school refreshes what shows it. */
export const consoleKeys = {
  all: ['superadmin'] as const,
  schools: (params: object) => ['superadmin', 'schools', params] as const,
  school: (id: string) => ['superadmin', 'school', id] as const,
  usage: (id: string) => ['superadmin', 'school', id, 'usage'] as const,
  statusHistory: (id: string) => ['superadmin', 'school', id, 'status-history'] as const,
  schoolMessages: (id: string) => ['superadmin', 'school', id, 'messages'] as const,
  audit: (params: object) => ['superadmin', 'audit', params] as const,
  overview: ['superadmin', 'overview'] as const,
  messages: ['superadmin', 'messages'] as const,
  plans: ['superadmin', 'plans'] as const,
  subdomain: (subdomain: string) => ['superadmin', 'subdomain', subdomain] as const,
};
