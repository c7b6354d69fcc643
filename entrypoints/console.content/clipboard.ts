// Puts text on the clipboard from a console page, after the user's click on "Copy fix". The async Clipboard API
// needs a focused document; the copy-event route works where it is refused (older engines, focus in a frame).

export async function writeClipboard(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyViaEvent(doc, text);
  }
}

function copyViaEvent(doc: Document, text: string): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    written = true;
  };
  doc.addEventListener('copy', onCopy, { capture: true });
  try {
    return doc.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, { capture: true });
  }
}
