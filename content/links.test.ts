import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import remarkSection from '@/lib/mdx/remark-section.mjs';
import { sections } from './sections';

const root = path.join(__dirname, '..');

interface PageFacts {
  ids: Set<string>;
  hrefs: string[];
}

/** Compiles a section the way the site does and records its element ids and link targets. */
async function factsOf(slug: string): Promise<PageFacts> {
  const facts: PageFacts = { ids: new Set(), hrefs: [] };
  const collect = () => (tree: Parameters<typeof visit>[0]) => {
    visit(
      tree,
      (node: {
        type: string;
        tagName?: string;
        properties?: Record<string, unknown>;
        name?: string;
        attributes?: { name: string; value: unknown }[];
      }) => {
        if (node.type === 'element') {
          if (typeof node.properties?.id === 'string') facts.ids.add(node.properties.id);
          if (node.tagName === 'a' && typeof node.properties?.href === 'string')
            facts.hrefs.push(node.properties.href);
        }
        // JSX elements with an href attribute (e.g. <LinkCard href="/gil">) count as links too.
        if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
          const href = node.attributes?.find((a) => a.name === 'href')?.value;
          if (typeof href === 'string') facts.hrefs.push(href);
        }
      },
    );
  };
  await compile(readFileSync(path.join(__dirname, `${slug}.mdx`), 'utf8'), {
    remarkPlugins: [remarkGfm, remarkSection],
    rehypePlugins: [collect],
  });
  return facts;
}

/** URL paths served by files under app/ (route groups dropped, [section] expanded). */
function appRoutes(): Set<string> {
  const routes = new Set<string>();
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (entry.startsWith('(')) walk(full, segments);
        else if (entry === '[section]') sections.forEach((s) => walk(full, [...segments, s.slug]));
        else walk(full, [...segments, entry]);
      } else if (/^(page|route)\.tsx?$/.test(entry)) {
        routes.add('/' + segments.join('/'));
      }
    }
  };
  walk(path.join(root, 'app'), []);
  return routes;
}

describe('internal links in content/', async () => {
  const routes = appRoutes();
  const pages = new Map<string, PageFacts>(
    await Promise.all(sections.map(async (s) => [s.slug, await factsOf(s.slug)] as const)),
  );

  it.each(sections.map((s) => s.slug))('every internal link in %s resolves', (slug) => {
    const broken: string[] = [];
    for (const href of pages.get(slug)!.hrefs) {
      if (/^[a-z]+:/i.test(href)) continue; // external: checked by hand, not in CI (no network)
      const [withQuery, hash] = href.split('#');
      const pathname = withQuery.split('?')[0];
      const target = pathname === '' ? slug : pathname.replace(/^\//, '').replace(/\/$/, '');
      const page = pages.get(target);
      const exists =
        page !== undefined ||
        routes.has('/' + target) ||
        routes.has(pathname.replace(/\/$/, '') || '/');
      if (!exists) broken.push(href);
      else if (hash && page && !page.ids.has(hash)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });

  it.each(sections.map((s) => s.slug))(
    '%s has no h1 of its own (the page renders it from sections.ts)',
    (slug) => {
      const source = readFileSync(path.join(__dirname, `${slug}.mdx`), 'utf8').replace(
        /```[\s\S]*?```/g,
        '',
      );
      expect(source).not.toMatch(/^# /m);
    },
  );
});
