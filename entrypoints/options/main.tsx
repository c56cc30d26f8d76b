import { render } from 'preact';
import { OptionsApiContext } from '../../components/options/context';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createRuntimeOptionsApi } from '../../lib/options/runtime-options-api';
import '../../components/common/theme.css';
import '../../components/options/options.css';

render(
  <OptionsApiContext.Provider value={createRuntimeOptionsApi()}>
    <OptionsApp />
  </OptionsApiContext.Provider>,
  document.getElementById('app')!,
);
