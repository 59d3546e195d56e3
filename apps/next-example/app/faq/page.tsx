// The FAQ and the comparison table: rendered on the server, with the accordion as a client island.
import { ComparisonTable, Faq } from '@clinic-ui/react';
import { comparison, faqItems } from '../content';

export default function FaqPage() {
  return (
    <>
      <h1>Questions about care at Fernhollow</h1>
      <Faq items={faqItems} structuredData />
      <ComparisonTable {...comparison} />
    </>
  );
}
