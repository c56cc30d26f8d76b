import { startFrame } from '../../lib/extension-pages/card-frame/frame-app';
import { runtimeFrameBackend } from '../../lib/extension-pages/card-frame/runtime-backend';

// The content script puts the ticket in the fragment: it is never sent anywhere with a request.
void startFrame(document, location.hash.slice(1), runtimeFrameBackend());
