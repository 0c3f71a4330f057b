import type { ComponentRef } from 'react';
import type { Input } from 'antd';

export type TextAreaRef = ComponentRef<typeof Input.TextArea>;

/**
 * Where the caret was left in an item's text, read when "Tách" is pressed (a blurred
 * textarea keeps its selection). Null when the reviewer never placed it inside the text.
 */
export function readCursor(ref: TextAreaRef | null): number | null {
  const element = ref?.resizableTextArea?.textArea;
  if (!element) return null;
  const at = element.selectionStart;
  return at > 0 && at < element.value.length ? at : null;
}
