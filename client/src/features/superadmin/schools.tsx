import { errorBody } from '../../lib/http';
import { platformApi } from '../../lib/platform-api';
import { BASE_DOMAIN } from '../../config/env';

export interface TenantRow {
  id: string;
  name: string;
  subdomain: string;
  status: string;
  subscription: { plan: string };
  createdAt?: string;
}

export const FEATURES = [
  'financialManagement',
  'smsNotifications',
  'advancedReporting',
  'parentPortal',
  'onlineExams',
  'library',
  'transport',
];
export const schoolUrl = (subdomain: string) =>
  `${window.location.protocol}//${subdomain}.${BASE_DOMAIN}${window.location.port ? `:${window.location.port}` : ''}/`;

export type StatusAction = 'suspend' | 'activate' | 'delete';

/** Suspends, activates or deletes a school after confirmation (with a reason for the record); true when done. */
export async function changeStatus(school: { id: string; name: string }, action: StatusAction): Promise<boolean> {
  const verb = `${action[0]!.toUpperCase()}${action.slice(1)}`;
  if (action === 'delete') {
    if (!window.confirm(`Delete ${school.name}? Its users are refused at once; its data is purged after 30 days unless it is restored.`))
      return false;
  } else if (!window.confirm(`${verb} ${school.name}?`)) return false;
  const reason = action === 'activate' ? undefined : window.prompt('Reason (kept in the status history)', '')?.trim();
  try {
    if (action === 'delete') await platformApi.delete(`/tenants/${school.id}`, { params: reason ? { reason } : {} });
    else await platformApi.post(`/tenants/${school.id}/${action}`, reason ? { reason } : {});
    return true;
  } catch (err) {
    window.alert(errorBody(err)?.message ?? 'Could not change the school');
    return false;
  }
}

/** The status changes a school's current status allows, as buttons that confirm first. */
export function StatusActions({
  school,
  onChanged,
  className,
}: {
  school: { id: string; name: string; status: string };
  onChanged: () => void;
  className: string;
}) {
  const act = async (action: StatusAction) => {
    if (await changeStatus(school, action)) onChanged();
  };
  const s = school.status;
  return (
    <>
      {(s === 'active' || s === 'trial') && (
        <button type="button" className={className} onClick={() => void act('suspend')}>
          Suspend
        </button>
      )}
      {(s === 'suspended' || s === 'deleted') && (
        <button type="button" className={className} onClick={() => void act('activate')}>
          {s === 'deleted' ? 'Restore' : 'Activate'}
        </button>
      )}{' '}
      {(s === 'active' || s === 'suspended') && (
        <button type="button" className={className} onClick={() => void act('delete')}>
          Delete
        </button>
      )}
    </>
  );
}
