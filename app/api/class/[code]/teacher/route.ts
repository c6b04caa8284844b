export { teacherAction as POST } from '@/lib/class/handlers';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
