export const metadata = {
  title: 'A bare Next.js page',
  description: 'The framework’s floor: one link, forty paragraphs, no client components.',
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body
        style={{
          maxWidth: '42rem',
          margin: '0 auto',
          padding: '1rem',
          fontFamily: 'system-ui, sans-serif',
          lineHeight: 1.6,
        }}
      >
        {children}
      </body>
    </html>
  );
}
