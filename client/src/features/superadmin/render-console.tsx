import { useState } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createQueryClient } from '../../lib/query';
import { ConsoleApp } from './ConsoleApp';

/** Shows the current address, so a test can see where a link or Back went. */
function Address() {
  const { pathname, search } = useLocation();
  return <output data-testid="address">{pathname + search}</output>;
}

function Harness({ at }: { at: string }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path="/superadmin/*" element={<ConsoleApp />} />
        </Routes>
        <Address />
      </MemoryRouter>
    </QueryClientProvider>
  );
}

/** The console as App mounts it, opened at an address (component tests). */
export const renderConsole = (at: string) => render(<Harness at={at} />);
