import { useTranslation } from 'react-i18next';
import { PLAN_NAMES } from '../school-links';

/** The platform's plans as `<option>`s, each by its name in the shown language. */
export function PlanOptions() {
  const { t } = useTranslation('superadmin');
  return PLAN_NAMES.map((p) => (
    <option key={p} value={p}>
      {t(`plans.${p}`)}
    </option>
  ));
}
