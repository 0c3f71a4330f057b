// One line of the uploaded text as formatted text: converters write markdown ("Số: **60**",
// "## **KẾ HOẠCH**"), which the reviewer should read as bold and headings, not as stars.
// The text is untrusted: raw HTML is never rendered, links and images are plain text, and
// list markers stay as written (a plan's "1." or "-" is part of its numbering).
import type { CSSProperties, ReactNode } from 'react';
import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';

const inline = ({ children }: { children?: ReactNode }) => <span>{children}</span>;
const headingStyle: CSSProperties = { fontWeight: 600, fontSize: 14 };
const heading = ({ children }: { children?: ReactNode }) => <span style={headingStyle}>{children}</span>;

const components: Components = {
  p: inline,
  a: inline,
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
};

/** What markdown keeps; the rest (lists, quotes, tables, images, HTML) shows its text only. */
const allowedElements = ['p', 'strong', 'em', 'del', 'code', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Leading "1.", "-", "+", "*", ">" are the plan's own numbering and quotes: kept as text. */
export function escapeLineStart(text: string): string {
  return text
    .trimStart()
    .replace(/^(\d+)\.(\s|$)/, '$1\\.$2')
    .replace(/^([-+*>])(\s|$)/, '\\$1$2');
}

export const SourceLine = memo(function SourceLine({ text }: { text: string }) {
  return (
    <Markdown allowedElements={allowedElements} unwrapDisallowed skipHtml components={components}>
      {escapeLineStart(text)}
    </Markdown>
  );
});
