// The full article template. Page links go through next/link, for client-side navigation.
import {
  BookingCta,
  Byline,
  ComparisonTable,
  Faq,
  KeyTakeaways,
  QuizCta,
  QuizCtaGroup,
} from '@clinic-ui/react';
import Link from 'next/link';
import { byline, comparison, faqItems, takeaways } from '../content';

export default function ArticlePage() {
  return (
    <article>
      <h1>When low mood lingers</h1>
      <Byline {...byline} structuredData linkComponent={Link} />
      <KeyTakeaways points={takeaways} />
      <p>Everyone has low days. When they run into weeks, it helps to look at what is going on.</p>
      <ComparisonTable {...comparison} />
      <QuizCtaGroup>
        <QuizCta condition="depression" href="/quiz/depression" linkComponent={Link} />
      </QuizCtaGroup>
      <Faq items={faqItems} structuredData />
      <BookingCta href="/faq" phone="+1 555 0142" accepting linkComponent={Link}>
        New patients are seen within a week.
      </BookingCta>
    </article>
  );
}
