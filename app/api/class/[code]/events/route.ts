export { classEvents as GET } from '@/platform/class/handlers';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
