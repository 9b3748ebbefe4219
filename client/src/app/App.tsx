import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../lib/query';
import { SchoolPortal } from './SchoolPortal';

const ConsoleApp = lazy(() => import('../features/superadmin/ConsoleApp').then((m) => ({ default: m.ConsoleApp })));

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Routes>
            <Route path="/superadmin/*" element={<ConsoleApp />} />
            <Route path="*" element={<SchoolPortal />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
