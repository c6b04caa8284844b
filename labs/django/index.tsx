import { RealDjangoLabLazy } from './ui/real-django-lab-lazy';

export { DjangoLiveDemo } from './ui/django-live-demo';

/**
 * The essay's project on real Django, as used in MDX (`<RealDjangoLab />`). The panel loads when
 * the reader comes near it, with the project's views.py and urls.py, read and highlighted on the
 * server from the files the Django servers run (lab-code.tsx).
 */
export function RealDjangoLab() {
  return <RealDjangoLabLazy />;
}
