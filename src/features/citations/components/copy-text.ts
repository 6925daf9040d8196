export type CopyResult = 'copied' | 'selected';

/**
 * Copies with the clipboard API; where that is missing or refused (no permission, an insecure
 * page), selects the text in `field` and tries the older copy command. `selected` means the
 * visitor must press the copy keys themselves.
 */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // Fall through to the selection.
  }
  field.focus();
  field.select();
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Not supported: the text stays selected.
  }
  return 'selected';
}
