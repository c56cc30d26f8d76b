import { render } from 'preact';
import { App } from '../../components/popup/App';
import { PopupApiContext } from '../../components/popup/context';
import { prefetching } from '../../lib/popup/prefetch';
import { createRuntimePopupApi } from '../../lib/popup/runtime-api';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';

/** Marks when the first list from the cache is on screen (read by bench/popup.ts). */
function markFirstList() {
  performance.mark('leady:first-list');
  document.body.dataset.firstList = String(Math.round(performance.now()));
}

render(
  <PopupApiContext.Provider value={prefetching(createRuntimePopupApi())}>
    <App onFirstList={markFirstList} />
  </PopupApiContext.Provider>,
  document.getElementById('app')!,
);
