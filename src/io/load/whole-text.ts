/** The whole text of a JSON or NDJSON input, for the formats read as one text. */
import { constants } from 'node:buffer';
import { InfluenceScoreError } from '../../core/errors.js';
import type { RunControl } from '../../core/run.js';
import { describeSource, type InputSource, inputChunks } from '../input-bytes.js';
import { heapCheck, type ResolvedLimits } from '../limits.js';

/** The whole text of a JSON or NDJSON input, within the byte cap and the longest string V8 can make. */
export async function readText(source: InputSource, limits: ResolvedLimits, hint: string, control?: RunControl): Promise<string> {
  const label = describeSource(source);
  const cap = Math.min(limits.maxBytes, constants.MAX_STRING_LENGTH);
  const parts: Uint8Array[] = [];
  const checkMemory = heapCheck(limits, hint, 'chunks');
  let size = 0;
  try {
    for await (const chunk of inputChunks(source, limits.maxBytes, control)) {
      size += chunk.length;
      // The chunks are held until the text is whole: a gzip bomb stops at the memory limit, not the string limit.
      if ((parts.length & 63) === 63) checkMemory(parts.length + 1);
      if (size > cap) {
        throw new InfluenceScoreError('TOO_LARGE', `${label} is larger than ${cap.toLocaleString('en-US')} bytes, the most this format can be read as one text`, [{ path: [label], message: hint }]);
      }
      parts.push(chunk);
    }
  } catch (error) {
    // The byte cap of inputChunks, reworded with what to do for a whole-text format.
    if (error instanceof InfluenceScoreError && error.code === 'TOO_LARGE' && error.issues[0]?.message !== hint) {
      throw new InfluenceScoreError('TOO_LARGE', error.message, [{ path: [label], message: hint }]);
    }
    throw error;
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(parts));
}

