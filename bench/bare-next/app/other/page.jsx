import Link from 'next/link';

export default function Other() {
  return (
    <main>
      <h1>Another page</h1>
      <p>
        <Link href="/">Back</Link>
      </p>
    </main>
  );
}
