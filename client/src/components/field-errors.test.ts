import { AxiosError, AxiosHeaders } from 'axios';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './field-errors';

const apiError = (status: number, data: unknown) =>
  new AxiosError('Request failed', 'ERR_BAD_REQUEST', undefined, undefined, {
    status,
    statusText: '',
    headers: {},
    config: { headers: new AxiosHeaders() },
    data,
  });

describe('form errors from the API', () => {
  it('puts each validation detail next to its field (first message wins)', () => {
    const err = apiError(400, {
      message: 'Invalid request',
      error: 'VALIDATION_ERROR',
      details: [
        { path: 'email', message: 'Invalid email address' },
        { path: 'terms.0.endDate', message: 'A term must end after it starts' },
        { path: 'email', message: 'second message' },
      ],
    });
    expect(fieldErrors(err)).toEqual({
      form: 'Invalid request',
      fields: {
        email: 'Invalid email address',
        terms: 'A term must end after it starts',
        'terms.0.endDate': 'A term must end after it starts',
      },
    });
  });

  it('keeps a conflict or quota message for the whole form', () => {
    const err = apiError(403, {
      message: "This school's plan allows 300 enrolled students",
      error: 'QUOTA_EXCEEDED',
      details: { limit: 300, current: 300 },
    });
    expect(fieldErrors(err)).toEqual({ form: "This school's plan allows 300 enrolled students", fields: {} });
  });
});
