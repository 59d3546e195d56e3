#!/usr/bin/env node
// `npm run demo`: serves the demo article on http://127.0.0.1:8080 (PORT to change it).
// `npm run demo -- --csp` serves it under Content-Security-Policy: default-src 'self'.
import { startServer, strictCsp } from './server.mjs';

const csp = process.argv.includes('--csp');
const { url } = await startServer({ port: Number(process.env.PORT ?? 8080), csp });
console.log(`Clinic UI demo: ${url}/${csp ? `  (Content-Security-Policy: ${strictCsp})` : ''}`);
