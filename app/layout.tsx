import './globals.css';
import type { Metadata, Viewport } from 'next';
import { CopyListener } from '@/components/site/copy-listener';
import { themeScript } from '@/components/site/theme-script';

export const metadata: Metadata = {
  title: { default: 'Concurrency Lab', template: '%s · Concurrency Lab' },
  description:
    "Django's road to async, told with live experiments: sequential, threaded and async I/O, the GIL, races and memory, measured on this server as you read.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0d0f14' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets class="dark" before hydration, so the attribute may differ.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-dvh bg-[var(--page-bg)] font-sans text-zinc-800 antialiased dark:text-zinc-200">
        {children}
        <CopyListener />
      </body>
    </html>
  );
}
