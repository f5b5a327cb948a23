// Loads the reference data (templates, countries, authorities, framework, the data packs in use) and shares it app-wide; reloaded after a pack import.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Template } from '../../core/templates/schema';
import type { CountriesFile } from '../../core/countries/schema';
import type { AuthoritiesFile } from '../../core/data/authoritiesSchema';
import type { FrameworkBundle } from '../../core/framework/bundle';
import type { PackStatus } from '../../core/packs/packFormat';
import { api } from '../api';

export interface AppData {
  templates: Template[];
  countries: CountriesFile;
  authorities: AuthoritiesFile;
  framework: FrameworkBundle;
  /** The data packs in use (what readiness measures drift against). */
  packs: PackStatus;
}

type State =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: AppData };

const DataContext = createContext<State>({ status: 'loading' });
const ReloadContext = createContext<() => Promise<void>>(() => Promise.resolve());

/** The reference data, or null while it loads (or failed: the provider shows the error). */
export function useAppData(): AppData | null {
  const state = useContext(DataContext);
  return state.status === 'ready' ? state.data : null;
}

/** Reloads the reference data (after a data pack was imported). */
export const useReloadAppData = (): (() => Promise<void>) => useContext(ReloadContext);

async function fetchAll(): Promise<State> {
  const [templates, countries, authorities, framework, packs] = await Promise.all([
    api.templates.list({}),
    api.countries.get({}),
    api.countries.authorities({}),
    api.framework.get({}),
    api.packs.status({}),
  ]);
  for (const r of [templates, countries, authorities, framework, packs])
    if (!r.ok) return { status: 'error', message: r.error.message };
  if (!templates.ok || !countries.ok || !authorities.ok || !framework.ok || !packs.ok)
    return { status: 'loading' };
  return {
    status: 'ready',
    data: {
      templates: templates.value,
      countries: countries.value,
      authorities: authorities.value,
      framework: framework.value,
      packs: packs.value,
    },
  };
}

export function AppDataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void fetchAll().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, []);
  const reload = useCallback(async () => setState(await fetchAll()), []);
  return (
    <ReloadContext.Provider value={reload}>
      <DataContext.Provider value={state}>
        {state.status === 'error' && (
          <p className="error-message app-error" role="alert">
            Reference data could not be loaded: {state.message}
          </p>
        )}
        {children}
      </DataContext.Provider>
    </ReloadContext.Provider>
  );
}
