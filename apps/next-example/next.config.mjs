/** @type {import('next').NextConfig} */
const nextConfig = {
  // Source maps name the modules in each browser chunk: the test reads them to prove that no
  // Clinic UI module reaches the browser on a page of static blocks.
  productionBrowserSourceMaps: true,
};

export default nextConfig;
