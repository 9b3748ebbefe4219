import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { SchoolPortal } from '../features/auth/SchoolPortal';

const SuperAdminConsole = lazy(() => import('../features/superadmin/SuperAdminConsole').then((m) => ({ default: m.SuperAdminConsole })));

export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Routes>
          <Route path="/superadmin/*" element={<SuperAdminConsole />} />
          <Route path="*" element={<SchoolPortal />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
