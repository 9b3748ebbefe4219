// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionStore, type SessionUser } from '../lib/session';
import { SignInAgainDialog } from './SignInAgainDialog';

const user: SessionUser = { id: 'u1', name: 'Ada Teacher', email: 'ada@demo.test', role: 'teacher' };
const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};
const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

function setup(signIn: (input: { email: string; password: string }) => Promise<unknown>) {
  const session = new SessionStore<SessionUser>(memory(), 'demo.session');
  session.set({ accessToken: 'old', user });
  render(
    <>
      <label>
        Remarks <textarea defaultValue="" />
      </label>
      <SignInAgainDialog session={session} signIn={signIn} />
    </>,
  );
  return session;
}

afterEach(cleanup);

describe('SignInAgainDialog', () => {
  it('asks for the password over the page, keeps what was typed, and lets the waiting save go on', async () => {
    const tries: { email: string; password: string }[] = [];
    const session = setup(async (input) => {
      tries.push(input);
      if (input.password !== 'right') throw new Error('wrong');
      session.set({ accessToken: 'new', user });
    });
    fireEvent.change(field('Remarks'), { target: { value: 'Works hard' } });
    expect(screen.queryByRole('dialog')).toBeNull();

    let answer!: Promise<boolean>;
    act(() => {
      answer = session.requestSignIn();
    });
    await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    expect(field('Email').value).toBe('ada@demo.test');
    expect(document.activeElement).toBe(field('Password'));
    fireEvent.change(field('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not sign in');
    expect(screen.getByRole('dialog')).toBeTruthy();

    fireEvent.change(field('Password'), { target: { value: 'right' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await answer).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tries.map((t) => t.email)).toEqual(['ada@demo.test', 'ada@demo.test']);
    expect(field('Remarks').value).toBe('Works hard');
    expect(session.token).toBe('new');
  });

  it('"Sign out instead" answers no', async () => {
    const session = setup(() => Promise.resolve());
    let answer!: Promise<boolean>;
    act(() => {
      answer = session.requestSignIn();
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out instead' }));
    expect(await answer).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
