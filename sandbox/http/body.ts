/**
 * Reading and parsing request bodies the way DRF's default parsers do: JSON, form-encoded and
 * (treated like form) multipart are accepted; anything else is 415; broken JSON is a 400 naming the
 * parse error. A body without a Content-Type is ignored, as DRF ignores it.
 */
import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error';

const MAX_BODY_BYTES = 1_000_000;

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError(413, { detail: 'Request body too large.' }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export type RequestData = Record<string, unknown>;

function parseJson(text: string): RequestData {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError(400, { detail: `JSON parse error - ${reason}` });
  }
  // DRF would hand a list or scalar to the serializer, which rejects it with this message.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = Array.isArray(value) ? 'list' : value === null ? 'NoneType' : typeof value;
    throw new ApiError(400, { non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] });
  }
  return value as RequestData;
}

function parseForm(text: string): RequestData {
  const data: RequestData = {};
  for (const [key, value] of new URLSearchParams(text)) data[key] = value;
  return data;
}

export function parseRequestData(contentTypeHeader: string | undefined, body: Buffer): RequestData {
  if (!contentTypeHeader) return {};
  const mediaType = contentTypeHeader.split(';')[0]?.trim().toLowerCase() ?? '';
  const text = body.toString('utf8');
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return parseJson(text);
  if (mediaType === 'application/x-www-form-urlencoded') return parseForm(text);
  if (body.length === 0) return {};
  throw new ApiError(415, { detail: `Unsupported media type "${contentTypeHeader}" in request.` });
}
