import { render } from 'preact';
import { App } from '../../components/popup/App';
import { PopupApiContext } from '../../components/popup/context';
import { prefetching } from '../../lib/popup/prefetch';
import { createRuntimePopupApi } from '../../lib/popup/runtime-api';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';

// What is before this line is the browser loading the page and its scripts; bench/popup.ts tells
// that apart from the popup's own work to the first list.
performance.mark('leady:start');

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
