// Shared rule for single-key shortcuts: they never fire while the user is typing.

/** True when a key press belongs to a text field (a checkbox or radio button is not one). */
export const isTypingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
  !(target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type));
