import { lazy, Suspense } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboard';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { RESOURCES } from './resources/registry';

// ECharts only loads when someone opens a chain map; the board's drag-and-drop and dialogs with it.
const ChainMapPage = lazy(() => import('./chain-map/ChainMapPage'));
const KanbanPage = lazy(async () => ({ default: (await import('./pipeline/KanbanPage')).KanbanPage }));
const lazyPage = (Page: React.ComponentType) => (
  <Suspense fallback={<Loading />}>
    <Page />
  </Suspense>
);

export function App() {
  return (
    <Admin
      title="招商引资 CRM"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      {Object.entries(RESOURCES).map(([name, r]) => (
        <Resource key={name} name={name} list={r.list} show={r.show} edit={r.edit} create={r.create} icon={r.icon} recordRepresentation={r.recordRepresentation} />
      ))}
      <CustomRoutes>
        <Route path="/pipeline" element={lazyPage(KanbanPage)} />
        <Route path="/chain-map" element={lazyPage(ChainMapPage)} />
        <Route path="/chain-map/:chainId" element={lazyPage(ChainMapPage)} />
      </CustomRoutes>
    </Admin>
  );
}
