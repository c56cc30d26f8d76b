import { render } from 'preact';
import { App } from '../../components/popup/App';
import { PopupApiContext } from '../../components/popup/context';
import { webStorageLastView } from '../../lib/popup/last-view';
import { markListShown } from '../../lib/popup/list-marks';
import { prefetching } from '../../lib/popup/prefetch';
import { rememberingLastView } from '../../lib/popup/remember-last-view';
import { createRuntimePopupApi } from '../../lib/popup/runtime-api';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';

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
