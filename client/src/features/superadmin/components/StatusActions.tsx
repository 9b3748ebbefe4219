import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('superadmin');
  const change = useChangeStatus();
  const s = school.status;
  // Activating a deleted school is restoring it: the words say so.
  const activate = s === 'deleted' ? 'restore' : 'activate';
  const act = (action: StatusAction) => {
    const name = school.name;
    const question =
      action === 'delete'
        ? t('statusActions.confirmDelete', { name })
        : action === 'suspend'
          ? t('statusActions.confirmSuspend', { name })
          : activate === 'restore'
            ? t('statusActions.confirmRestore', { name })
            : t('statusActions.confirmActivate', { name });
    if (!window.confirm(question)) return;
    const reason = action === 'activate' ? undefined : window.prompt(t('statusActions.reason'), '')?.trim();
    change.mutate(
      { id: school.id, action, reason: reason || undefined },
      {
        onSuccess: () => onChanged?.(),
        onError: (err) => window.alert(errorMessage(err, t('statusActions.failed'))),
      },
    );
  };
  const busy = change.isPending;
  return (
    <>
      {(s === 'active' || s === 'trial') && (
        <button
          type="button"
          className={className}
          disabled={busy}
          aria-label={t('statusActions.suspendLabel', { name: school.name })}
          onClick={() => act('suspend')}
        >
          {t('statusActions.suspend')}
        </button>
      )}
      {(s === 'suspended' || s === 'deleted') && (
        <button
          type="button"
          className={className}
          disabled={busy}
          aria-label={
            activate === 'restore'
              ? t('statusActions.restoreLabel', { name: school.name })
              : t('statusActions.activateLabel', { name: school.name })
          }
          onClick={() => act('activate')}
        >
          {activate === 'restore' ? t('statusActions.restore') : t('statusActions.activate')}
        </button>
      )}{' '}
      {(s === 'active' || s === 'suspended') && (
        <button
          type="button"
          className={className}
          disabled={busy}
          aria-label={t('statusActions.deleteLabel', { name: school.name })}
          onClick={() => act('delete')}
        >
          {t('statusActions.delete')}
        </button>
      )}
    </>
  );
}
