import type { FaqItem } from './Faq';

// Sample questions for the Faq and Accordion stories, written for a fictional clinic: example
// copy, not medical advice. It is not exported from the package entry, so it never ships in dist.

/** Four practical questions readers ask before booking; one answer holds a link. */
export const sampleQuestions: readonly FaqItem[] = [
  {
    question: 'Do I need a referral to book a first visit?',
    answer:
      'No. You can book directly; if your insurance plan asks for a referral, our front desk will tell you before your visit.',
  },
  {
    question: 'Do you accept insurance?',
    answer:
      'We work with most major plans. We check your coverage and tell you any costs before your first session.',
  },
  {
    question: 'Can I see a clinician online?',
    answer: (
      <p>
        Yes. Every clinician offers secure video sessions; see{' '}
        <a href="/telehealth">how telehealth works</a>.
      </p>
    ),
    answerText: 'Yes. Every clinician offers secure video sessions.',
  },
  {
    question: 'What if I am in crisis?',
    answer:
      'If you or someone else is in danger, call your local emergency number now. Our clinic is not an emergency service.',
  },
];

/**
 * A long question that wraps, with an answer of several paragraphs, a list and a link: shows how
 * a trigger and a panel grow.
 */
export const longQuestion: FaqItem = {
  question:
    'How long does it usually take before I notice a difference, and what should I do if nothing seems to change after the first couple of months?',
  answer: (
    <>
      <p>
        Many people notice small changes within four to eight weeks, whether they start with
        medication, therapy or both. Sleep and energy often shift before mood does.
      </p>
      <p>If little has changed by then, that is useful information, not a failure:</p>
      <ul>
        <li>your clinician may adjust a dose or try a different medication;</li>
        <li>your therapist may change the focus or the pace of sessions;</li>
        <li>adding the other kind of care is often the next step.</li>
      </ul>
      <p>
        Read more in <a href="/guides/first-months">our guide to the first months of care</a>.
      </p>
    </>
  ),
  answerText:
    'Many people notice small changes within four to eight weeks, whether they start with medication, therapy or both. If little has changed by then, your clinician or therapist may adjust the plan, or add the other kind of care.',
};
