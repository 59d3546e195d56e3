import '@clinic-ui/react/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'Fernhollow Clinic' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: '44rem', margin: '2rem auto', padding: '0 1rem' }}>
          {children}
        </main>
      </body>
    </html>
  );
}
