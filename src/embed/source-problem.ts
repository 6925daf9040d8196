import type { Theme } from './element-options';

interface Problem {
  title: string;
  text: string;
  headingLevel: number;
  theme: Theme;
  lang: string;
}

/** A mistake in the host's tag, said in the widget's place (plain DOM: React has nothing to show). */
export function renderSourceProblem(container: HTMLElement, problem: Problem): void {
  const doc = container.ownerDocument;
  const box = doc.createElement('div');
  box.lang = problem.lang;
  box.dataset.theme = problem.theme;
  box.className =
    'rounded-xl border border-red-300 bg-white p-5 text-slate-900 dark:border-red-800 dark:bg-slate-950 dark:text-slate-100';
  const heading = doc.createElement(`h${problem.headingLevel}`);
  heading.className = 'text-xl font-bold tracking-tight';
  heading.textContent = problem.title;
  const text = doc.createElement('p');
  text.className = 'mt-2 leading-relaxed text-slate-700 break-words dark:text-slate-300';
  text.textContent = problem.text;
  box.append(heading, text);
  container.replaceChildren(box);
}
