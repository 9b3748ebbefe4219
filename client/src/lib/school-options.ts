import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import { currentLanguage, i18n } from '../i18n';

/** Choices for select fields, loaded from the school's own lists. */
export async function loadOptions() {
  const [years, grades, classes, subjects] = await Promise.all([
    api.get<{ data: { id: string; name: string; isCurrent: boolean; terms: { id: string; name: string }[] }[] }>('/academic-years', {
      params: { limit: 100 },
    }),
    api.get<{ data: { id: string; name: string }[] }>('/grade-levels', { params: { limit: 100 } }),
    api.get<{ data: { id: string; name: string; sections: { id: string; name: string }[] }[] }>('/classes', { params: { limit: 100 } }),
    api.get<{ data: { id: string; code: string; name: string }[] }>('/subjects', { params: { limit: 100 } }),
  ]);
  return {
    years: years.data.data.map((y) => ({ value: y.id, label: y.isCurrent ? i18n.t('currentYear', { name: y.name }) : y.name })),
    grades: grades.data.data.map((g) => ({ value: g.id, label: g.name })),
    sections: classes.data.data.flatMap((c) => c.sections.map((s) => ({ value: `${c.id}:${s.id}`, label: `${c.name} ${s.name}` }))),
    subjects: subjects.data.data.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` })),
    classes: classes.data.data.map((c) => ({ value: c.id, label: c.name })),
    terms: years.data.data.flatMap((y) => y.terms.map((t) => ({ value: t.id, label: `${y.name} ${t.name}` }))),
  };
}

export type SchoolOptions = Awaited<ReturnType<typeof loadOptions>>;

/**
 * The school's catalogue (years, terms, grades, classes, sections, subjects) for pickers, cached for the session and
 * loaded again in another language (the current year's label is in words).
 */
export const useSchoolOptions = () => useQuery({ queryKey: ['school-options', currentLanguage()], queryFn: loadOptions });
