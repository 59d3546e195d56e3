// Only static blocks, rendered as server components: no Clinic UI JavaScript reaches the browser.
import { BookingCta, Byline, KeyTakeaways, QuizCta, QuizCtaGroup } from '@clinic-ui/react';
import { byline, takeaways } from './content';

export default function HomePage() {
  return (
    <>
      <h1>When low mood lingers</h1>
      <Byline {...byline} structuredData />
      <KeyTakeaways points={takeaways} />
      <QuizCtaGroup>
        <QuizCta condition="depression" href="/quiz/depression" />
        <QuizCta condition="anxiety" href="/quiz/anxiety" />
      </QuizCtaGroup>
      <BookingCta href="/book" locations={['Fernhollow Green']} phone="+1 555 0142" accepting />
    </>
  );
}
