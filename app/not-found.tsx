import Link from 'next/link';
import { SiteHeader } from '@/components/site/site-header';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-24 text-center">
        <h1 className="text-3xl font-bold text-zinc-900 dark:text-white">Page not found</h1>
        <p className="mt-4 text-zinc-600 dark:text-zinc-400">
          There is no section at this address.{' '}
          <Link href="/" className="text-indigo-700 underline dark:text-indigo-300">
            Back to the start
          </Link>
          .
        </p>
      </main>
    </>
  );
}
