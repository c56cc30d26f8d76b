import { render } from 'preact';
import { OptionsApiContext } from '../../components/options/context';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createRuntimeOptionsApi } from '../../lib/extension-pages/options/runtime-options-api';
import '../../assets/styles/theme.css';
import '../../assets/styles/options.css';

render(
  <OptionsApiContext.Provider value={createRuntimeOptionsApi()}>
    <OptionsApp />
  </OptionsApiContext.Provider>,
  document.getElementById('app')!,
);
