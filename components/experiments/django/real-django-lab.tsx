import { SourceFile } from '@/components/mdx/source-file';
import { RealDjangoLabLazy } from './real-django-lab-lazy';

/**
 * The essay's project on real Django, as used in MDX (`<RealDjangoLab />`): the project's
 * views.py and urls.py are read and highlighted here, on the server, from the files the Django
 * servers run, and handed to the panel.
 */
export function RealDjangoLab() {
  return (
    <RealDjangoLabLazy
      code={
        <>
          <SourceFile
            path="lib/django/mysite/mysite/views.py"
            caption="the essay’s views, as Django runs them here"
          />
          <SourceFile path="lib/django/mysite/mysite/urls.py" caption="the essay’s URLs" />
        </>
      }
    />
  );
}
