import { useMessages } from '../../../i18n/messages-context';

export function LoadFailed() {
  const t = useMessages();
  return (
    <p role="alert" className="text-sm text-red-700 dark:text-red-300">
      {t.citations.loadFailed}
    </p>
  );
}
