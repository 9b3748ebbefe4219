import { useQuery } from '@tanstack/react-query';
import { loadOptions } from '../../../lib/school-options';

/** The school's years, classes and sections as select options (for forms and filters). */
export const useSchoolOptions = (enabled = true) =>
  useQuery({ queryKey: ['school-options'], queryFn: loadOptions, staleTime: 60_000, enabled });
