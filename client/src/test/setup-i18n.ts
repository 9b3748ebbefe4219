import { initI18n } from '../i18n';

// Component tests read the English words, as a person with an English browser would.
await initI18n('en');
