import { Link, useLocation } from 'react-router-dom';
import { paths } from '../../config/paths';

/** An address inside the console that names no page (a mistyped or old link). */
export function ConsoleNotFound() {
  const { pathname } = useLocation();
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        The console has no page at <code>{pathname}</code>.
      </p>
      <p>
        <Link to={paths.consoleSchools}>Go to the schools</Link> or <Link to={paths.superadmin}>the overview</Link>.
      </p>
    </section>
  );
}
