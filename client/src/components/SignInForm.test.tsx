// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AxiosError, AxiosHeaders } from 'axios';
import { SignInForm, type Credentials } from './SignInForm';

afterEach(cleanup);

const refusal = () =>
  new AxiosError('Request failed', '401', undefined, undefined, {
    status: 401,
    statusText: 'Unauthorized',
    headers: {},
    config: { headers: new AxiosHeaders() },
    data: { message: 'Email or password is incorrect', error: 'INVALID_CREDENTIALS' },
  });

describe('sign-in form', () => {
  it('starts in the email field, is busy while the server answers, and reads out its refusal', async () => {
    let answer: (ok: boolean) => void = () => undefined;
    const sent: Credentials[] = [];
    render(
      <SignInForm
        label="Sign in"
        onSubmit={(c) => {
          sent.push(c);
          return new Promise((resolve, reject) => (answer = (ok) => (ok ? resolve() : reject(refusal()))));
        }}
        after={<a href="/forgot-password">Forgot password?</a>}
      />,
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Email'));
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: ' ana@demo.test ' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Sign in' }));
    const busy = await screen.findByRole('button', { name: 'Signing in…' });
    expect(busy).toHaveProperty('disabled', true);
    expect(sent).toEqual([{ email: 'ana@demo.test', password: 'wrong' }]);
    answer(false);
    expect((await screen.findByRole('alert')).textContent).toBe('Email or password is incorrect');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveProperty('disabled', false);

    fireEvent.submit(screen.getByRole('form', { name: 'Sign in' }));
    // A new try clears the old refusal.
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    answer(true);
    await screen.findByRole('button', { name: 'Sign in' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
