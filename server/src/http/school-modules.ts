import type { Services } from '../platform.js';
import type { ApiRouter } from './route.js';
import { academicYearRoutes, assignmentRoutes, classRoutes, gradeLevelRoutes, subjectRoutes } from '../modules/academic/academic.routes.js';

type Build = (api: ApiRouter) => ApiRouter;

/** Every school module: its base path, its tag in the API docs, and its routes. All are mounted behind the tenant resolver. */
export function schoolModules(_s: Services): [string, string, Build][] {
  return [
    ['/api/academic-years', 'Academic structure', academicYearRoutes],
    ['/api/grade-levels', 'Academic structure', gradeLevelRoutes],
    ['/api/classes', 'Academic structure', classRoutes],
    ['/api/subjects', 'Academic structure', subjectRoutes],
    ['/api/assignments', 'Academic structure', assignmentRoutes],
  ];
}
