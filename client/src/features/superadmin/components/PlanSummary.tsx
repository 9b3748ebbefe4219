import { usePlans } from '../api/schools';

/** What a plan gives by default (the platform's plan table). */
export function PlanSummary({ plan }: { plan: string }) {
  const plans = usePlans();
  const p = plans.data?.find((x) => x.plan === plan);
  if (!p) return null;
  return (
    <p className="muted" role="status">
      {p.limits.maxStudents.toLocaleString()} students, {p.limits.maxTeachers.toLocaleString()} teachers,{' '}
      {p.limits.maxStorageMb.toLocaleString()} MB, {p.limits.requestsPerMinute.toLocaleString()} requests a minute; features:{' '}
      {p.features.join(', ') || 'none'}.
    </p>
  );
}
