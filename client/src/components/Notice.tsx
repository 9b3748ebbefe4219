import type { ReactNode } from 'react';

/** A whole-page message (school not found, suspended, not allowed) with optional actions. */
export function Notice({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <main className="card" id="main">
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
    </main>
  );
}
