import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Route, RouterProvider, Routes } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../lib/query';
import { SchoolPortal } from './SchoolPortal';

const ConsoleApp = lazy(() => import('../features/superadmin/ConsoleApp').then((m) => ({ default: m.ConsoleApp })));

function Root() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <Routes>
        <Route path="/superadmin/*" element={<ConsoleApp />} />
        <Route path="*" element={<SchoolPortal />} />
      </Routes>
    </Suspense>
  );
}

// A data router (one splat route around the app's own <Routes>): pages with unsaved work can block navigation (useBlocker).
const router = createBrowserRouter([{ path: '*', element: <Root /> }]);

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
