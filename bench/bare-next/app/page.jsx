import Link from 'next/link';

const paragraphs = Array.from(
  { length: 40 },
  (_, i) =>
    `Paragraph ${i + 1}. A thread waits for the network while the interpreter runs another; an event loop does the same with one thread and many sockets. The page around this text is as plain as Next.js makes it: server-rendered, one link, no client component of its own.`,
);

export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>
        <Link href="/other">Another page</Link>
      </p>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </main>
  );
}
