import { useTranslation } from 'react-i18next';
import { limitsText } from '../limits-text';
import { currentLocale } from '../../../i18n';
import { usePlans } from '../api/schools';
import { isFeature } from '../school-links';

/** What a plan gives by default (the platform's plan table). */
export function PlanSummary({ plan }: { plan: string }) {
  const { t } = useTranslation('superadmin');
  const plans = usePlans();
  const p = plans.data?.find((x) => x.plan === plan);
  if (!p) return null;
  const features = p.features.map((f) => (isFeature(f) ? t(`features.${f}`) : f));
  return (
    <p className="muted" role="status">
      {t('planSummary', {
        limits: limitsText(t, p.limits),
        features: features.length ? new Intl.ListFormat(currentLocale()).format(features) : t('noFeatures'),
      })}
    </p>
  );
}
