import { render } from 'preact';

render(<main>Leady Insights</main>, document.getElementById('app')!);
