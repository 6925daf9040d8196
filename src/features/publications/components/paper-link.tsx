import { useMessages } from '../../../i18n/messages-context';

interface Props {
  href: string;
  /** What the link shows ("arXiv", "Read the full abstract"); its accessible name adds the title. */
  label: string;
  title: string;
  className: string;
}

/** A link to a paper's page, opened in a new tab, named by where it leads: "arXiv: <title> (opens …)". */
export function PaperLink({ href, label, title, className }: Props) {
  const t = useMessages();
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t.links.named(label, title)}
      className={`inline-flex items-center gap-1 underline underline-offset-4 ${className}`}
    >
      {label}
      {/* The usual "opens elsewhere" arrow: the sighted visitor's version of "(opens in a new tab)". */}
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        fill="currentColor"
        className="size-3.5 shrink-0 opacity-70"
      >
        <path d="M6.22 8.72a.75.75 0 0 0 1.06 1.06l5.22-5.22v1.69a.75.75 0 0 0 1.5 0v-3.5a.75.75 0 0 0-.75-.75h-3.5a.75.75 0 0 0 0 1.5h1.69L6.22 8.72Z" />
        <path d="M3.5 6.75c0-.69.56-1.25 1.25-1.25H7A.75.75 0 0 0 7 4H4.75A2.75 2.75 0 0 0 2 6.75v4.5A2.75 2.75 0 0 0 4.75 14h4.5A2.75 2.75 0 0 0 12 11.25V9a.75.75 0 0 0-1.5 0v2.25c0 .69-.56 1.25-1.25 1.25h-4.5c-.69 0-1.25-.56-1.25-1.25v-4.5Z" />
      </svg>
    </a>
  );
}
