/**
 * Streams an XML file through saxes, a strict SAX parser: constant memory whatever the size,
 * and the first well-formedness error (truncation, a stray `<`, a NUL, an undefined entity)
 * stops the read with its line and column. saxes reads no DTD and expands no entity but the
 * five predefined ones and character references, so nothing outside the file is ever fetched.
 */
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';

export interface XmlHandler {
  /** The first element, with its attributes: the handler may refuse the document here. */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Character data, CDATA included, in pieces; only while `wantsText` says so. */
  text(text: string): void;
  /** Whether the element being read has text the handler keeps: saxes skips collecting the rest. */
  readonly wantsText: boolean;
}

/** A file that is not well-formed XML, or that ended early. */
export class XmlError extends Error {
  override name = 'XmlError';
}

const CHUNK_BYTES = 1 << 16;

/** Feeds `path` to `handler` (chosen from the root element by `pick`). Throws XmlError when the file is not well-formed. */
export async function streamXml(path: string, pick: (root: string, attributes: Readonly<Record<string, string>>) => XmlHandler): Promise<void> {
  const parser = new SaxesParser({ position: true });
  let handler: XmlHandler | undefined;
  // Errors thrown by `pick` or the handler pass through as they are; saxes' own become XmlErrors.
  let handlerError: unknown;
  // Text handlers are set only while the handler wants text: most of a report is whitespace
  // and system-out that saxes then does not even slice out.
  let listening = false;
  const text = (t: string) => handler?.text(t);
  const listen = () => {
    const wanted = handler?.wantsText ?? false;
    if (wanted === listening) return;
    listening = wanted;
    if (wanted) {
      parser.on('text', text);
      parser.on('cdata', text);
    } else {
      parser.off('text');
      parser.off('cdata');
    }
  };
  parser.on('opentag', (tag) => {
    try {
      const attributes = tag.attributes as Record<string, string>;
      handler ??= pick(tag.name, attributes);
      handler.open(tag.name, attributes);
      listen();
    } catch (error) {
      handlerError = error;
      throw error;
    }
  });
  parser.on('closetag', (tag) => {
    handler?.close(tag.name);
    listen();
  });

  let decoder: TextDecoder | undefined;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
      // The byte order mark tells UTF-16 from UTF-8 (the XML default); the decoder drops it.
      decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8', { fatal: true });
      parser.write(decoder.decode(chunk, { stream: true }));
    }
    if (decoder) parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error === handlerError) throw error;
    const message = (error as Error).message;
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw new XmlError(`${where(parser)}: not valid UTF-8 text`);
    if ((error as NodeJS.ErrnoException).syscall) throw error; // a read error, not a malformed file
    // saxes prefixes "line:column: "; say it in words.
    const positioned = /^(\d+):(\d+): (.*)$/s.exec(message);
    throw new XmlError(positioned ? `line ${positioned[1]}, column ${positioned[2]}: ${positioned[3]}` : `${where(parser)}: ${message}`);
  }
}

function where(parser: SaxesParser): string {
  return `line ${parser.line}, column ${parser.column}`;
}
