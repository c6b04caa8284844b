export { exportClass as GET } from '@/lib/class/handlers';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
