import { useQuery } from '@tanstack/react-query';
import { loadOptions } from '../../../lib/school-options';

/** The school's terms, classes, sections and subjects as select choices. */
export const useSchoolOptions = () => useQuery({ queryKey: ['school-options'], queryFn: loadOptions });
