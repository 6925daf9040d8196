// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { listenForResizes } from './iframe-host';

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  document.body.replaceChildren();
});

/** An iframe whose window is a stand-in we can name as a message's source. */
function setup(src = 'https://profiles.example/embed.html?profile=ada') {
  const frame = document.createElement('iframe');
  const frameWindow = { postMessage: vi.fn() } as unknown as Window;
  document.body.append(frame);
  // Stand-ins for what a loaded frame has (the test environment loads no frames).
  Object.defineProperty(frame, 'src', { get: () => src });
  Object.defineProperty(frame, 'contentWindow', { get: () => frameWindow });
  const stop = listenForResizes(window);
  stops.push(stop);
  const send = (data: unknown, source: unknown = frameWindow, origin = 'https://profiles.example') =>
    window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, origin }));
  return { frame, frameWindow, stop, send };
}

describe('listenForResizes', () => {
  test('sets the height its iframe reports', () => {
    const { frame, send } = setup();
    send({ type: 'researcher-profile:resize', height: 812.4 });
    expect(frame.style.height).toBe('813px');
  });

  test('ignores messages from another window, another origin, or of another shape', () => {
    const { frame, send } = setup();
    send({ type: 'researcher-profile:resize', height: 500 }, { postMessage() {} });
    send({ type: 'researcher-profile:resize', height: 500 }, undefined, 'https://evil.example');
    send({ type: 'researcher-profile:resize', height: '500' });
    send({ type: 'researcher-profile:resize', height: Number.NaN });
    send({ type: 'something-else', height: 500 });
    send('researcher-profile:resize');
    send(null);
    expect(frame.style.height).toBe('');
  });

  test('clamps absurd heights', () => {
    const { frame, send } = setup();
    send({ type: 'researcher-profile:resize', height: -40 });
    expect(frame.style.height).toBe('0px');
    send({ type: 'researcher-profile:resize', height: 1e12 });
    expect(frame.style.height).toBe('1000000px');
  });

  test('asks frames already loaded for their height, and stops listening when told', () => {
    const { frame, frameWindow, stop, send } = setup();
    expect(frameWindow.postMessage).toHaveBeenCalledWith({ type: 'researcher-profile:measure' }, '*');
    stop();
    send({ type: 'researcher-profile:resize', height: 300 });
    expect(frame.style.height).toBe('');
  });
});
