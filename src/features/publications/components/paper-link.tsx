import { useMessages } from '../../../i18n/messages-context';

interface Props {
  href: string;
  /** What the link shows ("arXiv", "Read the full abstract"); its accessible name adds the title. */
  label: string;
  title: string;
  className?: string;
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
      className={className ? `paper-link ${className}` : 'paper-link'}
    >
      {label}
      {/* The usual "opens elsewhere" arrow: the sighted visitor's version of "(opens in a new tab)".
          Drawn as strokes (their look in publication-card.css): every link on a page repeats it. */}
      <svg aria-hidden="true" viewBox="0 0 16 16">
        <path d="M9 2.5h4.5V7m0-4.5L7.5 8.5m4.5 1v3a1 1 0 0 1-1 1h-7.5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3" />
      </svg>
    </a>
  );
}
