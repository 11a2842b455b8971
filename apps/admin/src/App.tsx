import { lazy, Suspense } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { lazyPage as lazyNamed } from './components/lazyPage';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { phoneScreens, responsive } from './mobile/responsive';
import { kanbanModule } from './pipeline/boardPrefetch';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { RESOURCES } from './resources/registry';

// ECharts only loads when someone opens a chain map; the board (pipeline/boardPrefetch) loads on its own.
const ChainMapPage = lazy(() => import('./chain-map/ChainMapPage'));
const KpiPage = lazy(() => import('./kpi/KpiPage'));
const AccountPage = lazyNamed(() => import('./account/AccountPage'), 'AccountPage');
const ImportPage = lazyNamed(() => import('./imports/ImportPage'), 'ImportPage');
const RegistryImportPage = lazyNamed(() => import('./pool/RegistryImportPage'), 'RegistryImportPage');
const DuplicatesPage = lazyNamed(() => import('./pool/DuplicatesPage'), 'DuplicatesPage');
const GapListPage = lazy(() => import('./chain-map/GapListPage'));
const CandidatesPage = lazy(() => import('./candidates/CandidatesPage'));
const FitWeightsPage = lazy(() => import('./candidates/FitWeightsPage'));
const CockpitPage = lazyNamed(() => import('./home/CockpitPage'), 'CockpitPage');
// The home (to-dos, quick log dialog, cockpit) is its own chunk: a cold load of the board does not carry it.
const Dashboard = lazyNamed(() => import('./dashboard'), 'Dashboard');
const lazyPage = (Page: React.ComponentType) => (
  <Suspense fallback={<Loading />}>
    <Page />
  </Suspense>
);

/** The board without a Suspense boundary: when opened on the board its code is already on the way. */
function DesktopBoard() {
  const board = kanbanModule.useLoaded();
  return board ? <board.KanbanPage /> : <Loading />;
}

// On a phone (media query) the board is stage tabs and home is 今日待办 (apps/admin/src/mobile).
const PipelineRoute = responsive(DesktopBoard, phoneScreens.board, 'PhoneBoard');
const Home = responsive(Dashboard, phoneScreens.home, 'PhoneHome');

export function App() {
  return (
    <Admin
      title="招商引资 CRM"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={Home}
      requireAuth
      disableTelemetry
    >
      {Object.entries(RESOURCES).map(([name, r]) => (
        <Resource
          key={name}
          name={name}
          list={r.list}
          show={r.show}
          edit={r.edit}
          create={r.create}
          icon={r.icon}
          recordRepresentation={r.recordRepresentation}
        />
      ))}
      <CustomRoutes>
        <Route path="/pipeline" element={<PipelineRoute />} />
        <Route path="/cockpit" element={<CockpitPage />} />
        <Route path="/chain-map" element={lazyPage(ChainMapPage)} />
        <Route path="/chain-map/:chainId" element={lazyPage(ChainMapPage)} />
        <Route path="/kpis" element={lazyPage(KpiPage)} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="/import" element={<ImportPage />} />
        <Route path="/registry-import" element={<RegistryImportPage />} />
        <Route path="/firm-duplicates" element={<DuplicatesPage />} />
        <Route path="/gaps" element={lazyPage(GapListPage)} />
        <Route path="/candidates/:linkId" element={lazyPage(CandidatesPage)} />
        <Route path="/fit-weights" element={lazyPage(FitWeightsPage)} />
      </CustomRoutes>
    </Admin>
  );
}
