import { errorMessage } from '../../../lib/query';
import { useChangeStatus, type StatusAction } from '../api/schools';

/** The status changes a school's current status allows, as buttons that confirm first and ask for a reason for the record. */
export function StatusActions({
  school,
  className,
  onChanged,
}: {
  school: { id: string; name: string; status: string };
  className: string;
  onChanged?: () => void;
}) {
  const change = useChangeStatus();
  const act = (action: StatusAction) => {
    const verb = `${action[0]!.toUpperCase()}${action.slice(1)}`;
    const question =
      action === 'delete'
        ? `Delete ${school.name}? Its users are refused at once; its data is purged after 30 days unless it is restored.`
        : `${verb} ${school.name}?`;
    if (!window.confirm(question)) return;
    const reason = action === 'activate' ? undefined : window.prompt('Reason (kept in the status history)', '')?.trim();
    change.mutate(
      { id: school.id, action, reason: reason || undefined },
      {
        onSuccess: () => onChanged?.(),
        onError: (err) => window.alert(errorMessage(err, 'Could not change the school')),
      },
    );
  };
  const s = school.status;
  const busy = change.isPending;
  return (
    <>
      {(s === 'active' || s === 'trial') && (
        <button type="button" className={className} disabled={busy} aria-label={`Suspend ${school.name}`} onClick={() => act('suspend')}>
          Suspend
        </button>
      )}
      {(s === 'suspended' || s === 'deleted') && (
        <button
          type="button"
          className={className}
          disabled={busy}
          aria-label={`${s === 'deleted' ? 'Restore' : 'Activate'} ${school.name}`}
          onClick={() => act('activate')}
        >
          {s === 'deleted' ? 'Restore' : 'Activate'}
        </button>
      )}{' '}
      {(s === 'active' || s === 'suspended') && (
        <button type="button" className={className} disabled={busy} aria-label={`Delete ${school.name}`} onClick={() => act('delete')}>
          Delete
        </button>
      )}
    </>
  );
}
