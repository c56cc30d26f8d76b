import { render } from 'preact';
import { App } from '../../components/popup/App';
import { PopupApiContext } from '../../components/popup/context';
import { webStorageLastView } from '../../lib/extension-pages/popup/last-view';
import { markListShown } from '../../lib/extension-pages/popup/list-marks';
import { prefetching } from '../../lib/extension-pages/popup/prefetch';
import { rememberingLastView } from '../../lib/extension-pages/popup/remember-last-view';
import { createRuntimePopupApi } from '../../lib/extension-pages/popup/runtime-api';
import '../../assets/styles/theme.css';
import '../../assets/styles/popup.css';

// What is before this line is the browser loading the page and its scripts; bench/popup.ts tells
// that apart from the popup's own work to the first list.
performance.mark('leady:start');

render(
  <PopupApiContext.Provider
    value={prefetching(rememberingLastView(createRuntimePopupApi(), webStorageLastView()))}
  >
    <App onListShown={markListShown} />
  </PopupApiContext.Provider>,
  document.getElementById('app')!,
);
