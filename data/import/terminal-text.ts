/**
 * Text from an imported file, made safe to print on a terminal: a cell must not recolour, move the
 * cursor, retitle the window or reverse the reading order of what the operator sees.
 */
/* eslint-disable no-control-regex -- matching control characters is this file's purpose */

/** ESC or C1 CSI sequences (colours, cursor moves), OSC strings (titles, links), other ESC pairs. */
const ESCAPE_SEQUENCES =
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -~]?/g;

/** C0 controls but tab and newline, DEL, C1 controls, and bidi marks, embeddings, overrides, isolates. */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}
