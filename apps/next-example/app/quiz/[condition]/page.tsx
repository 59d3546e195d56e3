// Targets of the example's links, so that every link and prefetch finds a page.
export const generateStaticParams = () => [{ condition: 'depression' }, { condition: 'anxiety' }];

export default async function QuizPage({ params }: { params: Promise<{ condition: string }> }) {
  const { condition } = await params;
  return <h1>Quiz: {condition}</h1>;
}
