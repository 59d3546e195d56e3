// The example's content, shared by its pages: a fictional clinic, Fernhollow, and its staff.
import type { BylineProps, ComparisonTableProps, FaqItem } from '@clinic-ui/react';

export const takeaways = [
  'Low mood that lasts more than two weeks is worth talking to someone about.',
  'Sleep, movement and daylight each make a measurable difference.',
  'Fernhollow clinicians can see you in person or online, usually within a week.',
];

export const byline = {
  author: { name: 'Dr. Ilse Varrow', credentials: 'MD', url: '/team/ilse-varrow' },
  reviewer: { name: 'Tomas Brenley', credentials: 'LCSW', url: '/team/tomas-brenley' },
  published: '2026-03-04',
  reviewed: '2026-04-01',
  readMinutes: 6,
  headline: 'When low mood lingers',
} satisfies BylineProps;

export const faqItems: FaqItem[] = [
  {
    question: 'Do I need a referral to book at Fernhollow?',
    answer: 'No. You can book a first visit directly, online or by phone.',
  },
  {
    question: 'Are online sessions as private as visits in person?',
    answer: 'Yes. Sessions run on an encrypted service and nothing is recorded.',
  },
];

export const comparison = {
  caption: 'Care options at Fernhollow',
  options: [
    { id: 'talk', label: 'Talk therapy' },
    { id: 'meds', label: 'Medication' },
  ],
  criteria: [
    {
      id: 'how',
      label: 'How it works',
      values: { talk: 'Weekly sessions that build skills', meds: 'Adjusts brain chemistry' },
    },
    {
      id: 'time',
      label: 'Time to benefit',
      values: { talk: 'A few weeks', meds: 'Two to six weeks' },
    },
  ],
  highlight: 'talk',
} satisfies ComparisonTableProps;
