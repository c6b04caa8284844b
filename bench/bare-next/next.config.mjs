// The framework's floor for `npm run lighthouse`: a bare Next.js app of this project's versions
// (it resolves next and react from the project's node_modules), with nothing of the site's.
/** @type {import('next').NextConfig} */
const nextConfig = { poweredByHeader: false };

export default nextConfig;
