import { Trans, useTranslation } from 'react-i18next';
import { limitsText } from '../limits-text';
import { weekdayName, usualFirstDay } from '../../../components/SchoolLocaleFields';
import { currentLocale, isLanguage, LANGUAGE_NAMES } from '../../../i18n';
import type { School } from '../api/schools';
import { isFeature, isPlan, isSubscriptionStatus, schoolUrl, subscriptionText, when } from '../school-links';

const BREAKABLE = { overflowWrap: 'anywhere' } as const;

/** What a school is: portal, plan, limits, features, time zone and language, database, status reason and dates. */
export function SchoolFacts({ school: s }: { school: School }) {
  const { t } = useTranslation('superadmin');
  const plan = subscriptionText(s, 'plan');
  const subscription = subscriptionText(s, 'status');
  const features = Object.entries(s.features)
    .filter(([, on]) => on)
    .map(([f]) => (isFeature(f) ? t(`features.${f}`) : f));
  const config = s.schoolConfig;
  const lng = isLanguage(config.language) ? config.language : 'en';
  const locale = typeof config.locale === 'string' ? config.locale : undefined;
  return (
    <dl className="facts">
      <dt>{t('facts.portal')}</dt>
      <dd>
        {/* An address may break anywhere: unbroken, it would widen a phone's page. */}
        <a href={schoolUrl(s.subdomain)} dir="ltr" style={BREAKABLE}>
          {schoolUrl(s.subdomain)}
        </a>
        {s.customDomain && (
          <>
            {' · '}
            <span dir="ltr" style={BREAKABLE}>
              {s.customDomain}
            </span>
          </>
        )}
      </dd>
      <dt>{t('facts.plan')}</dt>
      <dd>
        {t('facts.planText', {
          plan: isPlan(plan) ? t(`plans.${plan}`) : (plan ?? '—'),
          status: isSubscriptionStatus(subscription) ? t(`subscription.${subscription}`) : (subscription ?? t('subscription.none')),
        })}
      </dd>
      <dt>{t('facts.limits')}</dt>
      <dd>{limitsText(t, s.limits)}</dd>
      <dt>{t('facts.features')}</dt>
      <dd>{features.length ? new Intl.ListFormat(currentLocale()).format(features) : t('noFeatures')}</dd>
      <dt>{t('facts.place')}</dt>
      <dd>
        <Trans
          t={t}
          i18nKey="facts.placeText"
          values={{
            zone: typeof config.timeZone === 'string' ? config.timeZone : 'UTC',
            language: LANGUAGE_NAMES[lng],
            locale: locale ?? t('facts.noLocale'),
            day: weekdayName(typeof config.weekStart === 'number' ? config.weekStart : usualFirstDay(locale ?? lng)),
          }}
          components={{ bdi: <bdi /> }}
        />
      </dd>
      <dt>{t('facts.database')}</dt>
      <dd>{t(s.databaseConfig.dedicated ? 'facts.dedicated' : 'facts.shared', { name: s.databaseConfig.databaseName })}</dd>
      {s.statusReason && (
        <>
          <dt>{t('facts.statusReason')}</dt>
          <dd>{s.statusReason}</dd>
        </>
      )}
      {s.status === 'trial' && s.trialEndsAt && (
        <>
          <dt>{t('facts.trialEnds')}</dt>
          <dd>{when(s.trialEndsAt)}</dd>
        </>
      )}
      {s.purgeAt && (
        <>
          <dt>{t('facts.purgedOn')}</dt>
          <dd>{when(s.purgeAt)}</dd>
        </>
      )}
      {s.createdAt && (
        <>
          <dt>{t('facts.created')}</dt>
          <dd>{when(s.createdAt)}</dd>
        </>
      )}
    </dl>
  );
}
