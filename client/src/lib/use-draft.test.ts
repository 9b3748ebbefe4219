// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useDraft } from './use-draft';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('a draft of typed work', () => {
  it('survives a reload until saved, then shows what the server has now', () => {
    const first = renderHook(({ saved }) => useDraft<Record<string, string>>('register:s1:2026-12-07', saved), {
      initialProps: { saved: { ann: 'present' } },
    });
    act(() => first.result.current.set({ ann: 'absent' }));
    first.unmount();

    // A reload: the typed value comes back and says so.
    const again = renderHook(({ saved }) => useDraft<Record<string, string>>('register:s1:2026-12-07', saved), {
      initialProps: { saved: { ann: 'present' } },
    });
    expect(again.result.current.value).toEqual({ ann: 'absent' });
    expect(again.result.current.restored).toBe(true);

    // Saved: the draft goes, and the value follows the server's answer as it arrives (not the copy from before).
    act(() => again.result.current.clear());
    again.rerender({ saved: { ann: 'absent' } });
    expect(again.result.current.value).toEqual({ ann: 'absent' });
    expect(again.result.current.restored).toBe(false);
    expect(localStorage.getItem('school-platform.draft.register:s1:2026-12-07')).toBeNull();
  });

  it('keeps drafts of different forms apart', () => {
    const { result, rerender } = renderHook(({ key }) => useDraft(key, 'empty'), { initialProps: { key: 'marks:a' } });
    act(() => result.current.set('17'));
    rerender({ key: 'marks:b' });
    expect(result.current.value).toBe('empty');
    rerender({ key: 'marks:a' });
    expect(result.current.value).toBe('17');
  });
});
