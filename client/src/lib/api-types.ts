import type { paths } from './api-schema';

/**
 * Types of the school API, read from the generated OpenAPI types (`api-schema.ts`), so a feature's request
 * functions cannot drift from the server. Paths are as the server declares them, e.g. `'/api/students/{id}'`.
 *
 *   type Student = Answer<'/api/students/{id}', 'get'>;
 *   type NewStudent = Body<'/api/students', 'post'>;
 */
export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of a successful answer (200 or 201). */
export type Answer<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? JsonOf<R[200 & keyof R]> | JsonOf<R[201 & keyof R]> : never;

/** The JSON request body. */
export type Body<P extends ApiPath, M extends Method> = Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters. */
export type Query<P extends ApiPath, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** One row of a paged list answer (`{ data: T[], page, totalPages, total }`). */
export type Row<P extends ApiPath> = Answer<P, 'get'> extends { data: (infer T)[] } ? T : never;
