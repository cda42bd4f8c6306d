// A button inside the overlay: its click stays in the overlay, so the page never sees it.
export function actionButton(doc: Document, className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  if (className) b.className = className;
  b.textContent = text;
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}
