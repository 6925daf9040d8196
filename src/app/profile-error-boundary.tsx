import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import type { LocationAdapter } from '../lib/location';
import { ProfileError } from './profile-error';

interface Props {
  slug: string;
  location: LocationAdapter;
  children: ReactNode;
}

export function ProfileErrorBoundary({ slug, location, children }: Props) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Boundary
      onReset={reset}
      fallback={(error, retry) => (
        <ProfileError error={error} slug={slug} location={location} onRetry={retry} />
      )}
    >
      {children}
    </Boundary>
  );
}

interface BoundaryProps {
  onReset: () => void;
  fallback: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null, failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}
