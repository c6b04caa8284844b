import Link from 'next/link';
import { sections, type SectionSlug } from '@/content/sections';

/** The list of sections, with the current one marked for screen readers and the eye. */
export function SectionNav({ current }: { current?: SectionSlug }) {
  return (
    <nav aria-label="Sections">
      <ol className="space-y-0.5 text-sm">
        {sections.map((section, index) => {
          const active = section.slug === current;
          return (
            <li key={section.slug}>
              <Link
                href={`/${section.slug}`}
                aria-current={active ? 'page' : undefined}
                className="section-link"
              >
                <span aria-hidden="true">{index + 1}</span>
                <span>{section.title}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
