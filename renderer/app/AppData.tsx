// Loads the read-only reference data (templates, countries, framework) once and shares it app-wide.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Template } from '../../core/templates/schema';
import type { CountriesFile } from '../../core/countries/schema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { api } from '../api';

export interface AppData {
  templates: Template[];
  countries: CountriesFile;
  framework: FrameworkBundle;
}

type State =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: AppData };

const DataContext = createContext<State>({ status: 'loading' });

/** The reference data, or null while it loads (or failed: the provider shows the error). */
export function useAppData(): AppData | null {
  const state = useContext(DataContext);
  return state.status === 'ready' ? state.data : null;
}

export function AppDataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const [templates, countries, framework] = await Promise.all([
        api.templates.list({}),
        api.countries.get({}),
        api.framework.get({}),
      ]);
      if (!live) return;
      const failed = [templates, countries, framework].find((r) => !r.ok);
      if (failed && !failed.ok) {
        setState({ status: 'error', message: failed.error.message });
      } else if (templates.ok && countries.ok && framework.ok) {
        setState({
          status: 'ready',
          data: {
            templates: templates.value,
            countries: countries.value,
            framework: framework.value,
          },
        });
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return (
    <DataContext.Provider value={state}>
      {state.status === 'error' && (
        <p className="error-message app-error" role="alert">
          Reference data could not be loaded: {state.message}
        </p>
      )}
      {children}
    </DataContext.Provider>
  );
}
