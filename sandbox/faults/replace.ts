/** Responses that replacing faults send instead of the API's: proxy pages, empty 5xx, 429 storms. */
import { STATUS_CODES } from 'node:http';
import { throttled } from '../http/api-error';
import type { ApiResponse } from '../http/respond';
import type { ActiveFault } from './types';

export type Replacement =
  | { type: 'drop' }
  | { type: 'html'; status: number; html: string }
  | { type: 'api'; response: ApiResponse };

/** The nginx error page a proxy in front of Django serves when the app is down. */
function proxyErrorPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Server Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

export function replacementFor(fault: ActiveFault): Replacement {
  switch (fault.kind) {
    case 'drop':
      return { type: 'drop' };
    case 'html-5xx': {
      const status = fault.status ?? 502;
      return { type: 'html', status, html: proxyErrorPage(status) };
    }
    case 'empty-5xx':
      return { type: 'api', response: { status: fault.status ?? 503 } };
    default: {
      const error = throttled(fault.retryAfter ?? 30);
      return { type: 'api', response: { status: error.status, body: error.body, headers: error.headers } };
    }
  }
}
