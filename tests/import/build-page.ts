/** A small directory page in the scraped format; override what a test is about. */
export function buildPage({
  name = 'Ada Researcher',
  header = ['Portrait of Ada Researcher', '', name, '', 'Core Academic Member', 'Professor, Some University'],
  topics = ['Deep Learning', 'Optimization'],
  publications = [
    'A study of things',
    'Jane Coauthor',
    'Bob Second',
    'We study things carefully and find that th… (see more)ey are interesting. More text follows here.',
  ],
}: {
  name?: string;
  header?: string[];
  topics?: string[] | null;
  publications?: string[] | null;
} = {}): string {
  return [
    ...header,
    ...(topics === null ? [] : ['Research Topics', ...topics, '']),
    ...(publications === null ? [] : ['Publications', '', ...publications]),
  ].join('\n');
}
