import type { Metadata } from 'next';
import { StudentClass } from '@/components/class/student-class';

export const metadata: Metadata = { title: 'Join a class' };

/**
 * /join and /join/<code> (proxy.ts serves this one static page for every code, so its inline
 * scripts keep their hashes in the Content-Security-Policy).
 */
export default function JoinPage() {
  return <StudentClass />;
}
